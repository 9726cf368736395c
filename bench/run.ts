/**
 * `npm run bench [-- --json] [-- --filter TEXT]`: runs every bench/*.bench.ts module and
 * prints a table (or, with --json, one JSON object per line). Modules export
 * `benches: Bench[]` (bench/types.ts); a module whose default export is
 * `{ name, run(log) → BenchResult[] }` is run too. See bench/README.md.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchContext, BenchResult } from './types.ts';

interface LegacyModule {
  name: string;
  run(log: (line: string) => void): Promise<BenchResult[]>;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const filterAt = args.indexOf('--filter');
  const filter = filterAt >= 0 ? args[filterAt + 1] : undefined;
  const dir = join(process.cwd(), 'bench');
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  const tmpDir = mkdtempSync(join(tmpdir(), 'netstudio-bench-'));
  const ctx: BenchContext = {
    log: json ? () => {} : (line) => process.stderr.write(`  ${line}\n`),
    python: process.env.NETSTUDIO_BENCH_PYTHON ?? '/usr/bin/python3',
    tmpDir,
    json,
  };
  const results: BenchResult[] = [];
  let failed = 0;
  const emit = (r: BenchResult) => {
    results.push(r);
    if (json) process.stdout.write(`${JSON.stringify(r)}\n`);
  };
  try {
    for (const file of files) {
      // tsx (bin/tsnode.mjs) runs this file as CommonJS; its `require` compiles TypeScript, while a
      // computed dynamic import() escapes tsx's loader and fails on the .ts extension.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(dir, file)) as { benches?: Bench[]; default?: LegacyModule };
      if (Array.isArray(mod.benches)) {
        for (const b of mod.benches) {
          if (filter && !b.name.includes(filter)) continue;
          if (!json) process.stderr.write(`${b.name} (${file})\n`);
          try {
            emit(await b.run(ctx));
          } catch (err) {
            failed++;
            emit({ name: b.name, ms: -1, error: (err as Error).message });
          }
        }
      } else if (mod.default && typeof mod.default.run === 'function') {
        if (filter && !mod.default.name.includes(filter)) continue;
        if (!json) process.stderr.write(`${mod.default.name} (${file})\n`);
        try {
          for (const r of await mod.default.run(ctx.log)) emit(r);
        } catch (err) {
          failed++;
          emit({ name: mod.default.name, ms: -1, error: (err as Error).message });
        }
      } else if (!json) process.stderr.write(`${file}: exports neither \`benches\` nor a default { name, run }; skipped\n`);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  if (!json) process.stdout.write(`\n${formatTable(results)}\n`);
  return failed ? 1 : 0;
}

const fmtRatio = (v: number | string | undefined, err: number | string | undefined) =>
  typeof v === 'number' ? `${v.toFixed(1)}×` : err !== undefined ? `n/a (${String(err)})` : '—';

function formatTable(rows: BenchResult[]): string {
  const header = ['benchmark', 'ms', 'vs networkx', 'vs igraph', 'details'];
  const cells = rows.map((r) => {
    const details = Object.entries(r)
      .filter(([k]) => !['name', 'ms', 'vsNetworkx', 'vsIgraph', 'networkxError', 'igraphError'].includes(k))
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    return [r.name, r.ms < 0 ? 'failed' : r.ms.toFixed(r.ms < 10 ? 2 : 1), fmtRatio(r.vsNetworkx, r.networkxError), fmtRatio(r.vsIgraph, r.igraphError), details];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 1 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

void main().then((code) => {
  process.exitCode = code;
});
