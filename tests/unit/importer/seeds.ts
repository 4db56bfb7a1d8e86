import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The five raw seeds (copied from the shared seeds so the tests depend on nothing outside the repo) and their committed documents. */
export const seedDirectory = join(import.meta.dirname, '../../fixtures/import/seeds');

export const seeds = [
  { file: '000_fba281767e79f56d.txt', id: '2019/kien-giang-68-ubnd-vhxh' },
  { file: '001_9289062c3f365e97.txt', id: '2018/lang-son-96-kh-ubnd' },
  { file: '002_dcadee23f926a999.txt', id: '2018/kon-tum-thong-bao-ket-luan-binh-dang-gioi-2017' },
  { file: '003_aaf54b9f7f739520.txt', id: '2019/bac-giang-tan-yen-146-ubnd-ldtbxh' },
  { file: '004_946cc501dae8df0f.txt', id: '2015/thanh-hoa-2458-bvstbcpn-vx' },
] as const;

export function seedBytes(file: string): Uint8Array {
  return readFileSync(join(seedDirectory, file));
}
