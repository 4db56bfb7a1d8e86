import { describe, expect, it } from 'vitest';
import { foundMessage, noneMessage, quoted, unmatchedMessage } from '../../../src/lib/search/messages.ts';

describe('search messages', () => {
  it.each([
    [() => foundMessage(3, 'bình đẳng giới'), 'Tìm thấy 3 văn bản cho “bình đẳng giới”.'],
    [() => noneMessage('xyz'), 'Không tìm thấy văn bản nào cho “xyz”.'],
    [() => noneMessage(''), 'Không có văn bản nào khớp với bộ lọc đã chọn.'],
    [() => unmatchedMessage(['xyz'], true), 'Không tìm thấy từ: “xyz” trong văn bản nào. Kết quả dưới đây là cho các từ còn lại.'],
    [() => unmatchedMessage(['xyz', 'abc'], false), 'Không tìm thấy các từ: “xyz”, “abc” trong văn bản nào.'],
    [() => quoted('"tảo hôn" lạng sơn'), '“tảo hôn” lạng sơn'],
  ])('%#', (message, expected) => {
    expect(message()).toBe(expected);
  });
});
