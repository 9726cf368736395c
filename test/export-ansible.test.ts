/**
 * Ansible export, checked by the real tools: `ansible-playbook --syntax-check` per
 * project and `ansible-lint --offline --strict` (production profile, which validates
 * module arguments) over every sample with on-prem sites in one run. The tests fail,
 * never skip, when ansible is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { exportDesign } from '../src/core/export/index.ts';
import { ansibleLint, designFiles, lintTargets, loadDesign, requireAnsible, syntaxCheck, writeTree, type ToolResult } from './fixtures/export/helpers.ts';

const projects = designFiles()
  .map(([name, path]) => ({ name, design: loadDesign(path) }))
  .map((p) => ({ ...p, files: exportDesign(p.design, 'ansible') }))
  .filter((p) => Object.keys(p.files).length > 0);

describe('ansible export checked by ansible-playbook and ansible-lint', () => {
  let root = '';
  let lint: ToolResult;

  beforeAll(async () => {
    requireAnsible();
    root = writeTree(Object.fromEntries(projects.flatMap((p) => Object.entries(p.files).map(([f, t]) => [`${p.name}/${f}`, t]))), 'netstudio-ansible-');
    lint = await ansibleLint(root, projects.flatMap((p) => lintTargets(join(root, p.name), p.files)));
  }, 180_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('exports a project for every sample with on-prem sites', () => {
    expect(projects.map((p) => p.name)).toEqual(expect.arrayContaining(['hq-hub-spoke', 'fixture-all-platforms']));
  });

  for (const p of projects) {
    it(`${p.name}: ansible-playbook --syntax-check passes`, async () => {
      const r = await syntaxCheck(join(root, p.name, 'ansible'));
      expect(r.output, r.output).not.toMatch(/ERROR/);
      expect(r.code, r.output).toBe(0);
    });
  }

  it('ansible-lint --offline --strict (production profile) passes on every project', () => {
    expect(lint.output, lint.output).toMatch(/Passed with production profile: 0 failure\(s\), 0 warning\(s\)/);
    expect(lint.code, lint.output).toBe(0);
  });
});

describe('ansible projects an engineer would accept', () => {
  const hq = projects.find((p) => p.name === 'hq-hub-spoke') ?? projects[0]!;

  it('groups the inventory by region and by platform', () => {
    const inv = parseYaml(hq.files['ansible/inventory.yml']!) as { all: { children: Record<string, { hosts?: Record<string, unknown>; children?: Record<string, unknown> }> } };
    const sites = hq.design.regions.filter((r) => r.provider === 'onprem');
    expect(Object.keys(inv.all.children.sites!.children!)).toHaveLength(sites.length);
    for (const r of sites) {
      const group = `platform_${(r.platform ?? 'cisco.ios').replace('junipernetworks.', '').replace('.', '_').replace('vyos_vyos', 'vyos')}`;
      expect(Object.keys(inv.all.children[group]?.hosts ?? {}), group).toContain(`${r.id.replace(/-/g, '_')}_edge`);
    }
  });

  it('writes neighbours, prefixes and circuit BGP policy into host_vars', () => {
    const vars = parseYaml(hq.files['ansible/host_vars/br_nyc_edge.yml']!) as { bgp_asn: number; bgp_prefixes: string[]; bgp_neighbors: { circuit: string; local_pref?: number; as_path_prepend?: number; remote_as: number }[] };
    expect(vars.bgp_asn).toBe(65101);
    expect(vars.bgp_prefixes[0]).toMatch(/^10\.\d+\.0\.0\/16$/);
    const mpls = vars.bgp_neighbors.find((n) => n.circuit === 'nyc-mpls')!;
    const vpn = vars.bgp_neighbors.find((n) => n.circuit === 'nyc-vpn')!;
    expect(mpls.local_pref).toBe(200);
    expect(mpls.remote_as).toBe(65001);
    expect(vpn.local_pref).toBe(100);
    expect(vpn.as_path_prepend).toBe(2);
    expect(hq.files['ansible/bgp.yml']).toContain('set as-path prepend 65101 65101');
  });

  it('uses fully qualified module names and the collections\' BGP and ACL resource modules', () => {
    const all = projects.find((p) => p.name === 'fixture-all-platforms')!;
    const text = [...Object.entries(hq.files), ...Object.entries(all.files)].filter(([f]) => f.endsWith('.yml')).map(([, t]) => t).join('\n');
    for (const m of ['cisco.ios.ios_bgp_global', 'cisco.ios.ios_bgp_address_family', 'cisco.ios.ios_acls', 'junipernetworks.junos.junos_bgp_global', 'junipernetworks.junos.junos_acls', 'vyos.vyos.vyos_bgp_global', 'vyos.vyos.vyos_firewall_rules', 'arista.eos.eos_bgp_global', 'arista.eos.eos_acls', 'cisco.iosxr.iosxr_bgp_global', 'cisco.nxos.nxos_bgp_global']) {
      expect(text, m).toContain(`${m}:`);
    }
    const playbooks = ['bgp.yml', 'vpn.yml', 'acl.yml', 'qos.yml'].map((f) => hq.files[`ansible/${f}`]!).join('\n');
    for (const m of playbooks.matchAll(/^\s+([a-z_]+(?:\.[a-z_]+)*):\s*$/gm)) {
      if (/^(ansible|cisco|junipernetworks|vyos|arista)$/.test(m[1]!)) throw new Error(`short module name ${m[1]}`);
    }
    expect(hq.files['ansible/site.yml']).toMatch(/import_playbook: "bgp\.yml"[\s\S]*vpn\.yml[\s\S]*acl\.yml[\s\S]*qos\.yml/);
    const req = parseYaml(hq.files['ansible/requirements.yml']!) as { collections: { name: string }[] };
    expect(req.collections.map((c) => c.name)).toEqual(expect.arrayContaining(['cisco.ios', 'junipernetworks.junos', 'vyos.vyos', 'arista.eos', 'ansible.netcommon']));
  });

  it('keeps secrets in vault variables only, and names each in vault.yml.example', () => {
    for (const p of projects) {
      const example = p.files['ansible/vault.yml.example']!;
      for (const [f, text] of Object.entries(p.files)) {
        for (const m of text.matchAll(/\{\{ (vault_[a-z0-9_]+) \}\}/g)) expect(example, `${p.name} ${f}`).toContain(`${m[1]}:`);
        // Tunnels name the vault variable holding their key; the playbooks read it from there.
        for (const m of text.matchAll(/secret_var: "([^"]+)"/g)) {
          expect(m[1]).toMatch(/^vault_/);
          expect(example, `${p.name} ${f}`).toContain(`${m[1]}:`);
        }
        if (!f.endsWith('.yml')) continue;
        for (const line of text.split('\n').filter((l) => /pre-shared-key (ascii-text )?"|shared-key |psk .* secret /.test(l))) {
          expect(line, line).toMatch(/\{\{ vault_|\{\{ lookup\('ansible\.builtin\.vars', item\.secret_var\) \}\}/);
        }
      }
      // Tasks that carry a secret hide it from logs.
      const vpn = p.files['ansible/vpn.yml']!;
      for (const task of vpn.split(/\n(?=\s+- name:)/)) if (/vault_|secret_var/.test(task)) expect(task).toContain('no_log: true');
    }
  });

  it('configures WireGuard on Linux edges by template and QoS classes everywhere', () => {
    const lx = projects.find((p) => p.name === 'fixture-all-platforms')!;
    expect(lx.files['ansible/templates/wireguard.conf.j2']).toContain('[Peer]');
    expect(lx.files['ansible/vpn.yml']).toContain('dest: "/etc/wireguard/{{ item.interface }}.conf"');
    const host = parseYaml(lx.files['ansible/host_vars/edge_lx_edge.yml']!) as { vpn_tunnels: { kind: string; interface: string }[] };
    expect(host.vpn_tunnels.filter((t) => t.kind === 'wireguard').map((t) => t.interface)).toEqual(['wg4']);
    for (const p of projects) {
      const qos = p.files['ansible/qos.yml']!;
      expect(qos).toMatch(/ef|46|diffserv4/);
    }
  });
});
