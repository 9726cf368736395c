/**
 * Escaping: no user string can break an exported file or turn into code. Random names,
 * descriptions and assumptions (with `${`, `%{`, `{{`, quotes, backslashes, newlines,
 * YAML keywords) go through a full export; HashiCorp's HCL parser and PyYAML (what
 * Ansible uses) must read back exactly the original text, as data.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { commentText, exportDesign, hclString, NameTable, sanitizeIdentifier, yamlString } from '../src/core/export/index.ts';
import type { Design } from '../src/core/model/index.ts';
import { interpolations, loadDesign, ROOT, writeTree } from './fixtures/export/helpers.ts';

const NASTY = ['${', '%{', '$${', '%%{', '{{', '}}', '{%', '%}', '{#', '"', "'", '\\', '\\n', '\n', '\r\n', '\t', 'yes', 'no', 'on', '~', 'null', '#', ': ', '- ', '*a', '&a', '!x', '|', '>', '@', '`', '\u2028', '\u0085', 'é', '中', '🚀', 'EOF', '<<EOF', '*/', ' '];
const text = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((s) => s.length >= 1 && s.length <= 200);

function hostile(name: string, desc: string, design: string): Design {
  const base = loadDesign(join(ROOT, 'test', 'fixtures', 'export', 'all-platforms.netstudio.yaml'));
  return {
    ...base,
    name: design,
    assumptions: desc,
    regions: base.regions.map((r) => ({ ...r, name, description: desc })),
    circuits: base.circuits.map((c) => ({ ...c, name, carrier: undefined })),
    services: base.services.map((s) => ({ ...s, name })),
  };
}

const unescapeHcl = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

describe('hclString', () => {
  it('escapes quotes, backslashes, newlines and both template sequences', () => {
    expect(hclString('a"b\\c\nd${x}%{y}')).toBe('"a\\"b\\\\c\\nd$${x}%%{y}"');
    expect(hclString('$${already}')).toBe('"$$${already}"');
  });

  it('reads back exactly the original text through the HCL parser, for any string', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const parsed = (await parseHcl('t.tf', `locals {\n  v = ${hclString(s)}\n}\n`)) as { locals: { v: string }[] };
        const v = parsed.locals[0]!.v;
        expect(interpolations(v)).toEqual([]);
        // HCL normalises string literals to Unicode NFC; everything else comes back unchanged.
        expect(unescapeHcl(v)).toBe(s.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('yamlString and identifiers', () => {
  it('quotes YAML keywords and tags Jinja-looking text !unsafe', () => {
    expect(yamlString('yes')).toBe('"yes"');
    expect(yamlString('~')).toBe('"~"');
    expect(yamlString('{{ lookup("pipe", "id") }}')).toBe('!unsafe "{{ lookup(\\"pipe\\", \\"id\\") }}"');
    expect(commentText('a\nb\u2028c')).toBe('a b c');
  });

  it('sanitises ids to stable, unique, valid names', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,20}$/), { maxLength: 30 }), (ids) => {
        const t = new NameTable(ids);
        const reversed = new NameTable([...ids].reverse());
        const names = ids.map((id) => t.get(id));
        expect(new Set(names).size).toBe(ids.length);
        for (const [i, id] of ids.entries()) {
          expect(names[i]).toMatch(/^[a-z_][a-z0-9_]*$/);
          expect(reversed.get(id)).toBe(names[i]);
        }
      }),
      { numRuns: 300 },
    );
    expect(sanitizeIdentifier('9-lives')).toBe('x_9_lives');
  });
});

describe('a whole export with hostile names', () => {
  it('Terraform: every file parses and every name comes back as data, never as an interpolation', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, async (name, desc, designName) => {
        const files = exportDesign(hostile(name, desc, designName), 'terraform');
        const clean = exportDesign(hostile('plain', 'plain', 'plain'), 'terraform');
        for (const [path, src] of Object.entries(files)) {
          if (!path.endsWith('.tf')) continue;
          const parsed = await parseHcl(path, src);
          const plain = await parseHcl(path, clean[path]!);
          // The only interpolations are the exporter's own: the same as with plain names.
          const count = (j: unknown) => JSON.stringify(j).split('${').length - JSON.stringify(j).split('$${').length;
          expect(count(parsed), path).toBe(count(plain));
        }
        const main = (await parseHcl('main.tf', files['terraform/gcp/main.tf']!)) as { resource: { google_compute_network: { global: { description: string }[] } } };
        expect(unescapeHcl(main.resource.google_compute_network.global[0]!.description)).toBe(designName.normalize('NFC'));
        const aws = (await parseHcl('main.tf', files['terraform/aws/main.tf']!)) as { resource: { aws_vpc: Record<string, { tags: { Name: string } }[]> } };
        expect(unescapeHcl(Object.values(aws.resource.aws_vpc)[0]![0]!.tags.Name)).toBe(name.normalize('NFC'));
      }),
      { numRuns: 25 },
    );
  });

  it('Ansible: PyYAML reads every file, names come back exactly, and Jinja-looking text is !unsafe', () => {
    const samples = fc.sample(fc.tuple(text, text, text), { numRuns: 40, seed: 7 });
    const trees = samples.map(([name, desc, designName]) => ({ name, desc, designName, files: exportDesign(hostile(name, desc, designName), 'ansible') }));
    const flat: Record<string, string> = {};
    trees.forEach((t, i) => {
      for (const [p, s] of Object.entries(t.files)) if (p.endsWith('.yml') || p.endsWith('.example')) flat[`${i}/${p}`] = s;
    });
    const dir = writeTree(flat, 'netstudio-yaml-');
    const script = [
      'import json, sys, yaml, pathlib',
      'class L(yaml.SafeLoader): pass',
      "L.add_constructor('!unsafe', lambda l, n: {'__unsafe__': l.construct_scalar(n)})",
      'out = {}',
      "for p in sorted(pathlib.Path(sys.argv[1]).rglob('*')):",
      "    if p.is_file() and p.suffix in ('.yml', '.example'):",
      "        out[str(p.relative_to(sys.argv[1]))] = yaml.load(p.read_text(encoding='utf-8'), Loader=L)",
      'print(json.dumps(out))',
    ].join('\n');
    writeFileSync(join(dir, 'load.py'), script);
    const loaded = JSON.parse(execFileSync('/usr/bin/python3', [join(dir, 'load.py'), join(dir)], { maxBuffer: 256 * 1024 * 1024 }).toString()) as Record<string, unknown>;
    trees.forEach((t, i) => {
      const expectValue = (v: unknown, original: string) => (original.includes('{') ? expect(v).toEqual({ __unsafe__: original }) : expect(v).toBe(original));
      const hv = loaded[`${i}/ansible/host_vars/dc_xr_edge.yml`] as { site_name: unknown; site_description: unknown; bgp_neighbors: { description: string }[] };
      expectValue(hv.site_name, t.name);
      expectValue(hv.site_description, t.desc);
      for (const n of hv.bgp_neighbors) expect(n.description).toMatch(/^[A-Za-z0-9 ()._,:/+-]*$/);
      const all = loaded[`${i}/ansible/group_vars/all/main.yml`] as { netstudio_design: unknown };
      expectValue(all.netstudio_design, t.designName);
      // Design text never reaches a playbook: the playbooks are the same as with plain names.
      const plain = exportDesign(hostile('plain', 'plain', 'plain'), 'ansible');
      for (const f of ['ansible/bgp.yml', 'ansible/vpn.yml', 'ansible/acl.yml', 'ansible/qos.yml', 'ansible/site.yml']) {
        const strip = (s: string) => s.replace(/description: .*/g, '');
        expect(strip(t.files[f]!), f).toBe(strip(plain[f]!));
      }
    });
    expect(readFileSync(join(dir, '0/ansible/site.yml'), 'utf8')).toContain('import_playbook');
    rmSync(dir, { recursive: true, force: true });
  });
});
