import { conventionalId, canonicalKey, identityScope } from '../identity/document-identity.ts';
import { documentType, type DocumentTypeSlug } from '../identity/document-types.ts';
import type { DocumentFrontmatter } from '../content/document-schema.ts';
import { centralDocuments, type CentralDocument } from './central.ts';
import { mergerDate } from '../places/province-era.ts';
import { placeName, synthProvinceSince2025, synthProvinces, type SynthProvince } from './places.ts';
import { createRandom, type Random } from './random.ts';
import type { SentenceBank } from './sentences.ts';

/**
 * Deterministic synthetic corpus for benchmarks (issue #6). Pure: seed texts in, file texts out.
 *
 * Distributions (checked in tests/unit/bench/synth.test.ts):
 * - provinces by population (places.ts); ~30% of documents from a district (huyện) of the province;
 * - years 2005–2026, weight 1.1^(year-2005) (output grows over time); 2026 only January–June, so
 *   its weight is halved;
 * - documents dated from 1 July 2025 come from the 34 provinces since the merger (the province drawn
 *   is replaced by the one it became part of) and never from a district, which no longer exist;
 *   from 1 March 2025 the Sở Lao động - Thương binh và Xã hội is merged into the Sở Nội vụ;
 * - types: công văn 40%, kế hoạch 30%, thông báo 10%, hướng dẫn 10%, quyết định 10%;
 * - issuers: provincial documents from the UBND tỉnh (most), the Sở LĐTB&XH, the Ban VSTBCPN, and
 *   kế hoạch from the Tỉnh ủy ("12-KH/TU"); district documents from the UBND huyện;
 * - numbers grow through the year and are unique per (scope, year), as real registers are;
 * - ~2,000 words per document (1,600–2,400), sentences drawn from the seeds;
 * - citations: 1–2 central documents issued before the document (central.ts, real dates), and up
 *   to 2 earlier synthetic documents of the same province or district.
 *
 * The corpus also holds one fullText:false entry per central document cited, so every citation
 * resolves; `documents` counts only the synthetic full-text documents.
 */
export interface SynthOptions {
  /** Number of full-text synthetic documents. */
  docs: number;
  /** PRNG seed; the same seed and seed texts give the same bytes. */
  seed?: number;
  bank: SentenceBank;
}

/** A citation written into a body, with the identity it must resolve to. */
export interface SynthCitation {
  /** The cited number-symbol as written. */
  numberSymbol: string;
  /** canonicalKey of the cited document. */
  key: string;
  /** The citing phrase, e.g. "Kế hoạch số 12/KH-UBND ngày 03/02/2016 của Ủy ban nhân dân tỉnh". */
  text: string;
}

export interface SynthDocument {
  /** Id (path under content/van-ban/ without .md). */
  id: string;
  data: DocumentFrontmatter;
  body: string;
  citations: SynthCitation[];
  /** canonicalKey of this document. */
  key: string;
  /** The whole file: frontmatter and body. */
  source: string;
}

export const typeShares: ReadonlyArray<[DocumentTypeSlug, number]> = [
  ['cong-van', 0.4],
  ['ke-hoach', 0.3],
  ['thong-bao', 0.1],
  ['huong-dan', 0.1],
  ['quyet-dinh', 0.1],
];
export const districtShare = 0.3;
export const firstYear = 2005;
export const lastYear = 2026;
/** The day the Sở Lao động - Thương binh và Xã hội of every province merged into its Sở Nội vụ. */
const soNoiVuFrom = '2025-03-01';

export function yearWeight(year: number): number {
  return Math.pow(1.1, year - firstYear) * (year === lastYear ? 0.5 : 1);
}

type IssuerKind = 'ubnd-tinh' | 'so-ldtbxh' | 'ban-vstbcpn' | 'tinh-uy' | 'ubnd-huyen';

interface Draft {
  province: SynthProvince;
  district: string | null;
  year: number;
  month: number;
  day: number;
  type: DocumentTypeSlug;
  issuerKind: IssuerKind;
  number?: number;
  numberSymbol?: string;
}

const typeCode: Record<string, string> = { 'ke-hoach': 'KH', 'thong-bao': 'TB', 'huong-dan': 'HD', 'quyet-dinh': 'QĐ' };
const congVanUnits = ['VX', 'VHXH', 'KGVX', 'NC'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Pick<Draft, 'year' | 'month' | 'day'>) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
/** Dates the way the seeds write them: "16/7/2012", "20/01/2018". */
function writtenDate(rng: Random, year: number, month: number, day: number): string {
  return `${pad(day)}/${rng.chance(0.5) ? pad(month) : String(month)}/${year}`;
}

function symbolFor(d: Draft, rng: Random): string {
  const n = d.number!;
  switch (d.issuerKind) {
    case 'tinh-uy':
      return `${n}-KH/TU`;
    case 'so-ldtbxh':
      if (iso(d) >= soNoiVuFrom) return d.type === 'cong-van' ? `${n}/SNV-BĐG` : `${n}/${typeCode[d.type]}-SNV`;
      return d.type === 'cong-van' ? `${n}/SLĐTBXH-BĐG` : `${n}/${typeCode[d.type]}-SLĐTBXH`;
    case 'ban-vstbcpn':
      return d.type === 'cong-van' ? `${n}/BVSTBCPN-VX` : `${n}/${typeCode[d.type]}-BVSTBCPN`;
    case 'ubnd-huyen':
      return d.type === 'cong-van' ? `${n}/UBND-${rng.pick(['LĐTBXH', 'VX', 'VP'])}` : `${n}/${typeCode[d.type]}-UBND`;
    default:
      return d.type === 'cong-van' ? `${n}/UBND-${rng.pick(congVanUnits)}` : `${n}/${typeCode[d.type]}-UBND`;
  }
}

function provinceLabel(p: SynthProvince): string {
  return `${p.kind} ${p.name}`;
}

function issuerOf(d: Draft): { name: string; parent: string | null; level: 'tinh' | 'huyen'; short: string } {
  const ubndTinh = `Ủy ban nhân dân ${provinceLabel(d.province)}`;
  switch (d.issuerKind) {
    case 'tinh-uy':
      return { name: `${d.province.kind === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy'} ${d.province.name}`, parent: null, level: 'tinh', short: d.province.kind === 'thành phố' ? 'Ban Thường vụ Thành ủy' : 'Ban Thường vụ Tỉnh ủy' };
    case 'so-ldtbxh':
      if (iso(d) >= soNoiVuFrom) return { name: `Sở Nội vụ ${provinceLabel(d.province)}`, parent: ubndTinh, level: 'tinh', short: 'Sở Nội vụ' };
      return { name: `Sở Lao động - Thương binh và Xã hội ${provinceLabel(d.province)}`, parent: ubndTinh, level: 'tinh', short: 'Sở Lao động - Thương binh và Xã hội' };
    case 'ban-vstbcpn':
      return { name: `Ban Vì sự tiến bộ của phụ nữ ${provinceLabel(d.province)}`, parent: ubndTinh, level: 'tinh', short: 'Ban Vì sự tiến bộ của phụ nữ' };
    case 'ubnd-huyen':
      return { name: `Ủy ban nhân dân huyện ${d.district}`, parent: ubndTinh, level: 'huyen', short: 'Ủy ban nhân dân huyện' };
    default:
      return { name: ubndTinh, parent: null, level: 'tinh', short: `Ủy ban nhân dân ${d.province.kind}` };
  }
}

const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Hà', 'Lương'];
const middleNames = ['Văn', 'Thị', 'Thanh', 'Minh', 'Đức', 'Hồng', 'Ngọc', 'Quang', 'Thu', 'Xuân', 'Hữu', 'Kim'];
const givenNames = ['Anh', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Lan', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Trung', 'Tuấn', 'Vân', 'Yến'];

function signerOf(d: Draft, rng: Random): DocumentFrontmatter['signer'] {
  const name = `${rng.pick(familyNames)} ${rng.pick(middleNames)} ${rng.pick(givenNames)}`;
  switch (d.issuerKind) {
    case 'tinh-uy':
      return { authority: { prefix: 'TM.', of: 'Ban Thường vụ' }, title: 'Phó Bí thư', name };
    case 'so-ldtbxh':
      return rng.chance(0.5) ? { authority: { prefix: 'KT.', of: 'Giám đốc' }, title: 'Phó Giám đốc', name } : { authority: null, title: 'Giám đốc', name };
    case 'ban-vstbcpn':
      return { authority: null, title: 'Trưởng ban, Phó Chủ tịch UBND tỉnh', name };
    default:
      if (rng.chance(0.08)) return null;
      return rng.chance(0.7)
        ? { authority: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name }
        : { authority: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: 'Chủ tịch', name };
  }
}

function addresseesOf(d: Draft): string[] {
  if (d.type !== 'cong-van' && d.type !== 'huong-dan') return [];
  if (d.issuerKind === 'ubnd-huyen') return ['Các cơ quan, đơn vị thuộc UBND huyện', 'UBMTTQ và các đoàn thể huyện', 'UBND các xã, thị trấn'];
  return ['Các sở, ban, ngành, đoàn thể cấp tỉnh', iso(d) >= mergerDate ? 'UBND các xã, phường, đặc khu' : 'UBND các huyện, thị xã, thành phố'];
}

function recipientsOf(d: Draft, rng: Random): string[] {
  const list = ['Như trên'];
  if (d.issuerKind === 'ubnd-huyen') list.push('UBND tỉnh (b/c)', 'TT Huyện ủy, TT HĐND huyện', 'CT, các PCT UBND huyện');
  else if (d.issuerKind === 'tinh-uy') list.push('Ban Bí thư Trung ương Đảng (b/c)', 'Các đồng chí Tỉnh ủy viên', 'Các huyện ủy, thành ủy, đảng ủy trực thuộc');
  else list.push('Bộ Lao động - Thương binh và Xã hội (b/c)', 'TT Tỉnh ủy, TT HĐND tỉnh', 'CT, các PCT UBND tỉnh');
  if (rng.chance(0.5)) list.push('Hội Liên hiệp Phụ nữ tỉnh');
  list.push(`Lưu: VT, ${rng.pick(['VX', 'KGVX', 'LĐTBXH', 'BĐG'])}`);
  return list;
}

interface TitleContext {
  year: number;
  central: CentralDocument | undefined;
  placeLabel: string;
}

const titleTopics: Record<string, Array<(c: TitleContext) => string>> = {
  'cong-van': [
    (c) => `Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm ${c.year}`,
    (c) => `Báo cáo kết quả thực hiện công tác bình đẳng giới năm ${c.year - 1}`,
    (c) => `Tổ chức các hoạt động nhân kỷ niệm ngày Quốc tế Phụ nữ năm ${c.year}`,
    (c) => (c.central ? `Tiếp tục triển khai thực hiện ${documentType(c.central.type).name} số ${c.central.numberSymbol} ngày ${c.central.issued.split('-').reverse().join('/')} của ${c.central.issuer} trên địa bàn ${c.placeLabel}` : `Kiện toàn Ban Vì sự tiến bộ của phụ nữ năm ${c.year}`),
    () => 'Tăng cường công tác phòng, chống bạo lực gia đình và bạo lực trên cơ sở giới',
  ],
  'ke-hoach': [
    (c) => (c.central ? `Triển khai thực hiện ${documentType(c.central.type).name} số ${c.central.numberSymbol} ngày ${c.central.issued.split('-').reverse().join('/')} của ${c.central.issuer}` : `Thực hiện công tác bình đẳng giới năm ${c.year}`),
    (c) => `Hoạt động bình đẳng giới và vì sự tiến bộ của phụ nữ năm ${c.year}`,
    (c) => `Tuyên truyền, phổ biến pháp luật về bình đẳng giới giai đoạn ${c.year}-${c.year + 4}`,
    (c) => `Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm ${c.year}`,
    (c) => `Kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới năm ${c.year}`,
  ],
  'thong-bao': [
    (c) => `Kết luận của Trưởng ban tại hội nghị tổng kết công tác vì sự tiến bộ của phụ nữ năm ${c.year - 1}`,
    (c) => `Kết quả kiểm tra công tác bình đẳng giới năm ${c.year - 1} trên địa bàn ${c.placeLabel}`,
    () => 'Phân công nhiệm vụ các thành viên Ban Vì sự tiến bộ của phụ nữ',
  ],
  'huong-dan': [
    (c) => `Hướng dẫn hoạt động năm ${c.year}`,
    (c) => `Hướng dẫn xây dựng kế hoạch hoạt động vì sự tiến bộ của phụ nữ năm ${c.year}`,
    () => 'Hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật',
  ],
  'quyet-dinh': [
    (c) => `Kiện toàn Ban Vì sự tiến bộ của phụ nữ ${c.placeLabel}`,
    (c) => `Ban hành Quy chế hoạt động của Ban Vì sự tiến bộ của phụ nữ ${c.placeLabel}`,
    (c) => `Phê duyệt Kế hoạch hoạt động bình đẳng giới năm ${c.year}`,
    (c) => `Thành lập Đoàn kiểm tra liên ngành công tác bình đẳng giới năm ${c.year}`,
  ],
};

const kePlanSections = ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'];
const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const implementers = [
  'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Sở Thông tin và Truyền thông',
  'Sở Tư pháp', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh', 'Ban Dân tộc tỉnh',
  'Đề nghị Hội Liên hiệp Phụ nữ tỉnh', 'UBND các huyện, thị xã, thành phố',
];

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Synthesises the corpus: central stubs first, then the full-text documents in date order. */
export function synthesizeCorpus(options: SynthOptions): { documents: SynthDocument[]; central: SynthDocument[] } {
  const rng = createRandom(options.seed ?? 20260601);
  const { bank } = options;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  // 1. Metadata drafts.
  const drafts: Draft[] = [];
  for (let i = 0; i < options.docs; i++) {
    const drawn = rng.weighted(synthProvinces, (p) => p.weight);
    const drawnAtDistrict = rng.chance(districtShare);
    const year = rng.weighted(years, yearWeight);
    const month = year === lastYear ? rng.int(1, 6) : rng.int(1, 12);
    const day = rng.int(1, daysIn(year, month));
    // From 1 July 2025: one of the 34 provinces, and no districts.
    const merged = iso({ year, month, day }) >= mergerDate;
    const province = merged ? synthProvinceSince2025(drawn) : drawn;
    const atDistrict = drawnAtDistrict && !merged;
    const type = rng.weighted(typeShares, ([, share]) => share)[0];
    let issuerKind: IssuerKind;
    if (atDistrict) issuerKind = 'ubnd-huyen';
    else if (type === 'ke-hoach' && rng.chance(0.15)) issuerKind = 'tinh-uy';
    else issuerKind = rng.weighted<IssuerKind>(['ubnd-tinh', 'so-ldtbxh', 'ban-vstbcpn'], (k) => (k === 'ubnd-tinh' ? 0.65 : k === 'so-ldtbxh' ? 0.2 : 0.15));
    drafts.push({ province, district: atDistrict ? rng.pick(province.districts) : null, year, month, day, type, issuerKind });
  }
  // Chronological order (stable on ties by draw order), then numbers per (scope, year).
  const order = drafts.map((d, i) => ({ d, i }));
  order.sort((a, b) => iso(a.d).localeCompare(iso(b.d)) || a.i - b.i);
  const counters = new Map<string, number>();
  for (const { d } of order) {
    const scope = `${identityScope({ level: d.district ? 'huyen' : 'tinh', province: d.province.slug, district: d.district })}|${d.year}`;
    const n = (counters.get(scope) ?? 0) + rng.int(1, d.district ? 12 : 30);
    counters.set(scope, n);
    d.number = n;
    d.numberSymbol = symbolFor(d, rng);
  }

  // 2. Central stubs.
  const central = centralDocuments.map((c) => centralStub(c));

  // 3. Bodies, in date order, so citations point back in time.
  const citable = new Map<string, SynthDocument[]>(); // province slug or province/district → earlier documents
  const documents: SynthDocument[] = [];
  for (const { d } of order) {
    const date = iso(d);
    const issuer = issuerOf(d);
    const earlierCentral = centralDocuments.filter((c) => c.issued < date);
    const citedCentral: CentralDocument[] = [];
    for (let k = rng.int(1, 2); k > 0 && earlierCentral.length > 0; k--) {
      // Recent instruments are cited more often.
      const c = rng.weighted(earlierCentral, (x) => 1 + earlierCentral.indexOf(x));
      if (!citedCentral.includes(c)) citedCentral.push(c);
    }
    const localPool = [...(citable.get(d.province.slug) ?? []).slice(-25), ...(d.district ? (citable.get(`${d.province.slug}/${d.district}`) ?? []).slice(-10) : [])];
    const citedLocal: SynthDocument[] = [];
    for (let k = rng.int(0, 2); k > 0 && localPool.length > 0; k--) {
      const c = rng.pick(localPool);
      if (!citedLocal.includes(c) && (c.data.issued as string) < date) citedLocal.push(c);
    }
    const citations: SynthCitation[] = [
      ...citedCentral.map((c) => ({ numberSymbol: c.numberSymbol, key: centralKey(c), text: centralPhrase(c, rng) })),
      ...citedLocal.map((c) => ({ numberSymbol: c.data.numberSymbol!, key: c.key, text: localPhrase(c, d, rng) })),
    ];
    const placeLabel = d.district ? `huyện ${d.district}` : provinceLabel(d.province);
    const title = rng.pick(titleTopics[d.type]!)({ year: d.year, central: citedCentral[0], placeLabel });
    const body = writeBody(d, issuer.short, placeLabel, citations, citedCentral, bank, rng);
    const data: DocumentFrontmatter = {
      type: d.type,
      numberSymbol: d.numberSymbol!,
      year: d.year,
      title,
      issuer: { name: issuer.name, parent: issuer.parent, level: issuer.level },
      province: d.province.slug,
      district: d.district,
      place: d.district ?? placeName(d.province),
      issued: date,
      signer: signerOf(d, rng),
      addressees: addresseesOf(d),
      recipients: recipientsOf(d, rng),
      fullText: true,
      aliases: [],
      source: { file: null, url: null },
      quality: { level: 'clean', notes: 'Văn bản tổng hợp (synthetic) cho đo hiệu năng, ghép từ các câu của văn bản mẫu; không phải văn bản thật.' },
      review: [],
      handCompleted: [],
    };
    const identity = { numberSymbol: data.numberSymbol ?? null, year: d.year, level: issuer.level, province: d.province.slug, district: d.district };
    const doc: SynthDocument = { id: conventionalId(identity), data, body, citations, key: canonicalKey(identity)!, source: emitFile(data, body) };
    documents.push(doc);
    // Documents of the UBND and the Tỉnh ủy are cited by later ones; those of a Sở or a Ban are
    // not, since the citation engine cannot pin "của Sở Lao động - Thương binh và Xã hội" to a province.
    if (d.issuerKind === 'ubnd-tinh' || d.issuerKind === 'tinh-uy') push(citable, d.province.slug, doc);
    else if (d.issuerKind === 'ubnd-huyen') push(citable, `${d.province.slug}/${d.district}`, doc);
  }
  return { documents, central };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function centralKey(c: CentralDocument): string {
  return canonicalKey({ numberSymbol: c.numberSymbol, year: Number(c.issued.slice(0, 4)), level: 'trung-uong', province: null, district: null })!;
}

function centralPhrase(c: CentralDocument, rng: Random): string {
  const [y, m, d] = c.issued.split('-').map(Number) as [number, number, number];
  return `${documentType(c.type).name} số ${c.numberSymbol} ngày ${writtenDate(rng, y, m, d)} của ${c.issuer}`;
}

function localPhrase(cited: SynthDocument, citing: Draft, rng: Random): string {
  const [y, m, d] = (cited.data.issued as string).split('-').map(Number) as [number, number, number];
  const typeName = documentType(cited.data.type).name;
  let by = cited.data.issuer.name;
  // Inside a document of the same body, "của Ủy ban nhân dân tỉnh" is how the seeds cite their own province.
  if (cited.data.issuer.level === 'tinh' && !citing.district && cited.data.issuer.name.startsWith('Ủy ban nhân dân') && citing.issuerKind === 'ubnd-tinh') {
    by = `Ủy ban nhân dân ${citing.province.kind}`;
  } else if (cited.data.issuer.level === 'huyen' && citing.district === cited.data.district) {
    by = 'Ủy ban nhân dân huyện';
  }
  return `${typeName} số ${cited.data.numberSymbol} ngày ${writtenDate(rng, y, m, d)} của ${by}`;
}

function centralStub(c: CentralDocument): SynthDocument {
  const year = Number(c.issued.slice(0, 4));
  const data: DocumentFrontmatter = {
    type: c.type,
    numberSymbol: c.numberSymbol,
    year,
    title: c.title,
    issuer: { name: c.issuer, parent: null, level: 'trung-uong' },
    province: null,
    district: null,
    place: null,
    issued: c.issued,
    signer: null,
    addressees: null,
    recipients: null,
    fullText: false,
    aliases: c.aliases ?? [],
    source: null,
    quality: { level: 'clean', notes: null },
    review: [],
    handCompleted: [],
  };
  const identity = { numberSymbol: c.numberSymbol, year, level: 'trung-uong' as const, province: null, district: null };
  return { id: conventionalId(identity), data, body: '', citations: [], key: canonicalKey(identity)!, source: emitFile(data, '') };
}

function sentences(bank: SentenceBank, rng: Random, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(bank.sentences));
  return out.join(' ');
}

function writeBody(d: Draft, short: string, placeLabel: string, citations: SynthCitation[], central: CentralDocument[], bank: SentenceBank, rng: Random): string {
  const target = rng.int(1600, 2400);
  const parts: string[] = [];
  const typeName = documentType(d.type).name;
  const basis = citations.map((c) => c.text);
  if (d.type === 'quyet-dinh') {
    parts.push(`Căn cứ Luật Tổ chức chính quyền địa phương;`);
    for (const c of basis) parts.push(`${central.some((x) => c.includes(x.numberSymbol) && x.verb === 'Căn cứ') ? 'Căn cứ' : 'Thực hiện'} ${c};`);
    parts.push(`Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội, ${short} quyết định:`);
  } else {
    const [first, ...rest] = basis;
    const tail = rest.length > 0 ? `; ${rest.join('; ')}` : '';
    const lead = central[0]?.verb === 'Căn cứ' ? 'Căn cứ' : 'Thực hiện';
    parts.push(`${lead} ${first ?? 'chương trình công tác năm'}${tail}, ${short} ${d.type === 'ke-hoach' ? `xây dựng Kế hoạch triển khai thực hiện trên địa bàn ${placeLabel} với các nội dung cụ thể như sau:` : `đề nghị các cơ quan, đơn vị trên địa bàn ${placeLabel} triển khai thực hiện tốt một số nội dung sau:`}`);
  }
  const headingOf = (i: number) =>
    d.type === 'ke-hoach' ? `## ${roman[i]}. ${kePlanSections[i] ?? rng.pick(bank.headings).toUpperCase()}` : d.type === 'quyet-dinh' ? `## Điều ${i + 1}.` : `## ${i + 1}. ${rng.pick(bank.headings)}`;
  let section = 0;
  let words = parts.reduce((n, p) => n + wordCount(p), 0);
  while (words < target) {
    const heading = headingOf(section);
    parts.push(heading);
    words += wordCount(heading);
    const blocks = rng.int(2, 4);
    for (let b = 0; b < blocks && words < target; b++) {
      let block: string;
      if (d.type === 'ke-hoach' && section === 3) {
        block = `### ${b + 1}. ${rng.pick(implementers)}\n\n${sentences(bank, rng, rng.int(2, 4))}`;
      } else if (rng.chance(0.4)) {
        block = Array.from({ length: rng.int(2, 5) }, () => `- ${rng.pick(bank.items)}`).join('\n\n');
      } else {
        block = sentences(bank, rng, rng.int(2, 5));
      }
      parts.push(block);
      words += wordCount(block);
    }
    section++;
  }
  parts.push(
    d.type === 'quyet-dinh'
      ? `## Điều ${section + 1}.\n\nQuyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Giám đốc các sở, ban, ngành và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`
      : `Trên đây là ${typeName.toLowerCase()} của ${short} năm ${d.year}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo./.`,
  );
  return `${parts.join('\n\n')}\n`;
}

// YAML by hand, in the seeds' layout (strings double-quoted; JSON strings are valid YAML).
function q(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}
function list(name: string, items: string[] | null | undefined): string {
  if (items == null) return `${name}: null`;
  if (items.length === 0) return `${name}: []`;
  return `${name}:\n${items.map((i) => `  - ${q(i)}`).join('\n')}`;
}

export function emitFile(data: DocumentFrontmatter, body: string): string {
  const s = data.signer;
  const lines = [
    '---',
    `type: ${data.type}`,
    `numberSymbol: ${q(data.numberSymbol)}`,
    `year: ${data.year}`,
    `title: ${q(data.title)}`,
    'issuer:',
    `  name: ${q(data.issuer.name)}`,
    `  parent: ${q(data.issuer.parent)}`,
    `  level: ${data.issuer.level}`,
    `province: ${data.province ?? 'null'}`,
    `district: ${q(data.district)}`,
    `place: ${q(data.place)}`,
    `issued: ${q(data.issued as string | null)}`,
    s
      ? [
          'signer:',
          s.authority ? `  authority:\n    prefix: ${q(s.authority.prefix)}\n    of: ${q(s.authority.of)}` : '  authority: null',
          `  title: ${q(s.title)}`,
          `  name: ${q(s.name)}`,
        ].join('\n')
      : 'signer: null',
    list('addressees', data.addressees),
    list('recipients', data.recipients),
    `fullText: ${data.fullText}`,
    list('aliases', data.aliases),
    data.source ? `source:\n  file: ${q(data.source.file)}\n  url: ${q(data.source.url)}` : 'source: null',
    `quality:\n  level: ${data.quality.level}\n  notes: ${q(data.quality.notes)}`,
    list('review', data.review),
    list('handCompleted', data.handCompleted),
    '---',
  ];
  return `${lines.join('\n')}\n${body ? `\n${body}` : ''}`;
}
