import { describe, expect, it } from 'vitest';
import { toSourceLines } from '../../../src/lib/importer/source-lines.ts';
import { unwrap } from '../../../src/lib/importer/unwrap.ts';

const run = (text: string) => unwrap(toSourceLines(text));

describe('unwrap: paragraphs from hard-wrapped text', () => {
  it('joins wrapped lines and keeps list items, numbered headings and lettered points apart', () => {
    const text = [
      'Thực hiện Kế hoạch số 61- KH/TU ngày 13/4/2018 của Tỉnh ủy Lạng Sơn về thực hiện Chỉ thị số 21- CT/TW ngày',
      '20/01/2018 của Ban Bí thư Trung ương Đảng về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, Ủy ban',
      'nhân dân tỉnh xây dựng Kế hoạch với các nội dung cụ thể như sau:',
      'I. MỤC ĐÍCH',
      '1. Tiếp tục đẩy mạnh công tác',
      'thông tin, tuyên truyền nhằm nâng cao nhận thức, vai trò, trách nhiệm của các sở, ban, ngành trong chỉ đạo.',
      '- Tiếp tục quán triệt đầy đủ các quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra trong Nghị quyết số',
      '11-NQ/TW ngày 27/4/2007 của Bộ Chính trị;',
      'a) Ban vì sự tiến bộ của phụ nữ tỉnh',
      '3. Sở Kế hoạch và Đầu tư',
      'Chủ trì, phối hợp với các cơ quan có liên quan, tham mưu đề xuất với UBND tỉnh đưa các nội dung vào',
      'các chương trình phát triển kinh tế - xã hội trên địa bàn tỉnh.',
      'IV. KINH PHÍ',
      'THỰC HIỆN',
    ].join('\n');
    expect(run(text).markdown.split('\n\n')).toEqual([
      'Thực hiện Kế hoạch số 61- KH/TU ngày 13/4/2018 của Tỉnh ủy Lạng Sơn về thực hiện Chỉ thị số 21- CT/TW ngày 20/01/2018 của Ban Bí thư Trung ương Đảng về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, Ủy ban nhân dân tỉnh xây dựng Kế hoạch với các nội dung cụ thể như sau:',
      'I. MỤC ĐÍCH',
      '1. Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền nhằm nâng cao nhận thức, vai trò, trách nhiệm của các sở, ban, ngành trong chỉ đạo.',
      '- Tiếp tục quán triệt đầy đủ các quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra trong Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị;',
      'a) Ban vì sự tiến bộ của phụ nữ tỉnh',
      '3. Sở Kế hoạch và Đầu tư',
      'Chủ trì, phối hợp với các cơ quan có liên quan, tham mưu đề xuất với UBND tỉnh đưa các nội dung vào các chương trình phát triển kinh tế - xã hội trên địa bàn tỉnh.',
      'IV. KINH PHÍ THỰC HIỆN',
    ]);
  });

  it('ends a paragraph at a short line inside it; a short first line may go on (seed 001, lines 280–300)', () => {
    const text = [
      '7. Sở Y tế',
      'Lồng ghép BĐG trong xây dựng và',
      'tổ chức thực hiện các chương trình, kế hoạch hoạt động của ngành, triển khai thực',
      'hiện các biện pháp giảm thiểu tình trạng mất cân bằng giới tính khi sinh.',
      '8. Sở Văn hóa, Thể thao và',
      'Du lịch',
      'Tuyên truyền, vận động gia đình',
      'và cộng đồng xây dựng mối quan hệ hôn nhân, gia đình bình đẳng, tiến bộ, hạnh',
      'phúc gắn với thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
      'xây dựng và triển khai các hoạt động can thiệp phòng, chống bạo lực gia đình,',
      'trong đó chú trọng đến bạo lực trên cơ sở giới.',
      '- Định kỳ hằng năm, lãnh đạo',
      'UBND các cấp chủ trì làm việc với Hội Liên hiệp Phụ nữ cùng cấp và tổ chức đối',
      'thoại trực tiếp với phụ nữ để giải quyết kịp thời những khó khăn, vướng mắc.',
    ].join('\n');
    expect(run(text).markdown.split('\n\n')).toEqual([
      '7. Sở Y tế',
      'Lồng ghép BĐG trong xây dựng và tổ chức thực hiện các chương trình, kế hoạch hoạt động của ngành, triển khai thực hiện các biện pháp giảm thiểu tình trạng mất cân bằng giới tính khi sinh.',
      '8. Sở Văn hóa, Thể thao và Du lịch',
      'Tuyên truyền, vận động gia đình và cộng đồng xây dựng mối quan hệ hôn nhân, gia đình bình đẳng, tiến bộ, hạnh phúc gắn với thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” xây dựng và triển khai các hoạt động can thiệp phòng, chống bạo lực gia đình, trong đó chú trọng đến bạo lực trên cơ sở giới.',
      '- Định kỳ hằng năm, lãnh đạo UBND các cấp chủ trì làm việc với Hội Liên hiệp Phụ nữ cùng cấp và tổ chức đối thoại trực tiếp với phụ nữ để giải quyết kịp thời những khó khăn, vướng mắc.',
    ]);
  });

  it('joins a name cut before its hyphen, which otherwise looks like a list item', () => {
    const text = 'các sở, ban, ngành đề xuất, gửi về Sở Lao động\n- Thương binh và Xã hội để tổng hợp./.\n- Như trên;';
    expect(run(text).markdown).toBe('các sở, ban, ngành đề xuất, gửi về Sở Lao động - Thương binh và Xã hội để tổng hợp./.\n\n- Như trên;');
  });

  it('rejoins a sentence split by a page break, and a symbol cut at its hyphen', () => {
    const text = 'phát triển đội ngũ báo cáo viên về bình đẳng giới và Vì\n\nsự tiến bộ của phụ nữ.\n\ntheo Kế hoạch số 08/KH-\n\n\n\nUBND ngày 13/01/2017.\n\nTổ chức thực hiện.';
    const result = run(text);
    expect(result.markdown).toBe('phát triển đội ngũ báo cáo viên về bình đẳng giới và Vì sự tiến bộ của phụ nữ.\n\ntheo Kế hoạch số 08/KH-UBND ngày 13/01/2017.\n\nTổ chức thực hiện.');
    expect(result.joined).toBe(2);
  });

  it('keeps Markdown: bold, headings, hard breaks and table rows', () => {
    const text = '## **2. Tiếp tục thực hiện:**\n\n**Hoàn thành trước ngày 10/02/2018.**\n\ndòng một  \ndòng hai\n\n| A | B |\n|---|---|\n| 1 | 2 |';
    expect(run(text).markdown).toBe('## **2. Tiếp tục thực hiện:**\n\n**Hoàn thành trước ngày 10/02/2018.**\n\ndòng một  \ndòng hai\n\n| A | B |\n|---|---|\n| 1 | 2 |');
  });
});
