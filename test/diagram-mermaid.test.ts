// @vitest-environment happy-dom
// Mermaid exports parse with Mermaid's own parser (mermaid.parse) for every sample and for
// names full of Mermaid and HTML syntax.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import { designToMermaid, mermaidLabel, MERMAID_DEFAULT_MAX_EDGES } from '../src/core/diagram/index.ts';

type Mermaid = { parse: (text: string, options?: { suppressErrors?: boolean }) => Promise<unknown>; initialize: (config: Record<string, unknown>) => void };
let mermaid: Mermaid;
beforeAll(async () => {
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const samples = readdirSync(join(root, 'samples'))
  .filter((f) => f.endsWith('.netstudio.yaml'))
  .map((f) => ({ name: f, design: parseDesign(readFileSync(join(root, 'samples', f), 'utf8')).design! }));

describe('Mermaid export', () => {
  it.each(samples)('$name parses, with a subgraph per region and a link per circuit', async ({ design }) => {
    const text = designToMermaid(design);
    if (design.circuits.length > MERMAID_DEFAULT_MAX_EDGES) {
      // Big designs: the file says how to raise Mermaid's edge limit; with it raised, it parses.
      expect(text).toContain(`%% ${design.circuits.length} links: Mermaid renders at most ${MERMAID_DEFAULT_MAX_EDGES} by default`);
      mermaid.initialize({ maxEdges: design.circuits.length + 10 });
    }
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
    expect(text.match(/^ {2}subgraph /gm)).toHaveLength(design.regions.length);
    expect(text.match(/^ {2}r\d+ (---|-\.-)\|/gm) ?? []).toHaveLength(design.circuits.length);
    for (const r of design.regions) expect(text).toContain(mermaidLabel(`${r.name} [${r.provider}]`));
  });

  it('rejects what is not Mermaid (the check is real)', async () => {
    await expect(mermaid.parse('flowchart LR\n  a[["unclosed')).rejects.toThrow();
  });

  it('keeps hostile names inside their labels', async () => {
    const parts = ['"', '<b>', '&', ']]>', '-->', '|', '[', ']', '(', ')', '{', '}', '#', ';', '%%', '`', '\\', 'end', 'subgraph', ':::', '-.-', 'click', 'style', '\n'];
    const name = fc
      .array(fc.oneof(fc.constantFrom(...parts), fc.string({ minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 6 })
      .map((p) => p.join(''))
      .filter((s) => s.trim().length > 0);
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 4, maxLength: 4 }), async (names) => {
        const design: Design = {
          schemaVersion: 1,
          name: names[0]!,
          regions: [
            { id: 'end', name: names[1]!, kind: 'datacenter', provider: 'onprem' },
            { id: 'subgraph', name: names[2]!, kind: 'office', provider: 'other' },
          ],
          circuits: [{ id: 'c1', from: 'end', to: 'subgraph', type: 'internet', bandwidthMbps: 50, latencyMs: 12 }],
          services: [{ id: 's1', name: names[3]!, kind: 'api', placements: ['end'] }],
        };
        await expect(mermaid.parse(designToMermaid(design))).resolves.toBeTruthy();
      }),
      { numRuns: 60 },
    );
  });
});
