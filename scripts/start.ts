// npm start: checks that the server can listen (PORT, HOST), builds the site (npm run build), then
// serves it (npm run serve). The port is checked first so that a taken port costs a second, not a build.
import { spawnSync } from 'node:child_process';
import { checkListen, serverSettings } from './static-server.ts';

const settings = serverSettings(process.env);
const problem = 'error' in settings ? settings.error : await checkListen(settings.port, settings.host);
if (problem) {
  console.error(problem);
  process.exit(1);
}
for (const script of ['scripts/build.ts', 'scripts/serve.ts']) {
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
