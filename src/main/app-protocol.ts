/**
 * The app is served from `app://netstudio/`, a privileged standard scheme, instead of
 * `file://`: the page gets a real origin (so the CSP's `'self'` means "our bundle" and not
 * "the whole disk"), and main can check that an IPC sender is exactly this origin.
 */
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'netstudio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The renderer's Content-Security-Policy: only our own scripts; inline styles for React Flow. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; " +
  "font-src 'self' data:; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Options for `protocol.registerSchemesAsPrivileged` (must run before `app` is ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // corsEnabled: Vite emits `<script type="module" crossorigin>`, a CORS-mode request, which
  // Chromium allows only on schemes registered for CORS (same-origin requests still pass
  // without any Access-Control header; nothing else may read our responses).
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, corsEnabled: true },
} as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * A `protocol.handle` handler serving files from `rootDir` (the built renderer). Only GET of
 * `app://netstudio/…`; the resolved real path must stay inside `rootDir` (no `..`, no
 * encoded traversal, no symlink escape). Every response carries the CSP.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const rootReal = realpath(rootDir).catch(() => normalize(rootDir));
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'bad url');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400, 'bad path');
    }
    if (pathname.includes('\0') || pathname.includes('\\')) return refuse(400, 'bad path');
    if (pathname === '/' || pathname === '') pathname = '/index.html';
    const root = await rootReal;
    const candidate = normalize(join(root, pathname));
    if (candidate !== root && !candidate.startsWith(root + sep)) return refuse(403, 'forbidden');
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      return refuse(404, 'not found');
    }
    if (!real.startsWith(root + sep)) return refuse(403, 'forbidden');
    let body: Buffer;
    try {
      body = await readFile(real);
    } catch {
      return refuse(404, 'not found');
    }
    const type = MIME[extname(real).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': type },
    });
  };
}
