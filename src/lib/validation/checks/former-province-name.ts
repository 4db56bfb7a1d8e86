import type { Problem } from '../../content/corpus.ts';
import { formerProvinceNamedIn, mergerDateLabel } from '../../places/province-era.ts';
import type { CorpusCheck } from '../corpus-check.ts';
import { fieldLine } from './field-line.ts';

/**
 * A document issued from 1 July 2025 whose issuing body (or the body above it) is named after a
 * province that no longer exists then: "Ủy ban nhân dân tỉnh Đắk Nông" on 2025-09-16. Usually a typo
 * in the date or the name; a warning, because some bodies of the former provinces (funds, boards)
 * kept signing under their old names until the new province reorganised them. The `province` slug
 * itself is checked by the schema (province-era.ts).
 */
export const formerProvinceName: CorpusCheck = {
  name: 'former-province-name',
  run(documents) {
    const problems: Problem[] = [];
    for (const doc of documents) {
      const { issuer, issued, year } = doc.data;
      if (issuer.level === 'trung-uong') continue;
      for (const field of ['name', 'parent'] as const) {
        const name = issuer[field];
        const hit = name ? formerProvinceNamedIn(name, issued, year) : null;
        if (!hit) continue;
        problems.push({
          file: doc.file,
          line: fieldLine(doc, 'issuer', field),
          field: `issuer.${field}`,
          message: `"${name}" names ${hit.province.kind} ${hit.province.name}, which no longer exists on ${issued ?? year}; since ${mergerDateLabel} it is part of ${hit.successor.kind} ${hit.successor.name}. Check the date, and write the body's name as printed on the document (a body that still signed under its old name keeps it)`,
          severity: 'warning',
        });
      }
    }
    return problems;
  },
};
