/**
 * Which URLs may leave the app. Parsed with WHATWG `URL` and compared exactly — protocol
 * and host, never `startsWith` or a regex over the raw string (so `https://github.com.evil.io`,
 * `https://github.com@evil.io` and `javascript:` all fail). Idea from Actual Budget's
 * trusted-url.ts.
 */

/** Hosts the app links to (documentation, source, provider region pages). */
export const TRUSTED_EXTERNAL_HOSTS: readonly string[] = [
  'github.com',
  'docs.aws.amazon.com',
  'aws.amazon.com',
  'learn.microsoft.com',
  'azure.microsoft.com',
  'cloud.google.com',
  'registry.terraform.io',
  'docs.ansible.com',
];

function hasSpaceOrControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f || /\s/.test(s[i]!)) return true;
  }
  return false;
}

export function parseUrl(raw: unknown): URL | undefined {
  // The URL parser silently strips whitespace and control characters; a link that needs
  // that is not one the app wrote.
  if (typeof raw !== 'string' || raw.length > 2048 || hasSpaceOrControl(raw)) return undefined;
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/** True only for `https:` URLs whose host is exactly one of `hosts`, with no user info or port. */
export function isTrustedExternalUrl(raw: unknown, hosts: readonly string[] = TRUSTED_EXTERNAL_HOSTS): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    hosts.includes(url.hostname)
  );
}
