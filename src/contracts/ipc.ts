/**
 * The IPC contract between the preload bridge and the main process, written once.
 *
 * Every channel has a name, the argument tuple the renderer may send (a zod schema that
 * main checks on every message: a compromised renderer is the threat model) and the result
 * type from host.ts. Main owns file paths: a path in a payload is only a *request*, which
 * main honours only for files it handed out itself (see src/main/documents.ts).
 */
import { z } from 'zod';
import type { DesignFile, Draft, ExportFiles, ExportResult, HostCommand, RecentFile, SaveResult } from './host.ts';

/** Same ceiling as the design parser (DOCUMENT_LIMITS.maxFileBytes in src/core/model). */
export const MAX_DESIGN_CHARS = 10 * 1024 * 1024;
export const MAX_PATH_CHARS = 4096;
export const MAX_NAME_CHARS = 255;
export const MAX_EXPORT_FILES = 2000;
export const MAX_EXPORT_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_EXPORT_TOTAL_BYTES = 128 * 1024 * 1024;

/** Channels the renderer may invoke (request → response). */
export const INVOKE_CHANNELS = {
  openDesign: 'netstudio:design/open',
  openRecent: 'netstudio:design/open-recent',
  saveDesign: 'netstudio:design/save',
  saveDesignAs: 'netstudio:design/save-as',
  writeExport: 'netstudio:export/write',
  recentFiles: 'netstudio:recent/list',
  saveDraft: 'netstudio:draft/save',
  listDrafts: 'netstudio:draft/list',
  discardDraft: 'netstudio:draft/discard',
} as const;

/** Channels the renderer may send without waiting for an answer. */
export const SEND_CHANNELS = {
  setDocumentState: 'netstudio:document/state',
} as const;

/** The one channel main sends on: menu actions and files opened from the OS. */
export const COMMAND_CHANNEL = 'netstudio:command';

export type InvokeName = keyof typeof INVOKE_CHANNELS;
export type SendName = keyof typeof SEND_CHANNELS;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[InvokeName];
export type SendChannel = (typeof SEND_CHANNELS)[SendName];

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const hasNoNul = (s: string) => !s.includes('\0');

/**
 * A relative path inside an export folder: `/`-separated segments of letters, digits,
 * space, `.`, `_`, `-`; no segment may be empty, `.`, `..` or start with a dot
 * (so no `../../etc/passwd`, no `/etc/passwd`, no `C:\x`, no hidden files).
 */
export function isSafeRelativePath(p: string): boolean {
  if (p.length === 0 || p.length > 1024) return false;
  const segments = p.split('/');
  if (segments.length > 16) return false;
  return segments.every(
    (seg) =>
      seg.length > 0 &&
      seg.length <= MAX_NAME_CHARS &&
      /^[A-Za-z0-9 ._-]+$/.test(seg) &&
      !seg.startsWith('.') &&
      !seg.endsWith(' ') &&
      !FORBIDDEN_KEYS.has(seg),
  );
}

/**
 * The runtime schemas, built in one function marked pure so a bundle that needs only the
 * channel names (the sandboxed preload) leaves zod out.
 */
function buildSchemas() {
  const AbsolutePath = z
    .string()
    .min(1)
    .max(MAX_PATH_CHARS)
    .refine(hasNoNul, 'path contains a NUL character');

  /** A file name alone: no folders, no NUL, not `.` or `..`. */
  const FileName = z
    .string()
    .min(1)
    .max(MAX_NAME_CHARS)
    .refine((s) => hasNoNul(s) && !/[/\\]/.test(s) && s !== '.' && s !== '..', 'not a plain file name');

  const DesignFileSchema = z.strictObject({
    path: AbsolutePath.optional(),
    name: FileName,
    text: z.string().max(MAX_DESIGN_CHARS),
    mtimeMs: z.number().finite().nonnegative().optional(),
  });

  const SaveOptionsSchema = z.strictObject({ force: z.boolean().optional() });

  /** A draft id is a session id the renderer invents: short, file-name safe. */
  const DraftId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'draft id must be 1–64 letters, digits, _ or -');

  const DraftSchema = z.strictObject({
    id: DraftId,
    path: AbsolutePath.optional(),
    name: FileName,
    text: z.string().max(MAX_DESIGN_CHARS),
    savedAtMs: z.number().finite().nonnegative(),
  });

  const ExportContent = z.union([
    z.string().max(MAX_EXPORT_FILE_BYTES),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_FILE_BYTES, 'export file too large'),
  ]);

  const ExportFilesSchema = z
    .custom<ExportFiles>((value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const proto: unknown = Object.getPrototypeOf(value);
      return proto === Object.prototype || proto === null;
    }, 'export files must be a plain object')
    .superRefine((files, ctx) => {
      const keys = Object.keys(files);
      if (keys.length === 0) ctx.addIssue({ code: 'custom', message: 'nothing to export' });
      if (keys.length > MAX_EXPORT_FILES) ctx.addIssue({ code: 'custom', message: `at most ${MAX_EXPORT_FILES} files` });
      let total = 0;
      const lower = new Set<string>();
      for (const key of keys) {
        if (!isSafeRelativePath(key)) {
          ctx.addIssue({ code: 'custom', message: `unsafe export file name ${JSON.stringify(key.slice(0, 80))}` });
          continue;
        }
        // Two names that differ only by case collide on macOS and Windows.
        if (lower.has(key.toLowerCase())) ctx.addIssue({ code: 'custom', message: `duplicate export file ${key}` });
        lower.add(key.toLowerCase());
        const content = ExportContent.safeParse(files[key]);
        if (!content.success) {
          ctx.addIssue({ code: 'custom', message: `bad content for ${key}` });
          continue;
        }
        total += typeof content.data === 'string' ? content.data.length * 3 : content.data.byteLength;
      }
      if (total > MAX_EXPORT_TOTAL_BYTES) ctx.addIssue({ code: 'custom', message: 'export too large' });
    });

  /** Suggested export folder name, e.g. `dual-region-terraform`. */
  const ExportName = FileName.refine((s) => isSafeRelativePath(s), 'not a safe folder name');

  const DocumentStateSchema = z.strictObject({
    name: z.string().max(MAX_NAME_CHARS).refine(hasNoNul),
    dirty: z.boolean(),
  });

  /** Argument tuple schema for every channel the renderer may use. */
  const INVOKE_ARGS = {
    openDesign: z.tuple([]),
    openRecent: z.tuple([AbsolutePath]),
    saveDesign: z.union([z.tuple([DesignFileSchema]), z.tuple([DesignFileSchema, SaveOptionsSchema])]),
    saveDesignAs: z.tuple([DesignFileSchema]),
    writeExport: z.tuple([ExportFilesSchema, ExportName]),
    recentFiles: z.tuple([]),
    saveDraft: z.tuple([DraftSchema]),
    listDrafts: z.tuple([]),
    discardDraft: z.tuple([DraftId]),
  } as const satisfies Record<InvokeName, z.ZodType<unknown[]>>;

  const SEND_ARGS = {
    setDocumentState: z.tuple([DocumentStateSchema]),
  } as const satisfies Record<SendName, z.ZodType<unknown[]>>;

  return {
    AbsolutePath,
    FileName,
    DesignFileSchema,
    SaveOptionsSchema,
    DraftId,
    DraftSchema,
    ExportFilesSchema,
    ExportName,
    DocumentStateSchema,
    INVOKE_ARGS,
    SEND_ARGS,
  };
}

/** Every schema; `INVOKE_ARGS` / `SEND_ARGS` hold the argument tuple schema of each channel. */
export const IPC_SCHEMAS = /* @__PURE__ */ buildSchemas();

/** What each invoke channel answers. */
export interface InvokeResults {
  openDesign: DesignFile | undefined;
  openRecent: DesignFile | { error: string };
  saveDesign: SaveResult;
  saveDesignAs: SaveResult;
  writeExport: ExportResult;
  recentFiles: RecentFile[];
  saveDraft: void;
  listDrafts: Draft[];
  discardDraft: void;
}

export type InvokeArgs<N extends InvokeName> = z.infer<(typeof IPC_SCHEMAS.INVOKE_ARGS)[N]>;
export type SendArgs<N extends SendName> = z.infer<(typeof IPC_SCHEMAS.SEND_ARGS)[N]>;

export type { HostCommand };
