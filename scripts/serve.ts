// npm run serve: serves dist/ on http://127.0.0.1:4321/ (PORT and BASE_PATH change that).
import { startStaticServer } from './static-server.ts';

const { url } = await startStaticServer({
  root: 'dist',
  port: Number(process.env.PORT ?? 4321),
  host: process.env.HOST ?? '127.0.0.1',
  base: process.env.BASE_PATH ?? '/',
});
console.log(`Kho văn bản đang chạy tại ${url} (Ctrl+C để dừng)`);
