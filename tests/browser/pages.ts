/**
 * One URL per page template, with the seed corpus. Every browser check that must cover "every
 * template" iterates over this list.
 */
export const templatePages = [
  ['trang chủ', '/'],
  ['tất cả văn bản', '/van-ban/'],
  ['văn bản có toàn văn', '/van-ban/2018/lang-son-96-kh-ubnd/'],
  ['văn bản OCR', '/van-ban/2015/thanh-hoa-2458-bvstbcpn-vx/'],
  ['văn bản chỉ biết qua trích dẫn', '/van-ban/2012/56-2012-nd-cp/'],
  ['danh sách tỉnh', '/tinh/'],
  ['trang tỉnh có huyện', '/tinh/bac-giang/'],
  ['danh sách năm', '/nam/'],
  ['trang năm', '/nam/2018/'],
  ['danh sách loại', '/loai/'],
  ['trang loại', '/loai/ke-hoach/'],
  ['giới thiệu (MDX)', '/gioi-thieu/'],
  ['hướng dẫn sử dụng (MDX)', '/huong-dan-su-dung/'],
  ['trang 404', '/khong-co-trang-nay/'],
] as const;
