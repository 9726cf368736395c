/** Exit codes a CI can rely on (DESIGN.md §6). */
export const EXIT = {
  ok: 0,
  /** An objective or an error-level design rule failed. */
  failed: 1,
  /** Bad input: unreadable file, YAML or schema errors, bad options. */
  badInput: 2,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr?: string;
}
