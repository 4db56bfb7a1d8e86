import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/lib/citations/normalize.ts';
import { contextFromHeader } from '../../../src/lib/citations/header-context.ts';
import { cite, seedText } from './helpers.ts';

describe('normalize keeps offsets into the original input', () => {
  it.each([
    ['NFC input is unchanged', 'Nghị định số 56/2012/NĐ-CP', 'Nghị định số 56/2012/NĐ-CP'],
    ['NFD is recomposed', 'Nghị định'.normalize('NFD'), 'Nghị định'],
    ['en and em dashes become "-"', '21–CT/TW 21—CT/TW', '21-CT/TW 21-CT/TW'],
    ['a minus sign becomes "-"', '21−CT/TW', '21-CT/TW'],
    ['a no-break space becomes a space', 'số\u00A056', 'số 56'],
    ['soft hyphens and zero-width spaces go', 'N\u200BĐ-\u00ADCP', 'NĐ-CP'],
    ['an eth becomes Đ', 'NÐ-CP', 'NĐ-CP'],
  ])('%s', (_what, input, text) => {
    const n = normalize(input);
    expect(n.text).toBe(text);
    expect(n.folded).toHaveLength(n.text.length);
    const [start, end] = n.toOriginal(0, n.text.length);
    expect(input.slice(start, end)).toBe(input);
  });

  it('maps every character of an NFD text back to its cluster', () => {
    const input = 'Căn cứ Nghị định'.normalize('NFD');
    const n = normalize(input);
    const at = n.text.indexOf('Nghị');
    const [start, end] = n.toOriginal(at, at + 'Nghị định'.length);
    expect(input.slice(start, end).normalize('NFC')).toBe('Nghị định');
  });

  it('counts UTF-16 code units: a character outside the BMP before a reference', () => {
    const input = '𝔸 Chỉ thị số 21-CT/TW ngày 20/01/2018';
    const [c] = cite(input);
    expect(c!.start).toBe(3);
  });

  it('handles Windows line breaks inside a reference', () => {
    const [c] = cite('Chỉ thị số\r\n21-CT/TW ngày\r\n20/01/2018');
    expect(c!.numberSymbol).toBe('21-CT/TW');
    expect(c!.date).toBe('2018-01-20');
  });
});

describe('context from a raw document header', () => {
  it.each([
    ['000', { level: 'tinh', province: 'kien-giang', issuerCode: 'UBND', numberSymbol: '68/UBND-VHXH', year: 2019 }],
    ['001', { level: 'tinh', province: 'lang-son', issuerCode: 'UBND', numberSymbol: '96/KH-UBND', year: 2018 }],
    ['003', { level: 'huyen', province: null, district: 'TÂN YÊN', issuerCode: 'UBND', numberSymbol: '146/UBND-LĐTBXH', year: 2019 }],
    ['004', { level: 'tinh', province: 'thanh-hoa', issuerCode: 'BVSTBCPN', numberSymbol: '2458/BVSTBCPN-VX', year: 2015 }],
  ] as const)('seed %s', (seed, expected) => {
    expect(contextFromHeader(seedText(seed))).toMatchObject(expected);
  });

  it('knows nothing from a text without a header', () => {
    expect(contextFromHeader(seedText('002'))).toMatchObject({ level: null, province: null, issuerCode: null });
  });
});
