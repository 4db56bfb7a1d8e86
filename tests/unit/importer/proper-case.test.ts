import { describe, expect, it } from 'vitest';
import { properCase, type CaseMode } from '../../../src/lib/importer/proper-case.ts';

describe('properCase: upper-case header lines to normal case', () => {
  it.each<[string, CaseMode, string]>([
    ['ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG', 'name', 'Ủy ban nhân dân tỉnh Kiên Giang'],
    ['UỶ BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'name', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN', 'name', 'Ủy ban nhân dân huyện Tân Yên'],
    ['ỦY BAN NHÂN DÂN XÃ NGỌC CHÂU', 'name', 'Ủy ban nhân dân xã Ngọc Châu'],
    ['UBND TỈNH BÀ RỊA - VŨNG TÀU', 'name', 'UBND tỉnh Bà Rịa - Vũng Tàu'],
    ['TỈNH ỦY LẠNG SƠN', 'name', 'Tỉnh ủy Lạng Sơn'],
    ['HUYỆN ỦY TÂN YÊN', 'name', 'Huyện ủy Tân Yên'],
    ['ĐẢNG BỘ TỈNH BẮC GIANG', 'name', 'Đảng bộ tỉnh Bắc Giang'],
    ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'name', 'Ban Chấp hành Trung ương'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'name', 'Sở Lao động - Thương binh và Xã hội'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LẠNG SƠN', 'name', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn'],
    ['BỘ NỘI VỤ', 'name', 'Bộ Nội vụ'],
    ['THỦ TƯỚNG CHÍNH PHỦ', 'name', 'Thủ tướng Chính phủ'],
    // A long known name is recognised despite an OCR slip ("TIỂN" for "TIẾN"), in names only.
    ['BAN VÌ SỰ TIỂN BỘ CỦA PHỤ NỮ', 'name', 'Ban Vì sự tiến bộ của phụ nữ'],
    ['HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM', 'name', 'Hội Liên hiệp Phụ nữ tỉnh Kon Tum'],
    [
      'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 21-CT/TW, NGÀY 20/01/2018 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG VỀ TIẾP TỤC ĐẨY MẠNH CÔNG TÁC PHỤ NỮ TRONG TÌNH HÌNH MỚI',
      'title',
      'Triển khai thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2018 của Ban Bí thư Trung ương Đảng về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới',
    ],
    ['THỰC HIỆN LUẬT BÌNH ĐẲNG GIỚI TRÊN ĐỊA BÀN TỈNH KON TUM GIAI ĐOẠN 2016 - 2020', 'title', 'Thực hiện Luật Bình đẳng giới trên địa bàn tỉnh Kon Tum giai đoạn 2016 - 2020'],
    ['TUYÊN TRUYỀN PHÁP LUẬT VỀ BÌNH ĐẲNG GIỚI TẠI HUYỆN TÂN YÊN', 'title', 'Tuyên truyền pháp luật về bình đẳng giới tại huyện Tân Yên'],
    ['ĐẠI HỘI ĐẢNG BỘ CÁC CẤP VÀ BẦU CỬ QUỐC HỘI KHÓA XIV', 'title', 'Đại hội Đảng bộ các cấp và bầu cử Quốc hội khóa XIV'],
    ['PHÓ CHỦ TỊCH', 'office', 'Phó Chủ tịch'],
    ['CHÁNH VĂN PHÒNG', 'office', 'Chánh Văn phòng'],
    ['PHÓ CHÁNH VĂN PHÒNG', 'office', 'Phó Chánh Văn phòng'],
    ['PHÓ VĂN PHÒNG', 'office', 'Phó Văn phòng'],
    ['TRƯỞNG BAN', 'office', 'Trưởng ban'],
    ['PHÓ TRƯỞNG BAN', 'office', 'Phó Trưởng ban'],
    ['PHÓ GIÁM ĐỐC', 'office', 'Phó Giám đốc'],
    ['PHÓ BÍ THƯ', 'office', 'Phó Bí thư'],
    ['CHÁNH THANH TRA', 'office', 'Chánh Thanh tra'],
    ['PHÓ CHỦ TỊCH UBND TỈNH', 'office', 'Phó Chủ tịch UBND tỉnh'],
    ['ỦY BAN NHÂN DÂN', 'office', 'Ủy ban nhân dân'],
    ['BAN THƯỜNG VỤ', 'office', 'Ban Thường vụ'],
  ])('%s (%s) → %s', (upper, mode, expected) => {
    expect(properCase(upper, mode)).toBe(expected);
  });

  it('keeps an OCR slip in an abstract: titles are never "corrected"', () => {
    expect(properCase('HOẠT ĐỘNG VÌ SỰ TIỂN BỘ CỦA PHỤ NỮ', 'title')).toBe('Hoạt động vì sự tiển bộ của phụ nữ');
  });
});
