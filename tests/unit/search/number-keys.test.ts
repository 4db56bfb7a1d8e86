import { describe, expect, it } from 'vitest';
import { documentNumberKeys, findQueryNumbers, findQueryTypeNumbers } from '../../../src/lib/search/number-keys.ts';

describe('findQueryNumbers: number-symbols typed as printed or loosely', () => {
  it.each([
    ['56/2012/NĐ-CP', '56/2012/NĐ-CP', 'zsh562012ndcp', '562012ndcp'],
    ['56/2012/ND-CP', '56/2012/ND-CP', 'zsh562012ndcp', '562012ndcp'],
    ['56/2012/nđ-cp', '56/2012/nđ-cp', 'zsh562012ndcp', '562012ndcp'],
    ['56 nd cp', '56 nd cp', 'zsh56ndcp', '56ndcp'],
    ['96/KH-UBND', '96/KH-UBND', 'zsh96khubnd', '96khubnd'],
    ['96 kh ubnd', '96 kh ubnd', 'zsh96khubnd', '96khubnd'],
    ['96 KH UBND lạng sơn', '96 KH UBND', 'zsh96khubnd', '96khubnd'],
    ['21-CT/TW', '21-CT/TW', 'zsh21cttw', '21cttw'],
    ['21/CT-TW', '21/CT-TW', 'zsh21cttw', '21cttw'],
    ['21- CT/TW', '21- CT/TW', 'zsh21cttw', '21cttw'],
    ['21 ct tw', '21 ct tw', 'zsh21cttw', '21cttw'],
    ['68/UBND-VHXH', '68/UBND-VHXH', 'zsh68ubndvhxh', '68ubndvhxh'],
    ['146 ubnd ldtbxh', '146 ubnd ldtbxh', 'zsh146ubndldtbxh', '146ubndldtbxh'],
    ['2458/bvstbcpn-vx', '2458/bvstbcpn-vx', 'zsh2458bvstbcpnvx', '2458bvstbcpnvx'],
    ['08/KH-UBND', '08/KH-UBND', 'zsh8khubnd', '08khubnd'],
    ['số 498/QĐ-TTg', '498/QĐ-TTg', 'zsh498qdttg', '498qdttg'],
    ['73/2006/QH11', '73/2006/QH11', 'zsh732006qh11', '732006qh11'],
    ['236/LĐTBXH-BVCSTE&BĐG', '236/LĐTBXH-BVCSTE&BĐG', 'zsh236ldtbxhbvcstebdg', '236ldtbxhbvcstebdg'],
  ])('%j', (query, text, key, compact) => {
    expect(findQueryNumbers(query).map((n) => ({ text: n.text, key: n.key, compact: n.compact }))).toEqual([{ text, key, compact }]);
  });

  it.each(['năm 2018 có 96 văn bản', 'ngày 16/7/2012', 'giai đoạn 2011-2020', 'bình đẳng giới', '56'])('finds none in %j', (query) => {
    expect(findQueryNumbers(query)).toEqual([]);
  });

  it('gives the span in the query as typed', () => {
    const [n] = findQueryNumbers('Kế hoạch số 96/KH-UBND của tỉnh');
    expect(n).toMatchObject({ start: 12, end: 22 });
  });
});

describe('findQueryTypeNumbers: a type word and a bare number', () => {
  it.each([
    ['nghi dinh 56', 'ztsnghidinh56'],
    ['Nghị định số 56', 'ztsnghidinh56'],
    ['NGHỊ ĐỊNH 56', 'ztsnghidinh56'],
    ['chỉ thị 21', 'ztschithi21'],
    ['kế hoạch 96 của tỉnh', 'ztskehoach96'],
    ['nghị quyết 11', 'ztsnghiquyet11'],
    ['thông tư liên tịch 7', 'ztsthongtulientich7'],
  ])('%j → %s', (query, key) => {
    expect(findQueryTypeNumbers(query).map((n) => n.key)).toEqual([key]);
  });

  it.each(['nghị định 56/2012/NĐ-CP', 'nghị định', 'bình đẳng giới 2019'])('finds none in %j', (query) => {
    expect(findQueryTypeNumbers(query)).toEqual([]);
  });
});

describe('documentNumberKeys: the keys a document page carries', () => {
  it.each([
    ['56/2012/NĐ-CP', 'nghi-dinh', ['zsh562012ndcp', 'ztsnghidinh56', 'zsh56ndcp']],
    ['96/KH-UBND', 'ke-hoach', ['zsh96khubnd', 'ztskehoach96']],
    ['21-CT/TW', 'chi-thi', ['zsh21cttw', 'ztschithi21']],
    ['08/KH-UBND', 'ke-hoach', ['zsh8khubnd', 'ztskehoach8']],
    ['146/UBND-LĐTBXH', 'cong-van', ['zsh146ubndldtbxh', 'ztscongvan146']],
    [null, 'thong-bao', []],
  ] as const)('%s (%s)', (numberSymbol, type, keys) => {
    expect(documentNumberKeys(numberSymbol, type)).toEqual(keys);
  });

  it.each([
    ['56/2012/NĐ-CP', 'nghi-dinh', ['56/2012/ND-CP', '56/2012/nđ-cp', '56 2012 nd cp', '56 nd cp']],
    ['96/KH-UBND', 'ke-hoach', ['96/KH-UBND', '96 kh ubnd', '96/kh-ubnd']],
    ['21-CT/TW', 'chi-thi', ['21/CT-TW', '21 ct tw', '21- CT/TW']],
    ['08/KH-UBND', 'ke-hoach', ['8/KH-UBND', '08 kh ubnd']],
  ])('every loose form of %s finds its key', (numberSymbol, type, typed) => {
    const keys = documentNumberKeys(numberSymbol, type);
    for (const q of typed) expect(keys).toContain(findQueryNumbers(q)[0]?.key);
  });
});
