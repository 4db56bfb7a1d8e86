import { describe, expect, it } from 'vitest';
import { memoByKey } from '../../../src/site/corpus-memo.ts';

describe('memoByKey', () => {
  it('derives once for many concurrent callers (regression: every page of a build derived the validity map again)', async () => {
    let derivations = 0;
    const list = ['a', 'b'];
    const value = memoByKey(
      async () => list,
      async (key) => {
        derivations++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return key.length;
      },
    );
    const results = await Promise.all(Array.from({ length: 200 }, () => value()));
    expect(results).toEqual(Array(200).fill(2));
    expect(derivations).toBe(1);
  });

  it('derives again when the key changes (an edited corpus under the dev server), and not otherwise', async () => {
    let key = ['a'];
    let derivations = 0;
    const value = memoByKey(async () => key, (k) => (derivations++, k.join(',')));
    expect(await value()).toBe('a');
    expect(await value()).toBe('a');
    key = ['a', 'b'];
    expect(await value()).toBe('a,b');
    expect(derivations).toBe(2);
  });

  it('passes a failure to every waiting caller', async () => {
    const value = memoByKey(async () => 1, async () => {
      throw new Error('broken corpus');
    });
    const outcomes = await Promise.allSettled([value(), value()]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });
});
