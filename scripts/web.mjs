#!/usr/bin/env node
// `npm run web`: builds the renderer as a plain web page (src/renderer/vite.config.mts) and
// serves it on 127.0.0.1:$PORT (default 5173). `--no-build` serves the last build;
// `--build-only` builds and exits. The server sends the app's CSP with every page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(repo, 'out', 'web');
const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 5173);
const host = '127.0.0.1';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; font-src 'self' data:; img-src 'self' data: blob:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.yaml': 'application/yaml',
};

async function build() {
  const { build: viteBuild } = await import('vite');
  const started = Date.now();
  await viteBuild({ configFile: join(repo, 'src', 'renderer', 'vite.config.mts'), logLevel: 'warn' });
  console.error(`web: built the renderer into ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function serve() {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${host}`);
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(outDir, path));
      if (!file.startsWith(outDir + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
  server.listen(port, host, () => console.log(`NetStudio web studio: http://${host}:${port}/`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (!args.has('--no-build')) await build();
if (!args.has('--build-only')) serve();
