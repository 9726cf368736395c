// Diagrams from every sample: SVG and draw.io are well-formed XML that names every region
// and service, PNG decodes at the size asked for, and hostile names never break a format.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import { designToDrawio, designToSvg, layoutDiagram, type DiagramOptions } from '../src/core/diagram/index.ts';
import { diagramOptions, exportVisual, MAX_PNG_PIXELS, pngZoom, retinaPath, VisualExportError } from '../src/cli/export-visual.ts';
import { main } from '../src/cli/main.ts';

const root = new URL('..', import.meta.url).pathname;
const samples = readdirSync(join(root, 'samples'))
  .filter((f) => f.endsWith('.netstudio.yaml'))
  .map((f) => {
    const file = join(root, 'samples', f);
    const parsed = parseDesign(readFileSync(file, 'utf8'));
    if (!parsed.design) throw new Error(`sample ${f} does not parse`);
    return { name: f, file, design: parsed.design };
  });
const tmp = mkdtempSync(join(tmpdir(), 'netstudio-diagram-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: true, trimValues: false, isArray: () => true });

/** Every text and attribute string of a parsed XML tree. */
function allStrings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => allStrings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => allStrings(n, out));
  return out;
}

/** PNG width and height from the IHDR chunk (bytes 16–23, big-endian). */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

interface DrawioCell {
  '@id': string;
  '@parent'?: string;
  '@vertex'?: string;
  '@edge'?: string;
  '@source'?: string;
  '@target'?: string;
  '@value'?: string;
  '@style'?: string;
}

function drawioCells(xml: string): DrawioCell[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'mxCell' }).parse(xml);
  return doc.mxfile.diagram.mxGraphModel.root.mxCell as DrawioCell[];
}

function checkDrawio(xml: string, design: Design): DrawioCell[] {
  const cells = drawioCells(xml);
  const ids = cells.map((c) => c['@id']);
  expect(new Set(ids).size).toBe(ids.length);
  const byId = new Map(cells.map((c) => [c['@id'], c]));
  for (const c of cells) {
    if (c['@id'] === '0') continue;
    expect(byId.has(c['@parent']!), `parent of ${c['@id']}`).toBe(true);
    if (c['@edge'] === '1') {
      expect(byId.get(c['@source']!)?.['@vertex'], `edge ${c['@id']} source`).toBe('1');
      expect(byId.get(c['@target']!)?.['@vertex'], `edge ${c['@id']} target`).toBe('1');
    }
  }
  const containers = cells.filter((c) => c['@style']?.includes('container=1'));
  expect(containers).toHaveLength(design.regions.length);
  const placements = design.services.reduce((n, s) => n + new Set(s.placements).size, 0);
  const children = cells.filter((c) => containers.some((r) => r['@id'] === c['@parent']));
  expect(children).toHaveLength(placements);
  expect(cells.filter((c) => c['@edge'] === '1')).toHaveLength(design.circuits.length);
  return cells;
}

describe.each(samples)('diagrams of $name', ({ file, design }) => {
  for (const layout of ['schematic', 'map'] as const) {
    it(`SVG (${layout}) is well-formed and names every region and service`, async () => {
      const svg = designToSvg(design, await diagramOptions(design, layout));
      expect(XMLValidator.validate(svg)).toBe(true);
      const strings = allStrings(parser.parse(svg)).join('\n');
      for (const r of design.regions) expect(strings, r.name).toContain(r.name);
      for (const s of design.services) expect(strings, s.name).toContain(s.name);
      expect(strings).toContain('Legend');
      // Same input, same bytes.
      expect(designToSvg(design, await diagramOptions(design, layout))).toBe(svg);
    });
  }

  it('draw.io has unique ids, existing parents and edge ends, a container per region', async () => {
    checkDrawio(designToDrawio(design, await diagramOptions(design, 'map')), design);
    const xml = designToDrawio(design, await diagramOptions(design, 'schematic'));
    const cells = checkDrawio(xml, design);
    const values = cells.map((c) => c['@value'] ?? '').join('\n');
    for (const r of design.regions) expect(values).toContain(r.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('PNG decodes at 1× and 2× the SVG size', async () => {
    const out = join(tmp, `${design.regions[0]!.id}-${Math.abs(hash(file))}.png`);
    const notes: string[] = [];
    const stderr = process.stderr.write;
    process.stderr.write = ((s: string) => (notes.push(String(s)), true)) as typeof process.stderr.write;
    const { written } = await exportVisual(design, 'png', out, { file }).finally(() => (process.stderr.write = stderr));
    expect(written).toEqual([out, retinaPath(out)]);
    const svg = designToSvg(design, await diagramOptions(design, 'schematic'));
    const w = Number(/width="(\d+)"/.exec(svg)![1]);
    const h = Number(/height="(\d+)"/.exec(svg)![1]);
    for (const [path, scale] of [[out, 1], [retinaPath(out), 2]] as const) {
      const size = pngSize(readFileSync(path));
      const { zoom, reduced } = pngZoom(svg, scale);
      if (!reduced) expect(size).toEqual({ width: w * scale, height: h * scale });
      else {
        expect(notes.join('')).toContain(`at ${scale}× the PNG would exceed`);
        // Very large designs: rendered smaller, never above the pixel cap, same aspect ratio.
        expect(size.width * size.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
        expect(Math.abs(size.width - Math.ceil(w * zoom))).toBeLessThanOrEqual(1);
        expect(Math.abs(size.height - Math.ceil(h * zoom))).toBeLessThanOrEqual(1);
      }
    }
  }, 120_000);
});

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

describe('diagram layout', () => {
  const base = samples.find((s) => s.name.startsWith('dual-region'))!.design;

  it('labels a measured circuit with its RTT and never invents one', () => {
    const layout = layoutDiagram(base);
    const vpn = layout.circuits.find((c) => c.id === 'vpn-fra-euw1')!;
    expect(vpn.label).toBe('ipsec-vpn · 1 Gbps · RTT 24 ms (measured)');
    const peer = layout.circuits.find((c) => c.id === 'peer-use1-euw1')!;
    expect(peer.label).toBe('transit-gateway-peering · 5 Gbps');
    const withEstimate = layoutDiagram(base, { circuitRtt: { 'peer-use1-euw1': { rttMs: 68.04, basis: 'estimated' } } });
    expect(withEstimate.circuits.find((c) => c.id === 'peer-use1-euw1')!.label).toBe('transit-gateway-peering · 5 Gbps · RTT 68 ms (estimated)');
  });

  it('follows the canvas positions in the document', () => {
    const moved: Design = {
      ...base,
      regions: base.regions.map((r, i) => ({ ...r, position: { x: [900, 0, 450][i]!, y: [0, 0, 600][i]! } })),
    };
    const layout = layoutDiagram(moved);
    const at = (id: string) => layout.regions.find((r) => r.id === id)!;
    expect(at('aws-euw1').x).toBeLessThan(at('fra-dc').x);
    expect(at('fra-dc').x).toBeLessThan(at('aws-use1').x);
    expect(at('fra-dc').y).toBeGreaterThan(at('aws-use1').y + at('aws-use1').height);
  });

  it('places regions by latitude and longitude on the map', async () => {
    const layout = layoutDiagram(base, await diagramOptions(base, 'map'));
    const at = (id: string) => layout.regions.find((r) => r.id === id)!.anchor;
    // Virginia is west of Ireland, which is west of Frankfurt; Frankfurt is south of Ireland.
    expect(at('aws-use1').x).toBeLessThan(at('aws-euw1').x);
    expect(at('aws-euw1').x).toBeLessThan(at('fra-dc').x);
    expect(at('fra-dc').y).toBeGreaterThan(at('aws-euw1').y);
    expect(layout.basemapPath?.length).toBeGreaterThan(1000);
  });

  it('says which regions could not go on the map', () => {
    const layout = layoutDiagram(base, { layout: 'map' });
    expect(layout.regions.find((r) => r.id === 'fra-dc')!.located).toBe(true);
    expect(layout.regions.find((r) => r.id === 'aws-use1')!.located).toBe(false);
    expect(layout.notes.join(' ')).toContain('aws-use1');
  });

  it('keeps the service boxes inside their region container', () => {
    for (const { design } of samples) {
      for (const r of layoutDiagram(design).regions) {
        for (const s of r.services) {
          expect(s.x).toBeGreaterThanOrEqual(r.x);
          expect(s.y + s.height).toBeLessThanOrEqual(r.y + r.height);
          expect(s.x + s.width).toBeLessThanOrEqual(r.x + r.width);
        }
      }
    }
  });
});

describe('visual export files', () => {
  const sample = samples[0]!;

  it('netstudio export writes every visual format and refuses to overwrite', async () => {
    const quiet = (s: string | Uint8Array) => (void s, true);
    const [out, err] = [process.stdout.write, process.stderr.write];
    process.stdout.write = quiet as typeof process.stdout.write;
    process.stderr.write = quiet as typeof process.stderr.write;
    try {
      for (const format of ['svg', 'png', 'drawio', 'mermaid', 'report-html']) {
        const path = join(tmp, `cli.${format}`);
        expect(await main(['export', sample.file, '--format', format, '--out', path]), format).toBe(0);
        expect(readFileSync(path).length, format).toBeGreaterThan(100);
      }
      expect(await main(['export', sample.file, '--format', 'svg', '--out', join(tmp, 'cli.svg')])).toBe(2);
      expect(await main(['export', sample.file, '--format', 'svg', '--out', join(tmp, 'cli.svg'), '--force', '--layout', 'map'])).toBe(0);
      expect(await main(['export', sample.file, '--format', 'png', '--out', join(tmp, 'cli3.png'), '--scale', '3'])).toBe(2);
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    expect(pngSize(readFileSync(join(tmp, 'cli@2x.png'))).width).toBe(2 * pngSize(readFileSync(join(tmp, 'cli.png'))).width);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const out = join(tmp, 'exists.svg');
    writeFileSync(out, 'keep me');
    await expect(exportVisual(sample.design, 'svg', out, { file: sample.file })).rejects.toThrow(/already exists; pass --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    await exportVisual(sample.design, 'svg', out, { file: sample.file, force: true });
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg /);
  });

  it('writes one PNG when a scale is given, and rejects other scales and formats', async () => {
    const out = join(tmp, 'one.png');
    const { written } = await exportVisual(sample.design, 'png', out, { file: sample.file, scale: 2 });
    expect(written).toEqual([out]);
    expect(existsSync(retinaPath(out))).toBe(false);
    await expect(exportVisual(sample.design, 'png', join(tmp, 'x.png'), { file: sample.file, scale: 3 })).rejects.toBeInstanceOf(VisualExportError);
    await expect(exportVisual(sample.design, 'gif', join(tmp, 'x.gif'), { file: sample.file })).rejects.toThrow(/unknown visual format/);
  });

  it('writes draw.io and Mermaid files', async () => {
    for (const [format, ext] of [['drawio', 'drawio'], ['mermaid', 'mmd']] as const) {
      const out = join(tmp, `sample.${ext}`);
      await exportVisual(sample.design, format, out, { file: sample.file });
      const text = readFileSync(out, 'utf8');
      expect(text.length).toBeGreaterThan(100);
      if (format === 'drawio') checkDrawio(text, sample.design);
      else expect(text.startsWith('flowchart LR\n')).toBe(true);
    }
  });
});

const NASTY = ['<', '>', '&', '"', "'", ']]>', '-->', '<!--', '|', '[', ']', '(', ')', '{', '}', '#', ';', '%%', '`', '\\', 'end', 'subgraph', '&amp;', '\u0001', '\n', ':::', '-.-'];
const nastyName = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0 && s.length <= 200);

/** A small design whose every user-visible string is hostile. */
function hostileDesign(names: string[]): Design {
  const n = (i: number) => names[i % names.length]!;
  return {
    schemaVersion: 1,
    name: n(0),
    regions: [
      { id: 'r1', name: n(1), kind: 'datacenter', provider: 'onprem', location: { lat: 50, lon: 8 } },
      { id: 'r2', name: n(2), kind: 'cloud-region', provider: 'aws', location: { lat: 40, lon: -75 } },
    ],
    circuits: [{ id: 'c1', name: n(3), from: 'r1', to: 'r2', type: 'mpls', bandwidthMbps: 100, carrier: n(4) }],
    services: [{ id: 's1', name: n(5), kind: 'web', placements: ['r1', 'r2'], topology: 'active-passive', primary: 'r1' }],
  };
}

describe('hostile names', () => {
  it('never break SVG or draw.io, and survive as text', () => {
    fc.assert(
      fc.property(fc.array(nastyName, { minLength: 6, maxLength: 6 }), (names) => {
        const design = hostileDesign(names);
        const options: DiagramOptions = { layout: 'schematic' };
        for (const layout of ['schematic', 'map'] as const) {
          const svg = designToSvg(design, { ...options, layout });
          expect(XMLValidator.validate(svg)).toBe(true);
          const strings = allStrings(parser.parse(svg)).join('\n');
          // XML-forbidden controls become U+FFFD; newlines become spaces in one-line labels.
          // eslint-disable-next-line no-control-regex
          const shown = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd').replace(/[\r\n\t]+/g, ' ');
          expect(strings).toContain(shown(design.regions[0]!.name));
          expect(strings).toContain(shown(design.services[0]!.name));
        }
        const xml = designToDrawio(design, options);
        checkDrawio(xml, design);
      }),
      { numRuns: 150 },
    );
  });
});
