// Window hardening, external links, permissions and the app:// protocol with its CSP.
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, createAppProtocolHandler } from '../src/main/app-protocol.ts';
import { enforceContentSecurityPolicy, hardenContents, isAppUrl, restrictPermissions, type HardenableContents } from '../src/main/security.ts';
import { isTrustedExternalUrl } from '../src/main/trusted-url.ts';

describe('trusted-url: exact protocol and host', () => {
  it('accepts https links to allowlisted hosts', () => {
    expect(isTrustedExternalUrl('https://github.com/netstudio/netstudio/issues')).toBe(true);
    expect(isTrustedExternalUrl('https://docs.aws.amazon.com/vpc/latest/tgw/what-is-transit-gateway.html')).toBe(true);
  });
  it.each([
    'http://github.com/',
    'https://github.com.evil.io/',
    'https://evil.io/github.com',
    'https://github.com@evil.io/',
    'https://user:pw@github.com/',
    'https://github.com:8443/',
    'https://api.github.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'smb://github.com/share',
    'ms-settings:',
    ' https://github.com/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedExternalUrl(url)).toBe(false);
  });
  it('refuses non-strings and oversized URLs', () => {
    expect(isTrustedExternalUrl(undefined)).toBe(false);
    expect(isTrustedExternalUrl({ href: 'https://github.com/' })).toBe(false);
    expect(isTrustedExternalUrl('https://github.com/' + 'a'.repeat(3000))).toBe(false);
  });
  it('knows the app origin exactly', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://netstudio/assets/index.js')).toBe(true);
    expect(isAppUrl('app://netstudio.evil/')).toBe(false);
    expect(isAppUrl('app://x@netstudio/')).toBe(false);
    expect(isAppUrl('https://netstudio/')).toBe(false);
  });
});

function fakeContents() {
  const handlers: Record<string, (event: { preventDefault(): void }, url: string) => void> = {};
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableContents = {
    on: ((event: string, listener: (event: { preventDefault(): void }, url: string) => void) => {
      handlers[event] = listener;
    }) as HardenableContents['on'],
    setWindowOpenHandler: (h) => {
      openHandler = h;
    },
  };
  const fire = (event: string, url = '') => {
    let prevented = false;
    handlers[event]!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenContents', () => {
  it('blocks navigation away from the app and allows the app itself', () => {
    const { contents, fire } = fakeContents();
    hardenContents(contents, () => undefined);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(fire('will-navigate', 'https://github.com/')).toBe(true);
    expect(fire('will-navigate', 'app://netstudio/index.html')).toBe(false);
  });
  it('blocks webviews', () => {
    const { contents, fire } = fakeContents();
    hardenContents(contents, () => undefined);
    expect(fire('will-attach-webview')).toBe(true);
  });
  it('never opens a window; trusted links go to the OS browser, others nowhere', async () => {
    const { contents, open } = fakeContents();
    const opened: string[] = [];
    hardenContents(contents, (url) => void opened.push(url));
    for (const url of ['https://github.com/x', 'https://github.com.evil.io/', 'javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', 'app://netstudio/']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    expect(opened).toEqual(['https://github.com/x']);
  });
});

describe('restrictPermissions', () => {
  it('refuses camera, microphone, geolocation, notifications and devices; allows clipboard writes from the app only', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void, d: { requestingUrl?: string }) => void) | undefined;
    let check: ((wc: unknown, p: string, origin: string) => boolean) | undefined;
    let device: ((d: unknown) => boolean) | undefined;
    restrictPermissions({
      setPermissionRequestHandler: (h) => void (request = h ?? undefined),
      setPermissionCheckHandler: (h) => void (check = h ?? undefined),
      setDevicePermissionHandler: (h) => void (device = h ?? undefined),
    });
    const ask = (p: string, url = 'app://netstudio/index.html') => {
      let granted: boolean | undefined;
      request!(null, p, (g) => (granted = g), { requestingUrl: url });
      return granted;
    };
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'fullscreen', 'display-capture', 'hid', 'serial', 'usb']) {
      expect(ask(p)).toBe(false);
      expect(check!(null, p, 'app://netstudio')).toBe(false);
    }
    expect(ask('clipboard-sanitized-write')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check!(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(device!({})).toBe(false);
  });
});

describe('enforceContentSecurityPolicy', () => {
  it('puts the app CSP on every response, replacing a looser one', () => {
    let listener: Parameters<NonNullable<Parameters<typeof enforceContentSecurityPolicy>[0]['webRequest']>['onHeadersReceived']>[0] | undefined;
    enforceContentSecurityPolicy({
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      webRequest: { onHeadersReceived: (l) => void (listener = l) },
    });
    let out: Record<string, string[]> | undefined;
    listener!({ responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, (r) => (out = r.responseHeaders));
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('app:// protocol handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'netstudio-proto-'));
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>NetStudio</title>');
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'top secret');
  symlinkSync(join(root, 'secret.txt'), join(root, 'renderer', 'assets', 'link.txt'));
  const handle = createAppProtocolHandler(join(root, 'renderer'));
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves the renderer with the CSP and the right MIME type', async () => {
    const index = await get('app://netstudio/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('NetStudio');
    const js = await get('app://netstudio/assets/app.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });
  it('the CSP allows only the app itself to run scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });
  it.each([
    'app://netstudio/../secret.txt',
    'app://netstudio/%2e%2e/secret.txt',
    'app://netstudio/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://netstudio/assets/..%5c..%5csecret.txt',
    'app://netstudio/assets/link.txt',
    'app://netstudio/%00index.html',
    'app://other/index.html',
    'app://netstudio/missing.js',
  ])('does not leak %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('top secret');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://netstudio/index.html', 'POST')).status).toBe(405);
    expect((await get('app://netstudio/index.html', 'HEAD')).status).toBe(200);
  });
});
