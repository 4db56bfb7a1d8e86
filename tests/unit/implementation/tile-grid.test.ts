import { describe, expect, it } from 'vitest';
import { provincesOfEra } from '../../../src/lib/implementation/eras.ts';
import { tileLabels } from '../../../src/lib/implementation/labels.ts';
import { tileGrid } from '../../../src/lib/implementation/tile-grid.ts';

describe.each(['truoc-2025', 'tu-2025'] as const)('tile grid %s', (era) => {
  const grid = tileGrid(era);
  const at = (slug: string) => grid.tiles.find((t) => t.slug === slug)!;

  it('has one square per province, no two in one cell', () => {
    expect(grid.tiles.map((t) => t.slug).sort()).toEqual(provincesOfEra(era).map((p) => p.slug).sort());
    expect(new Set(grid.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(grid.tiles.length);
  });

  it('places provinces roughly where they lie', () => {
    expect(at('cao-bang').row).toBeLessThan(at('ha-noi').row);
    expect(at('ha-noi').row).toBeLessThan(at('nghe-an').row);
    expect(at('nghe-an').row).toBeLessThan(at('da-nang').row);
    expect(at('da-nang').row).toBeLessThan(at('ho-chi-minh').row);
    expect(at('ho-chi-minh').row).toBeLessThan(at('ca-mau').row);
    expect(at('dien-bien').col).toBeLessThan(at('ha-noi').col);
    expect(at('ha-noi').col).toBeLessThan(at('quang-ninh').col);
    expect(at('ca-mau').col).toBeLessThan(at('khanh-hoa').col);
  });
});

describe('tileLabels', () => {
  it('gives every province of each era a distinct short label', () => {
    for (const era of ['truoc-2025', 'tu-2025'] as const) {
      const labels = tileLabels(provincesOfEra(era).map((p) => p.name));
      expect(new Set(labels.values()).size).toBe(labels.size);
      expect([...labels.values()].every((l) => l.length <= 4)).toBe(true);
    }
    const old = tileLabels(provincesOfEra('truoc-2025').map((p) => p.name));
    expect([old.get('Lạng Sơn'), old.get('Hồ Chí Minh'), old.get('Quảng Nam'), old.get('Quảng Ninh')]).toEqual(['LS', 'HCM', 'QNa', 'QNi']);
  });
});
