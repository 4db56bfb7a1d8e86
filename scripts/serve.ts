// npm run serve: serves dist/ on http://127.0.0.1:4321/ (PORT, HOST and BASE_PATH change that).
// A port in use or a bad setting is one line on stderr and exit 1, never a stack trace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listenProblem, serverSettings, startStaticServer } from './static-server.ts';

const settings = serverSettings(process.env);
if ('error' in settings) {
  console.error(settings.error);
  process.exit(1);
}
const root = process.env.ARCHIVE_OUT_DIR ?? 'dist';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/ holds no built site: run npm run build first, or npm start (build, then serve).`);
  process.exit(1);
}
try {
  const { url } = await startStaticServer({ root, ...settings });
  console.log(`Kho văn bản đang chạy tại ${url} (Ctrl+C để dừng)`);
} catch (error) {
  console.error(listenProblem(error as NodeJS.ErrnoException, settings.port, settings.host));
  process.exit(1);
}
