import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../temp-dirs.ts';

/**
 * `npm start` and `npm run serve` on a port already in use (a second `npm start`, another server):
 * one line saying which port and what to do, exit 1, no stack trace, and `npm start` says so before
 * spending a build on it. Regression: the second `npm start` built the whole site, then died with
 * Node's raw EADDRINUSE stack trace.
 */
const node = process.execPath;
let blocker: Server;
let port: number;
// A built site for `npm run serve` (it refuses to serve a folder without one), wherever dist/ is.
const site = makeTempDir('taken-port-');
writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');

beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  port = (blocker.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

const run = (script: string, env: NodeJS.ProcessEnv) =>
  spawnSync(node, [script], { encoding: 'utf8', env: { ...process.env, ARCHIVE_OUT_DIR: site, ...env }, timeout: 60_000 });

describe('a taken port', () => {
  it.each([['scripts/serve.ts'], ['scripts/start.ts']])('%s: one line naming the port and the fix, exit 1', (script) => {
    const started = Date.now();
    const result = run(script, { PORT: String(port), HOST: '127.0.0.1' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      `Port ${port} on 127.0.0.1 is already in use (another npm start or npm run serve?). Stop that server (Ctrl+C in its terminal), or choose another port: PORT=${port + 1} npm start`,
    ]);
    expect(result.stdout).not.toMatch(/Corpus valid|astro|build/i);
    // The port is checked before the build, which takes far longer than this.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['abc', 'PORT must be a whole number from 0 to 65535; got "abc"'],
    ['70000', 'PORT must be a whole number from 0 to 65535; got "70000"'],
  ])('PORT=%s is refused in one line', (value, message) => {
    const result = run('scripts/serve.ts', { PORT: value });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(message);
  });

  it('npm run serve without a built site says to build first', () => {
    const result = run('scripts/serve.ts', { PORT: '0', ARCHIVE_OUT_DIR: makeTempDir('no-site-') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^\S+\/ holds no built site: run npm run build first, or npm start \(build, then serve\)\.$/);
  });
});
