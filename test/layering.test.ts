// The layer table of DESIGN.md §1, checked by reading every import (independently of ESLint).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specs.map((m) => m[1]!);
}

/** Which packages each layer may import; relative imports must stay inside the allowed folders. */
const TABLE: Record<string, { packages: RegExp; folders: string[] }> = {
  'src/core': { packages: /^(zod|yaml|d3-geo|echarts(\/.*)?)$/, folders: ['src/core', 'resources'] },
  'src/contracts': { packages: /^zod$/, folders: ['src/contracts', 'src/core'] },
  'src/preload': { packages: /^electron$/, folders: ['src/preload', 'src/contracts'] },
};

describe('layering', () => {
  for (const [layer, rule] of Object.entries(TABLE)) {
    it(`${layer} imports only what its runtime has`, () => {
      const bad: string[] = [];
      let dirExists = true;
      try {
        statSync(join(root, layer));
      } catch {
        dirExists = false;
      }
      if (!dirExists) return;
      for (const file of sources(join(root, layer))) {
        for (const spec of imports(file)) {
          if (spec.startsWith('.')) {
            const target = relative(root, join(file, '..', spec));
            if (!rule.folders.some((f) => target.startsWith(f + '/') || target === f)) bad.push(`${relative(root, file)} → ${spec}`);
          } else if (!rule.packages.test(spec)) {
            bad.push(`${relative(root, file)} → ${spec}`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('the ESLint layer rule rejects Node, Electron and UI imports in src/core', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: root });
    const code = "import { readFileSync } from 'node:fs';\nimport { app } from 'electron';\nimport { create } from 'zustand';\nimport { z } from 'zod';\nexport const x = [readFileSync, app, create, z];\n";
    const [result] = await eslint.lintText(code, { filePath: join(root, 'src/core/model/example.ts') });
    const restricted = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
    expect(restricted).toEqual([1, 2, 3]);
  });
});
