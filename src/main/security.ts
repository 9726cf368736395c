/**
 * Window hardening, kept apart from Electron so Node tests can drive it with fakes.
 * Each handler answers one item of Electron's security checklist (docs/security.md).
 */
import { APP_HOST, APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './app-protocol.ts';
import { isTrustedExternalUrl, parseUrl } from './trusted-url.ts';

/**
 * True when `raw` is a page of the app itself: exactly `app://netstudio`, no user, no port.
 * (Compared field by field: WHATWG `URL.origin` is "null" for schemes it does not know.)
 */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  return (
    url !== undefined &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/** The subset of `WebContents` the hardening needs. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void; url?: string }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The subset of `Session` the hardening needs. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((wc: unknown, permission: string, requestingOrigin: string) => boolean) | null): void;
  setDevicePermissionHandler?(handler: ((details: unknown) => boolean) | null): void;
  webRequest?: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
  setDisplayMediaRequestHandler?(handler: ((request: unknown, callback: (streams: Record<string, never>) => void) => void) | null): void;
}

/** The only permission the app uses: writing sanitised text to the clipboard (Copy). */
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export interface HardeningLog {
  (message: string): void;
}

/**
 * Denies navigation away from the app, new windows and webviews. A link the user clicks that
 * would open a window goes to the OS browser only when `isTrustedExternalUrl` accepts it.
 */
export function hardenContents(
  contents: HardenableContents,
  openExternal: (url: string) => Promise<void> | void,
  log: HardeningLog = () => {},
): void {
  const blockNavigation = (event: { preventDefault(): void }, url: string) => {
    // Reloads of our own page are fine; everything else (file://, http:, data:, …) is not.
    if (isAppUrl(url)) return;
    event.preventDefault();
    log(`blocked navigation to ${String(url).slice(0, 200)}`);
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isTrustedExternalUrl(url)) {
      // Hand the OS the parsed, re-serialised URL, not the raw string the page gave.
      void Promise.resolve(openExternal(new URL(url).href)).catch(() => log(`could not open ${url}`));
    } else {
      log(`blocked window for ${String(url).slice(0, 200)}`);
    }
    return { action: 'deny' };
  });
}

/**
 * The app needs no camera, microphone, location, notifications, USB, HID or screen capture:
 * every permission is refused except clipboard writes requested by the app's own page.
 */
export function restrictPermissions(session: HardenableSession): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(ALLOWED_PERMISSIONS.includes(permission) && isAppUrl(details?.requestingUrl)),
  );
  session.setPermissionCheckHandler(
    (_wc, permission, requestingOrigin) => ALLOWED_PERMISSIONS.includes(permission) && requestingOrigin === APP_ORIGIN,
  );
  session.setDevicePermissionHandler?.(() => false);
  session.setDisplayMediaRequestHandler?.((_request, callback) => callback({}));
}

/**
 * Adds the app's Content-Security-Policy to every HTTP(S) response the session receives, on
 * top of the header the app:// handler sets, so nothing the page could ever load runs
 * without it. A policy the response already carries is replaced, never loosened.
 */
export function enforceContentSecurityPolicy(session: HardenableSession): void {
  session.webRequest?.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}
