import { describe, expect, it } from 'vitest';
import { canonicalKey, conventionalId } from '../../src/lib/identity/document-identity.ts';
import { parseNumberSymbol } from '../../src/lib/identity/number-symbol.ts';
import { findProvince, mergerOf, provinces, provincesSince2025 } from '../../src/lib/places/provinces.ts';

describe('parseNumberSymbol', () => {
  it.each([
    ['56/2012/NĐ-CP', { shape: 'normative', number: '56', yearInNumber: 2012, symbol: 'NĐ-CP', typeCode: 'NĐ', issuerCode: 'CP' }],
    ['191/2009/TT-BTC', { shape: 'normative', number: '191', yearInNumber: 2009, symbol: 'TT-BTC', typeCode: 'TT', issuerCode: 'BTC' }],
    ['07/2011/TTLT-BYT-BNV', { shape: 'normative', number: '07', yearInNumber: 2011, symbol: 'TTLT-BYT-BNV', typeCode: 'TTLT', issuerCode: 'BYT' }],
    ['73/2006/QH11', { shape: 'normative', number: '73', yearInNumber: 2006, symbol: 'QH11', typeCode: 'QH', issuerCode: 'QH11' }],
    ['21-CT/TW', { shape: 'party', number: '21', yearInNumber: null, symbol: 'CT/TW', typeCode: 'CT', issuerCode: 'TW' }],
    ['24-CTr/TU', { shape: 'party', number: '24', yearInNumber: null, symbol: 'CTr/TU', typeCode: 'CTr', issuerCode: 'TU' }],
    ['96/KH-UBND', { shape: 'administrative', number: '96', yearInNumber: null, symbol: 'KH-UBND', typeCode: 'KH', issuerCode: 'UBND' }],
    ['498/QĐ-TTg', { shape: 'administrative', number: '498', yearInNumber: null, symbol: 'QĐ-TTg', typeCode: 'QĐ', issuerCode: 'TTg' }],
    ['156/HD-UBQG', { shape: 'administrative', number: '156', yearInNumber: null, symbol: 'HD-UBQG', typeCode: 'HD', issuerCode: 'UBQG' }],
    ['68/UBND-VHXH', { shape: 'cong-van', number: '68', yearInNumber: null, symbol: 'UBND-VHXH', typeCode: null, issuerCode: 'UBND' }],
    ['2458/BVSTBCPN-VX', { shape: 'cong-van', number: '2458', yearInNumber: null, symbol: 'BVSTBCPN-VX', typeCode: null, issuerCode: 'BVSTBCPN' }],
    ['236/LĐTBXH-BVCSTE&BĐG', { shape: 'cong-van', number: '236', yearInNumber: null, symbol: 'LĐTBXH-BVCSTE&BĐG', typeCode: null, issuerCode: 'LĐTBXH' }],
  ])('%s', (text, expected) => {
    expect(parseNumberSymbol(text)).toEqual({ text, ...expected });
  });

  it.each(['Số: …/KH-UBND', '16/7/2012', '2016-2020', 'KH-UBND', '68 /UBND-VHXH', ''])('rejects %j', (text) => {
    expect(parseNumberSymbol(text)).toBeNull();
  });
});

describe('canonicalKey', () => {
  it.each([
    [{ numberSymbol: '56/2012/NĐ-CP', year: 2012, level: 'trung-uong', province: null, district: null }, 'tw|2012|56|ND-CP'],
    [{ numberSymbol: '21-CT/TW', year: 2018, level: 'trung-uong', province: null, district: null }, 'tw|2018|21|CT/TW'],
    [{ numberSymbol: '96/KH-UBND', year: 2018, level: 'tinh', province: 'lang-son', district: null }, 'lang-son|2018|96|KH-UBND'],
    [{ numberSymbol: '08/KH-UBND', year: 2017, level: 'tinh', province: 'kien-giang', district: null }, 'kien-giang|2017|8|KH-UBND'],
    [{ numberSymbol: '146/UBND-LĐTBXH', year: 2019, level: 'huyen', province: 'bac-giang', district: 'Tân Yên' }, 'bac-giang/tan-yen|2019|146|UBND-LDTBXH'],
    [{ numberSymbol: null, year: 2018, level: 'tinh', province: 'kon-tum', district: null }, null],
    [{ numberSymbol: '96/KH-UBND', year: 2018, level: 'tinh', province: null, district: null }, null],
    // Issue 12: without a year a number identifies nothing (numbers restart every year).
    [{ numberSymbol: '96/KH-UBND', year: null, level: 'tinh', province: 'lang-son', district: null }, null],
  ] as const)('%j → %s', (input, expected) => {
    expect(canonicalKey(input)).toBe(expected);
  });

  it('tells the same plan number of two provinces apart (numbers restart per body and year)', () => {
    const lạngSơn = canonicalKey({ numberSymbol: '96/KH-UBND', year: 2018, level: 'tinh', province: 'lang-son', district: null });
    const kiênGiang = canonicalKey({ numberSymbol: '96/KH-UBND', year: 2018, level: 'tinh', province: 'kien-giang', district: null });
    const nextYear = canonicalKey({ numberSymbol: '96/KH-UBND', year: 2019, level: 'tinh', province: 'lang-son', district: null });
    expect(new Set([lạngSơn, kiênGiang, nextYear]).size).toBe(3);
  });
});

describe('conventionalId', () => {
  it.each([
    [{ numberSymbol: '68/UBND-VHXH', year: 2019, level: 'tinh', province: 'kien-giang', district: null }, undefined, '2019/kien-giang-68-ubnd-vhxh'],
    [{ numberSymbol: '56/2012/NĐ-CP', year: 2012, level: 'trung-uong', province: null, district: null }, undefined, '2012/56-2012-nd-cp'],
    [{ numberSymbol: '146/UBND-LĐTBXH', year: 2019, level: 'huyen', province: 'bac-giang', district: 'Tân Yên' }, undefined, '2019/bac-giang-tan-yen-146-ubnd-ldtbxh'],
    [{ numberSymbol: null, year: 2018, level: 'tinh', province: 'kon-tum', district: null }, 'Thông báo kết luận bình đẳng giới 2017', '2018/kon-tum-thong-bao-ket-luan-binh-dang-gioi-2017'],
    [{ numberSymbol: null, year: null, level: 'tinh', province: 'kon-tum', district: null }, 'Thông báo kết luận bình đẳng giới', 'chua-ro-nam/kon-tum-thong-bao-ket-luan-binh-dang-gioi'],
    [{ numberSymbol: '15/KH-UBND', year: null, level: 'tinh', province: 'kon-tum', district: null }, undefined, 'chua-ro-nam/kon-tum-15-kh-ubnd'],
  ] as const)('%j', (input, name, expected) => {
    expect(conventionalId(input, name)).toBe(expected);
  });
});

describe('provinces', () => {
  it('lists the 63 provinces before 1 July 2025 and the 34 after', () => {
    expect(provinces).toHaveLength(63);
    expect(new Set(provinces.map((p) => p.slug)).size).toBe(63);
    expect(provincesSince2025.size).toBe(34);
  });

  it.each([
    ['kien-giang', 'An Giang'],
    ['kon-tum', 'Quảng Ngãi'],
    ['bac-giang', 'Bắc Ninh'],
    ['lang-son', undefined],
    ['thanh-hoa', undefined],
  ])('%s now belongs to %s', (slug, into) => {
    expect(mergerOf(findProvince(slug)!)?.name).toBe(into);
  });
});
