/**
 * Golden files: the exact Terraform and Ansible output for each sample, reviewed by hand.
 * Any change to an export shows up as a diff here. `UPDATE_GOLDEN=1 npx vitest run
 * test/export-golden.test.ts` rewrites them; review the diff before committing.
 * Generated stress designs (large-*) are checked by the validators, not by goldens.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDesign } from '../src/core/export/index.ts';
import { designFiles, loadDesign, ROOT } from './fixtures/export/helpers.ts';

const GOLDEN = join(ROOT, 'test', 'golden', 'export');
const update = process.env.UPDATE_GOLDEN === '1';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

describe('export golden files', () => {
  for (const [name, path] of designFiles().filter(([n]) => !n.startsWith('large'))) {
    it(`${name}: matches test/golden/export/${name}/`, () => {
      const design = loadDesign(path);
      const files = { ...exportDesign(design, 'terraform'), ...exportDesign(design, 'ansible') };
      const dir = join(GOLDEN, name);
      if (update) {
        rmSync(dir, { recursive: true, force: true });
        for (const [p, text] of Object.entries(files)) {
          mkdirSync(dirname(join(dir, p)), { recursive: true });
          writeFileSync(join(dir, p), text);
        }
      }
      const onDisk = listFiles(dir).map((p) => relative(dir, p).split('\\').join('/')).sort();
      expect(onDisk, `golden files of ${name} (run with UPDATE_GOLDEN=1 to create them)`).toEqual(Object.keys(files).sort());
      for (const [p, text] of Object.entries(files)) expect(text, p).toBe(readFileSync(join(dir, p), 'utf8'));
    });
  }
});
