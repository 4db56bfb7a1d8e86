import type { Problem } from '../../content/corpus.ts';
import { findProvince } from '../../places/provinces.ts';
import type { CorpusCheck } from '../corpus-check.ts';
import { fieldLine } from './field-line.ts';

/**
 * A province's body cannot issue a document in a year when that province did not exist. Most of
 * today's provinces were merged in 1962–1976 and split again in 1989–2004; Đắk Nông, Điện Biên,
 * Bà Rịa - Vũng Tàu and Quảng Ninh were created new. Only periods known for certain are listed, by
 * the year the change took effect (a split decided in December 1991 counts from 1991, so a
 * document of that year is never wrongly refused). The national floor, 1945, is in the schema.
 */
interface Absence {
  /** First year without the province. */
  from: number;
  /** Year it was (re-)established. */
  until: number;
  /** The province it was part of meanwhile; null when it had never existed before. */
  partOf: string | null;
}

const absences: Record<string, Absence> = {
  'bac-giang': { from: 1962, until: 1997, partOf: 'Hà Bắc' },
  'bac-ninh': { from: 1962, until: 1997, partOf: 'Hà Bắc' },
  'bac-kan': { from: 1965, until: 1997, partOf: 'Bắc Thái' },
  'thai-nguyen': { from: 1965, until: 1997, partOf: 'Bắc Thái' },
  'ha-nam': { from: 1965, until: 1997, partOf: 'Nam Hà, then Hà Nam Ninh' },
  'nam-dinh': { from: 1965, until: 1997, partOf: 'Nam Hà, then Hà Nam Ninh' },
  'vinh-phuc': { from: 1968, until: 1997, partOf: 'Vĩnh Phú' },
  'phu-tho': { from: 1968, until: 1997, partOf: 'Vĩnh Phú' },
  'hai-duong': { from: 1968, until: 1997, partOf: 'Hải Hưng' },
  'hung-yen': { from: 1968, until: 1997, partOf: 'Hải Hưng' },
  'quang-nam': { from: 1976, until: 1997, partOf: 'Quảng Nam - Đà Nẵng' },
  'da-nang': { from: 1976, until: 1997, partOf: 'Quảng Nam - Đà Nẵng' },
  'binh-duong': { from: 1976, until: 1997, partOf: 'Sông Bé' },
  'binh-phuoc': { from: 1976, until: 1997, partOf: 'Sông Bé' },
  'ca-mau': { from: 1976, until: 1997, partOf: 'Minh Hải' },
  'bac-lieu': { from: 1976, until: 1997, partOf: 'Minh Hải' },
  'ninh-binh': { from: 1976, until: 1991, partOf: 'Hà Nam Ninh' },
  'kon-tum': { from: 1976, until: 1991, partOf: 'Gia Lai - Kon Tum' },
  'gia-lai': { from: 1976, until: 1991, partOf: 'Gia Lai - Kon Tum' },
  'nghe-an': { from: 1976, until: 1991, partOf: 'Nghệ Tĩnh' },
  'ha-tinh': { from: 1976, until: 1991, partOf: 'Nghệ Tĩnh' },
  'ha-giang': { from: 1976, until: 1991, partOf: 'Hà Tuyên' },
  'tuyen-quang': { from: 1976, until: 1991, partOf: 'Hà Tuyên' },
  'hoa-binh': { from: 1976, until: 1991, partOf: 'Hà Sơn Bình' },
  'lao-cai': { from: 1976, until: 1991, partOf: 'Hoàng Liên Sơn' },
  'yen-bai': { from: 1976, until: 1991, partOf: 'Hoàng Liên Sơn' },
  'ninh-thuan': { from: 1976, until: 1991, partOf: 'Thuận Hải' },
  'binh-thuan': { from: 1976, until: 1991, partOf: 'Thuận Hải' },
  'vinh-long': { from: 1976, until: 1991, partOf: 'Cửu Long' },
  'tra-vinh': { from: 1976, until: 1991, partOf: 'Cửu Long' },
  'soc-trang': { from: 1976, until: 1991, partOf: 'Hậu Giang' },
  'can-tho': { from: 1976, until: 1991, partOf: 'Hậu Giang' },
  'quang-ngai': { from: 1976, until: 1989, partOf: 'Nghĩa Bình' },
  'binh-dinh': { from: 1976, until: 1989, partOf: 'Nghĩa Bình' },
  'phu-yen': { from: 1976, until: 1989, partOf: 'Phú Khánh' },
  'khanh-hoa': { from: 1976, until: 1989, partOf: 'Phú Khánh' },
  'quang-binh': { from: 1976, until: 1989, partOf: 'Bình Trị Thiên' },
  'quang-tri': { from: 1976, until: 1989, partOf: 'Bình Trị Thiên' },
  'thua-thien-hue': { from: 1976, until: 1989, partOf: 'Bình Trị Thiên' },
  'hau-giang': { from: 1992, until: 2004, partOf: 'Cần Thơ' },
  'dak-nong': { from: 1945, until: 2004, partOf: null },
  'dien-bien': { from: 1945, until: 2004, partOf: null },
  'ba-ria-vung-tau': { from: 1945, until: 1991, partOf: null },
  'quang-ninh': { from: 1945, until: 1963, partOf: null },
};

export const issuerExistence: CorpusCheck = {
  name: 'issuer-existence',
  run(documents) {
    const problems: Problem[] = [];
    for (const doc of documents) {
      const { province, year, issued, issuer } = doc.data;
      if (!province || year === null || issuer.level === 'trung-uong') continue;
      const absence = absences[province];
      if (!absence || year < absence.from || year >= absence.until) continue;
      const name = findProvince(province)?.name ?? province;
      const history = absence.partOf
        ? `${name} was re-established in ${absence.until}; from ${absence.from} to ${absence.until - 1} it was part of ${absence.partOf}`
        : `${name} was established in ${absence.until}`;
      problems.push({
        file: doc.file,
        line: fieldLine(doc, issued !== null ? 'issued' : 'year'),
        field: 'year',
        message: `${year} is before the issuing body existed: ${history}; correct the year, the province or the issuer`,
        severity: 'error',
      });
    }
    return problems;
  },
};
