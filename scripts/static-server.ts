import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Pagefind's index files (.pf_meta, .pf_index, .pf_filter, .pf_fragment) and its WebAssembly are
 * gzip streams already. Sent as such with `Content-Encoding: gzip`, the browser inflates them
 * natively and Pagefind, which finds its signature at the start, skips its own JavaScript inflate
 * (pagefind.js `decompress`): the same bytes over the wire, less work on the page's thread. Hosts
 * need the same rule (README "Deploying").
 */
export function pagefindContentEncoding(pathname: string): 'gzip' | null {
  return /\/pagefind\/.*(?:\.pf_(?:meta|index|filter|fragment)|\/wasm\.[\w-]+\.pagefind)$/.test(pathname) ? 'gzip' : null;
}

function setPagefindHeaders(res: ServerResponse, pathname: string): void {
  if (pagefindContentEncoding(pathname)) {
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Type', 'application/octet-stream');
  }
}

/**
 * Serves a built site the way a plain static host does (directory index.html, the site's 404.html
 * for anything else), under an optional base path. Used by `npm start` and by the browser tests.
 */
export function startStaticServer(options: { root: string; port: number; host?: string; base?: string }): Promise<{ server: Server; url: string }> {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  // Precompressed .br/.gz twins (scripts/precompress.ts) are sent when the browser accepts them.
  const serve = sirv(options.root, { dev: false, etag: true, extensions: ['html'], brotli: true, gzip: true, setHeaders: setPagefindHeaders });
  let notFound = '';
  try {
    notFound = readFileSync(join(options.root, '404.html'), 'utf8');
  } catch {
    notFound = '<!doctype html><title>404</title><p>Không tìm thấy trang.</p>';
  }
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const fail = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    if (!url.startsWith(base)) return fail();
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, fail);
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ server, url: `http://${host}:${port}${base}` });
    });
  });
}

/** Where `npm start` and `npm run serve` listen: PORT (default 4321), HOST (default 127.0.0.1), BASE_PATH. */
export function serverSettings(env: NodeJS.ProcessEnv): { port: number; host: string; base: string } | { error: string } {
  const raw = env.PORT ?? '4321';
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port > 65535) return { error: `PORT must be a whole number from 0 to 65535; got ${JSON.stringify(raw)}` };
  return { port, host: env.HOST || '127.0.0.1', base: env.BASE_PATH ?? '/' };
}

/** One line for a server that could not listen, naming the port and the fix; the error's own message otherwise. */
export function listenProblem(error: NodeJS.ErrnoException, port: number, host: string): string {
  if (error.code === 'EADDRINUSE') {
    return `Port ${port} on ${host} is already in use (another npm start or npm run serve?). Stop that server (Ctrl+C in its terminal), or choose another port: PORT=${port + 1} npm start`;
  }
  if (error.code === 'EACCES') return `Port ${port} needs administrator rights on this system; choose a port above 1023: PORT=4321 npm start`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `HOST=${host} is not an address of this machine; use 127.0.0.1 (this machine only) or 0.0.0.0 (every network interface)`;
  return `Cannot serve on ${host}:${port}: ${error.message}`;
}

/** Whether the server could listen there, checked by listening and closing at once: null when it can. */
export function checkListen(port: number, host: string): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(listenProblem(error, port, host)));
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}
