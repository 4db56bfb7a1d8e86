import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pages 2 and after of the paginated lists (src/components/PagedDocumentList.astro) exist only when a
 * list holds more than 100 documents: not with the seed corpus, whose lists fit on one page, but in a
 * build of a synthetic corpus (npm run corpus:synth, ARCHIVE_CONTENT_DIR). They are listed whenever
 * the site under test has them; page 1 of the same template is listed below in every build, and
 * tests/unit/archive-pagination.test.ts renders the pager of pages 2 and after.
 */
const laterListPages = (
  [
    ['tất cả văn bản, trang 2', '/van-ban/trang/2/', 200],
    ['trang loại, trang 2', '/loai/cong-van/trang/2/', 200],
  ] as const
).filter(([, path]) => existsSync(join(process.env.ARCHIVE_OUT_DIR ?? 'dist', path, 'index.html')));

/**
 * One URL per page template, with the seed corpus. Every browser check that must cover "every
 * template" iterates over this list.
 */
export const templatePages = [
  ['trang chủ', '/', 200],
  ['tất cả văn bản', '/van-ban/', 200],
  ['văn bản có toàn văn', '/van-ban/2018/lang-son-96-kh-ubnd/', 200],
  ['văn bản OCR', '/van-ban/2015/thanh-hoa-2458-bvstbcpn-vx/', 200],
  ['văn bản chỉ biết qua trích dẫn', '/van-ban/2012/56-2012-nd-cp/', 200],
  ['theo dõi thực hiện', '/thuc-hien/', 200],
  ['trang theo dõi một văn bản', '/thuc-hien/2018/21-ct-tw/', 200],
  ['danh sách tỉnh', '/tinh/', 200],
  ['trang tỉnh có huyện', '/tinh/bac-giang/', 200],
  ['danh sách năm', '/nam/', 200],
  ['trang năm', '/nam/2018/', 200],
  ['danh sách loại', '/loai/', 200],
  ['trang loại', '/loai/ke-hoach/', 200],
  ...laterListPages,
  ['giới thiệu (MDX)', '/gioi-thieu/', 200],
  ['hướng dẫn sử dụng (MDX)', '/huong-dan-su-dung/', 200],
  ['dữ liệu mở', '/du-lieu/', 200],
  ['tìm kiếm có từ khóa', '/tim-kiem/?q=b%C3%ACnh+%C4%91%E1%BA%B3ng+gi%E1%BB%9Bi', 200],
  ['tìm kiếm không có kết quả', '/tim-kiem/?q=xyzqw', 200],
  ['văn bản mở từ kết quả tìm kiếm', '/van-ban/2018/lang-son-96-kh-ubnd/?highlight=t%E1%BA%A3o+h%C3%B4n', 200],
  ['trang 404', '/khong-co-trang-nay/', 404],
] as const;
