import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../unit/temp-dirs.ts';
import { sharedBrowser } from './browser.ts';

/**
 * `npm run dev` (astro dev) has no search index. Regression: its search page said "Không tải được bộ
 * tìm kiếm. Hãy tải lại trang", which cannot help; it must say that search needs a build.
 */
const shared = sharedBrowser();
let dev: ChildProcess;
let origin: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  // Its own cache folder: the dev server must not touch the build's incremental cache.
  const cacheDir = makeTempDir('astro-dev-');
  // As a person runs it: without the test runner's NODE_ENV=test and Vitest's variables.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ARCHIVE_CACHE_DIR: cacheDir, BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start in 45 s:\n${output}`)), 45_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // Astro colours its banner when the environment asks for colour (FORCE_COLOR in CI), which
      // puts escape codes between "Local" and the address: read the text without them.
      if (/Local\s+http/.test(stripVTControlCharacters(output))) {
        clearTimeout(timer);
        resolve();
      }
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
    dev.once('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  origin = `http://127.0.0.1:${port}`;
}, 60_000);

afterAll(() => {
  dev?.kill();
});

describe('search page under npm run dev', () => {
  it('says that search needs npm run build or npm start', async () => {
    const page = await shared.context.newPage();
    await page.goto(`${origin}/tim-kiem/?q=binh+dang+gioi`);
    await page.waitForSelector('[data-search-form][data-search-state="error"]', { state: 'attached', timeout: 45_000 });
    const status = (await page.textContent('[data-search-status]')) ?? '';
    expect(status).toBe(
      'Chế độ phát triển (npm run dev) không có bộ chỉ mục tìm kiếm: chỉ mục được tạo khi xây dựng trang. Hãy chạy npm run build rồi npm run serve, hoặc npm start, rồi mở lại trang này.',
    );
    await page.close();
  });
});
