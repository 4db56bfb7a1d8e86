import { z } from 'zod';
import { aliasProblem } from '../citations/alias-shape.ts';
import { documentTypeSlugs } from '../identity/document-types.ts';
import { parseNumberSymbol } from '../identity/number-symbol.ts';
import { isProvinceSlug, provinceEraProblem } from '../places/province-era.ts';
import { validityStatuses } from '../validity/derive.ts';
import { relations as relationTypes } from '../citations/relation.ts';

/**
 * Frontmatter of one document under content/van-ban/. Every key is required: information that is
 * not known is written `null` (or an empty list where a list is known to be empty), never an empty
 * string, so "unknown" and "known to be absent" stay distinguishable. Unknown keys are rejected to
 * catch typos. Messages are written for the archivist who edits the file.
 */

const nonEmpty = (what: string) =>
  z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `must not be empty; write null if ${what} is unknown` });

/** Levels of the administrative hierarchy an issuing body belongs to. */
export const issuerLevels = ['trung-uong', 'tinh', 'huyen', 'xa'] as const;

/** Signing-authority prefixes of Nghị định 30/2020/NĐ-CP: thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền. */
export const signingPrefixes = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;

/** Formats of original files the importer reads (src/lib/importer/readers/). */
export const sourceFormats = ['txt', 'md', 'docx', 'doc', 'pdf', 'pdf-scan', 'image', 'html'] as const;

/** Relations the archivist may declare: every relation but kem-theo, which attachedTo states. */
export const declarableRelations = relationTypes.filter((r) => r !== 'kem-theo') as [string, ...string[]];

/** How faithful the stored text is to the issued document. */
export const qualityLevels = ['clean', 'conversion-residue', 'ocr-errors'] as const;

// YAML readers differ: js-yaml (used by Astro) turns an unquoted 2019-01-16 into a Date, the
// `yaml` package keeps it a string. Accept both and store the string.
const partialDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
  .string({ error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY, or null when unknown' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY, or null when unknown',
    abort: true,
  })
  .refine((value) => value.length < 10 || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'is not a real calendar date',
  }),
);

export const issuerSchema = z.strictObject({
  /** Full name in normal case, e.g. "Ủy ban nhân dân tỉnh Kiên Giang", "Ban Bí thư Trung ương Đảng". */
  name: nonEmpty('the issuing body'),
  /** The body printed above it in the header, e.g. "UBND tỉnh Thanh Hóa" above its Ban; null for none. */
  parent: nonEmpty('the parent body').nullable(),
  /** Level of the issuing body: trung-uong (central), tinh (province), huyen (district), xa (commune). */
  level: z.enum(issuerLevels, { error: `expected one of ${issuerLevels.join(', ')}` }),
});

export const signerSchema = z.strictObject({
  /** Signing authority, e.g. { prefix: "KT.", of: "Chủ tịch" } for "KT. CHỦ TỊCH"; null when signed in one's own name. */
  authority: z
    .strictObject({
      /** TM., KT., TL., TUQ. or Q. */
      prefix: z.enum(signingPrefixes, { error: `expected one of ${signingPrefixes.join(' ')}` }),
      /** The office signed for, e.g. "Chủ tịch", "Chánh Văn phòng". */
      of: nonEmpty('the office signed for'),
    })
    .nullable(),
  /** The signer's own title, e.g. "Phó Chủ tịch"; null when not printed. */
  title: nonEmpty("the signer's title").nullable(),
  /** The signer's full name, e.g. "Đỗ Thanh Bình"; null when not printed. */
  name: nonEmpty("the signer's name").nullable(),
});

export const documentSchema = z
  .strictObject({
    /** Document type slug, e.g. "cong-van", "ke-hoach", "nghi-dinh" (see src/lib/identity/document-types.ts). */
    type: z.enum(documentTypeSlugs, { error: `expected one of ${documentTypeSlugs.join(', ')}` }),
    /** Số, ký hiệu in canonical form, e.g. "68/UBND-VHXH", "56/2012/NĐ-CP", "21-CT/TW"; null when the document has none. */
    numberSymbol: nonEmpty('the number and symbol')
      .refine((value) => parseNumberSymbol(value) !== null, {
        error: 'is not a number-symbol of a known shape; write it like 96/KH-UBND, 68/UBND-VHXH, 56/2012/NĐ-CP or 21-CT/TW',
      })
      .nullable(),
    /**
     * Year of issue; part of the identity because numbers restart every year. null when the text
     * gives no date of issue (never the year of a document it cites): such a document is filed under
     * content/van-ban/chua-ro-nam/ and must say why in `review`.
     */
    year: z
      .number({ error: 'expected the year of issue as a number, e.g. 2019, or null when unknown' })
      .int({ error: 'expected a whole year, e.g. 2019' })
      .min(1945, { error: 'expected a year from 1945 on' })
      .max(2100, { error: 'expected a year before 2100' })
      .nullable(),
    /** Trích yếu: the abstract, or the "V/v …" line of a công văn without "V/v"; used as the title. */
    title: nonEmpty('the abstract (trích yếu)'),
    /** The issuing body. */
    issuer: issuerSchema,
    /**
     * Slug of the province at the time of issue; null for central bodies or when unknown. Read in the
     * era of `issued` (src/lib/places/province-era.ts): one of the 63 before 1 July 2025 ("kien-giang",
     * "dak-nong"), one of the 34 from that day ("lam-dong" is then the new Lâm Đồng, "hue").
     */
    province: z
      .string({ error: 'expected a province slug such as "kien-giang", or null' })
      .refine(isProvinceSlug, {
        error: 'is not a province slug (src/lib/places/provinces.ts): one of the 63 before 1/7/2025 or the 34 since, e.g. "lang-son", "thanh-hoa"',
      })
      .nullable(),
    /** District (huyện, thị xã, thành phố thuộc tỉnh) at the time of issue, e.g. "Tân Yên"; null when none or unknown. */
    district: nonEmpty('the district').nullable(),
    /** Địa danh printed before the date, e.g. "Kiên Giang"; null when not printed. */
    place: nonEmpty('the place of issue').nullable(),
    /** Date of issue, as precise as known: "2019-01-16", "2018-05" or "2018"; null when unknown. */
    issued: partialDate.nullable(),
    /** Who signed; null when the text shows no signer. */
    signer: signerSchema.nullable(),
    /** Kính gửi: the addressees, one per item; [] when none printed, null when the text is not held. */
    addressees: z.array(nonEmpty('an addressee'), { error: 'expected a list of addressees, [] or null' }).nullable(),
    /** Nơi nhận: the distribution list, one per item as printed; [] when none, null when the text is not held. */
    recipients: z.array(nonEmpty('a recipient'), { error: 'expected a list of recipients, [] or null' }).nullable(),
    /** True when the archive holds the full text (the Markdown body); false for a document known only from citations. */
    fullText: z.boolean({ error: 'expected true (full text held) or false (known only from citations)' }),
    /**
     * Other names the document is cited by, e.g. "Luật Bình đẳng giới", "Nghị định 56"; the citation
     * engine links them in every text, so each must look like a document's name (alias-shape.ts).
     */
    aliases: z
      .array(
        nonEmpty('an alias').superRefine((alias, ctx) => {
          const problem = aliasProblem(alias);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
        { error: 'expected a list of names' },
      )
      .default([]),
    /** Where the text came from; null for documents known only from citations. */
    source: z
      .strictObject({
        /** File name of the raw text as received, e.g. "000_fba281767e79f56d.txt". */
        file: nonEmpty('the source file name').nullable(),
        /**
         * Web address the text was copied from, http(s) only (it is published as the link to the
         * original, so javascript:, data:, file: … are refused); null when unknown.
         */
        url: z
          .url({ protocol: /^https?$/, error: 'expected a full web address (https://…) or null' })
          .regex(/^[^\s\u0000-\u001f\u007f]+$/u, { error: 'must not contain spaces or control characters; write the address as one piece, e.g. https://vbpl.vn/…' })
          .nullable(),
        /** Format of the original file: txt, md, docx, doc, pdf, pdf-scan, image or html; null when not recorded. */
        format: z.enum(sourceFormats, { error: `expected one of ${sourceFormats.join(', ')}, or null` }).nullable().default(null),
        /** SHA-256 of the original file's bytes (64 hex digits), so a copy can be checked; null when not recorded. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/u, { error: 'expected 64 lower-case hex digits (sha256sum of the original), or null' }).nullable().default(null),
        /** Size of the original file in bytes; null when not recorded. */
        size: z.number().int().nonnegative({ error: 'expected the size in bytes' }).nullable().default(null),
        /** True when the original file is kept beside the document (same name, its own extension) and offered for download. */
        kept: z.boolean({ error: 'expected true when the original is kept beside the document, else false' }).default(false),
      })
      .nullable(),
    /** How faithful the text is, and what is wrong with it. OCR errors are kept, not corrected. */
    quality: z.strictObject({
      /** clean, conversion-residue (removed on import) or ocr-errors (kept as received). */
      level: z.enum(qualityLevels, { error: `expected one of ${qualityLevels.join(', ')}` }),
      /** What a reader should know about the text; null when there is nothing to say. */
      notes: nonEmpty('the quality note').nullable(),
    }),
    /** Why the document needs review by a person ("cần kiểm tra"); [] when it does not. */
    review: z.array(nonEmpty('a review reason'), { error: 'expected a list of reasons, or []' }).default([]),
    /** Fields a person completed or corrected by hand (e.g. "province"); an importer never overwrites them. */
    handCompleted: z.array(nonEmpty('a field name'), { error: 'expected a list of field names, or []' }).default([]),
    // Structure, validity and attachments (issue 13, docs/structure-and-validity.md).
    /**
     * Ngày có hiệu lực, written by a person when the text does not state it in a form the archive
     * reads ("có hiệu lực thi hành từ ngày 01 tháng 7 năm 2007", "kể từ ngày ký"), or for a document
     * known only from citations; null (the default): read from the text, else unknown.
     */
    effective: partialDate.nullable().default(null),
    /**
     * Tình trạng hiệu lực as checked by a person (e.g. against the official gazette), overriding what
     * the archive derives from its relations; null (the default): derived. The archive never assumes
     * "còn hiệu lực": that status exists only here.
     */
    validity: z
      .strictObject({
        /** con-hieu-luc, het-hieu-luc, het-hieu-luc-mot-phan, chua-co-hieu-luc or chua-ro. */
        status: z.enum(validityStatuses, { error: `expected one of ${validityStatuses.join(', ')}` }),
        /** Since when the status holds ("2023-07-01"); null when unknown. */
        from: partialDate.nullable(),
        /** What was checked, where, and when: "Đối chiếu Công báo ngày …". */
        note: nonEmpty('the note on validity').nullable(),
      })
      .nullable()
      .default(null),
    /**
     * Archive id of the document this one is issued with ("ban hành kèm theo Quyết định số …"), e.g.
     * "2025/lam-dong-qd-doi-ten-quy" for its Điều lệ; null (the default) when it is not an attachment.
     * Both pages then show the relation ("Ban hành kèm theo" / "Văn bản kèm theo").
     */
    attachedTo: z
      .string({ error: 'expected an archive id such as "2025/lam-dong-qd-doi-ten-quy", or null' })
      .regex(/^\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an archive id: YEAR/name, as in the file path content/van-ban/YEAR/name.md' })
      .nullable()
      .default(null),
    /**
     * Relations the texts cannot state, recorded by the archivist from the file's dossier: a Tờ
     * trình that forwards a body's resolution without its number, say. Both pages list them, marked
     * as recorded by the archive; the open data gives them `declared: true`. Empty (the default) for
     * most documents: what a text says is read from it (Căn cứ, Thực hiện…), not written here.
     */
    relations: z
      .array(
        z.strictObject({
          /** Archive id (YEAR/name) of the other document, which must be in the archive. */
          to: z
            .string({ error: 'expected an archive id such as "2025/dak-nong-01-nq-hdql"' })
            .regex(/^\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an archive id: YEAR/name, as in the file path content/van-ban/YEAR/name.md' }),
          /** How this document relates to it, as the text would say it: theo, thuc-hien, can-cu… (an attachment uses attachedTo). */
          relation: z.enum(declarableRelations, { error: `expected one of ${declarableRelations.join(', ')} (an attachment is written attachedTo)` }),
          /** Where the relation is known from, for the reader: "Hồ sơ đề nghị đổi tên Quỹ gửi kèm Tờ trình". */
          note: nonEmpty('the source of the relation'),
        }),
        { error: 'expected a list of relations (to, relation, note), or [] when there is none' },
      )
      .default([]),
  })
  .superRefine((doc, ctx) => {
    const eraProblem = doc.province === null ? null : provinceEraProblem(doc.province, doc.issued, doc.year);
    if (eraProblem) ctx.addIssue({ code: 'custom', path: ['province'], message: eraProblem });
    if (doc.issued !== null && Number(doc.issued.slice(0, 4)) !== doc.year) {
      ctx.addIssue({ code: 'custom', path: ['issued'], message: `is in ${doc.issued.slice(0, 4)} but year is ${doc.year}; they must agree` });
    }
    const parsed = doc.numberSymbol ? parseNumberSymbol(doc.numberSymbol) : null;
    if (parsed?.yearInNumber != null && parsed.yearInNumber !== doc.year) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: `is ${doc.year} but the number ${doc.numberSymbol} says ${parsed.yearInNumber}` });
    }
    if (doc.year === null && !doc.review.some((r) => /năm|year/i.test(r))) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'is null; give the year of issue, or add a review reason saying the year is unknown' });
    }
    if (doc.issuer.level !== 'trung-uong' && doc.province === null && !doc.review.some((r) => /tỉnh|province/i.test(r))) {
      ctx.addIssue({
        code: 'custom',
        path: ['province'],
        message: 'is null for a local issuing body; give the province slug, or add a review reason saying the province is unknown',
      });
    }
    if (doc.issuer.level === 'trung-uong' && (doc.province !== null || doc.district !== null)) {
      ctx.addIssue({ code: 'custom', path: ['province'], message: 'must be null for a central (trung-uong) issuing body' });
    }
    if (doc.issuer.level === 'huyen' && doc.district === null) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: 'is null but the issuer level is huyen; name the district' });
    }
  });

/** Validated frontmatter of a document. */
export type DocumentData = z.output<typeof documentSchema>;
/** Frontmatter as written in a file, before defaults. */
export type DocumentFrontmatter = z.input<typeof documentSchema>;
