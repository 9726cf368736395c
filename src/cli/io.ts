/**
 * File input for the CLI: reads a design without ever throwing a stack trace at the user.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseDesign, DOCUMENT_LIMITS, type DocumentProblem, type ParseResult } from '../core/model/index.ts';

export interface LoadedDesign extends ParseResult {
  file: string;
}

/** Reads and parses FILE; an unreadable or oversized file becomes a located problem. */
export async function loadDesignFile(file: string): Promise<LoadedDesign> {
  const fail = (message: string): LoadedDesign => ({
    file,
    problems: [{ path: '', line: 0, column: 0, message, severity: 'error' }],
  });
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return fail('is a directory, not a design file');
    size = s.size;
  } catch (err) {
    return fail(describeFsError(err));
  }
  if (size > DOCUMENT_LIMITS.maxFileBytes) {
    return fail(
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB; a design may be at most ${DOCUMENT_LIMITS.maxFileBytes / 1024 / 1024} MB`,
    );
  }
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    return fail(describeFsError(err));
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  return { file, ...parseDesign(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a design file';
    default:
      return `cannot read the file (${code ?? (err as Error).message})`;
  }
}

/** `file:line:col: error: path: message`, the way compilers print, so editors can jump to it. */
export function formatProblem(file: string, p: DocumentProblem): string {
  const where = p.line > 0 ? `${file}:${p.line}:${p.column}` : file;
  const path = p.path ? `${p.path}: ` : '';
  return `${where}: ${p.severity}: ${path}${p.message}`;
}
