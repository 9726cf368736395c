/**
 * Finding the design a launch asks to open: on Windows and Linux the OS passes the file on
 * the command line (first launch, and the second instance's argv); on macOS it arrives as
 * an `open-file` event.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

export function isDesignFileName(path: string): boolean {
  return /\.netstudio\.ya?ml$/i.test(path);
}

/** The last existing `*.netstudio.yaml` in `argv` (resolved against `cwd`), if any. */
export function designPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-') || !isDesignFileName(arg)) continue;
    const full = isAbsolute(arg) ? arg : resolve(cwd, arg);
    try {
      if (existsSync(full) && statSync(full).isFile()) return full;
    } catch {
      // Unreadable: ignore like a missing file.
    }
  }
  return undefined;
}
