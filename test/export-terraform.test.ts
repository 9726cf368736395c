/**
 * Terraform export, checked by HashiCorp's HCL parser and the providers' own schemas:
 * every file parses, every reference resolves, every resource type, argument and nested
 * block exists in the pinned provider version, and the modules carry what a reviewer
 * looks for (pinned providers, aliased providers per region, sensitive keys, outputs).
 */
import { describe, expect, it } from 'vitest';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { exportDesign } from '../src/core/export/index.ts';
import { designFiles, loadDesign, providerSchemas, validateTerraform } from './fixtures/export/helpers.ts';

const designs = designFiles();

describe('terraform export of every sample and fixture', () => {
  it('finds the samples', () => {
    expect(designs.length).toBeGreaterThanOrEqual(2);
  });

  for (const [name, path] of designs) {
    it(`${name}: parses, resolves every reference and matches the provider schemas`, async () => {
      const design = loadDesign(path);
      const files = exportDesign(design, 'terraform');
      const clouds = new Set(design.regions.map((r) => r.provider).filter((p) => p === 'aws' || p === 'azure' || p === 'gcp'));
      const folders = new Set(Object.keys(files).map((p) => p.split('/')[1]));
      expect(folders).toEqual(clouds);
      for (const provider of clouds) {
        for (const f of ['providers.tf', 'variables.tf', 'main.tf', 'outputs.tf', 'README.md']) expect(Object.keys(files)).toContain(`terraform/${provider}/${f}`);
      }
      expect(await validateTerraform(files)).toEqual([]);
      // Same design, same files: the export is deterministic.
      expect(exportDesign(design, 'terraform')).toEqual(files);
    });
  }
});

describe('the terraform validator itself', () => {
  it('reports parse errors, unknown arguments, unknown blocks and dangling references', async () => {
    const problems = await validateTerraform({
      'terraform/aws/main.tf': [
        'resource "aws_vpc" "a" {',
        '  cidr_block = var.missing',
        '  colour     = "blue"',
        '  bogus_block {',
        '    x = 1',
        '  }',
        '}',
        'resource "aws_subnet" "b" {',
        '  vpc_id     = aws_vpc.nope.id',
        '  cidr_block = aws_vpc.a.no_such_attribute',
        '}',
        'resource "aws_made_up" "c" {}',
        '',
      ].join('\n'),
      'terraform/aws/broken.tf': 'resource "aws_vpc" "x" {\n  cidr_block = "${"\n}\n',
    });
    const text = problems.join('\n');
    expect(text).toContain('does not parse');
    expect(text).toContain('undeclared variable var.missing');
    expect(text).toContain('unknown argument or block "colour"');
    expect(text).toContain('unknown argument or block "bogus_block"');
    expect(text).toContain('undeclared aws_vpc.nope');
    expect(text).toContain('aws_vpc.a has no attribute no_such_attribute');
    expect(text).toContain('aws_made_up is not in the provider schemas');
  });
});

describe('terraform modules a reviewer would accept', () => {
  const byName = Object.fromEntries(designs.map(([n, p]) => [n, loadDesign(p)]));

  it('pins each provider to the major version whose schema the tests check', async () => {
    const schemas = providerSchemas();
    for (const [name, design] of Object.entries(byName)) {
      const files = exportDesign(design, 'terraform');
      for (const [path, text] of Object.entries(files)) {
        if (!path.endsWith('providers.tf')) continue;
        const parsed = (await parseHcl(path, text)) as { terraform: { required_providers: Record<string, { source: string; version: string }>[] }[] };
        const required = parsed.terraform[0]!.required_providers[0]!;
        for (const [p, spec] of Object.entries(required)) {
          const major = schemas[p]!.providerVersion.split('.')[0];
          expect(spec.version, `${name} ${p}`).toMatch(new RegExp(`^~> ${major}\\.\\d+$`));
          expect(spec.source).toBe(`hashicorp/${p}`);
        }
      }
    }
  });

  it('declares one aliased AWS/GCP provider per region, with the region code', () => {
    const design = byName['multicloud-mesh'] ?? byName['fixture-all-platforms']!;
    const files = exportDesign(design, 'terraform');
    for (const r of design.regions.filter((x) => x.provider === 'aws' || x.provider === 'gcp')) {
      const folder = r.provider === 'aws' ? 'aws' : 'gcp';
      const text = files[`terraform/${folder}/providers.tf`]!;
      expect(text).toMatch(new RegExp(`region\\s+= "${r.providerRegion}"`));
    }
  });

  it('keeps every pre-shared key and BGP secret in a sensitive variable without a default', async () => {
    for (const [name, design] of Object.entries(byName)) {
      const files = exportDesign(design, 'terraform');
      for (const [path, text] of Object.entries(files)) {
        if (!path.endsWith('variables.tf')) continue;
        const parsed = (await parseHcl(path, text)) as { variable?: Record<string, { sensitive?: boolean; default?: unknown }[]> };
        for (const [v, [body]] of Object.entries(parsed.variable ?? {})) {
          if (/psk|auth_key|password|secret/.test(v)) {
            expect(body!.sensitive, `${name} ${v}`).toBe(true);
            expect(body!.default, `${name} ${v}`).toBeUndefined();
          }
        }
      }
      for (const [path, text] of Object.entries(files)) {
        if (path.endsWith('main.tf')) expect(text, path).not.toMatch(/(preshared_key|shared_secret|shared_key|bgp_auth_key)\s*=\s*"/);
      }
    }
  });

  it('builds TGW peering with accepter and routes both ways for AWS peering circuits', () => {
    const design = byName['dual-region-active-active']!;
    const main = exportDesign(design, 'terraform')['terraform/aws/main.tf']!;
    expect(main).toContain('resource "aws_ec2_transit_gateway_peering_attachment" "peer_use1_euw1"');
    expect(main).toContain('resource "aws_ec2_transit_gateway_peering_attachment_accepter" "peer_use1_euw1"');
    expect(main).toContain('resource "aws_ec2_transit_gateway_route" "peer_use1_euw1_aws_use1"');
    expect(main).toContain('resource "aws_ec2_transit_gateway_route" "peer_use1_euw1_aws_euw1"');
    // IPsec to the Frankfurt data centre: customer gateway and VPN on the Ireland TGW.
    expect(main).toContain('resource "aws_customer_gateway" "vpn_fra_euw1_aws_euw1"');
    expect(main).toMatch(/resource "aws_vpn_connection" "vpn_fra_euw1_aws_euw1" \{[^}]*transit_gateway_id\s+= aws_ec2_transit_gateway\.aws_euw1\.id/);
    // The active-active web tier fails over by DNS: latency records with health checks.
    expect(main).toContain('latency_routing_policy');
    expect(main).toContain('resource "aws_route53_health_check" "web_aws_use1"');
  });

  it('uses failover records for active-passive DNS and Global Accelerator for anycast', () => {
    const dr = byName['active-passive-dr'];
    if (dr) {
      const main = exportDesign(dr, 'terraform')['terraform/aws/main.tf']!;
      expect(main).toMatch(/failover_routing_policy \{\s+type = "PRIMARY"/);
      expect(main).toMatch(/failover_routing_policy \{\s+type = "SECONDARY"/);
      expect(main).toContain('resource "aws_globalaccelerator_accelerator" "ops_dns"');
    }
    const mesh = byName['multicloud-mesh'];
    if (mesh) {
      const files = exportDesign(mesh, 'terraform');
      expect(files['terraform/aws/main.tf']).toContain('resource "aws_globalaccelerator_endpoint_group" "edge_aws_apse1"');
      expect(files['terraform/azure/main.tf']).toContain('resource "azurerm_virtual_hub" "az_sea"');
      expect(files['terraform/gcp/main.tf']).toContain('resource "google_compute_ha_vpn_gateway" "gcp_usc1"');
      expect(files['terraform/gcp/main.tf']).toContain('routing_mode            = "GLOBAL"');
    }
  });

  it('covers Azure VPN, ExpressRoute and Traffic Manager, and GCP interconnect and DNS policies', () => {
    const files = exportDesign(byName['fixture-all-platforms']!, 'terraform');
    const az = files['terraform/azure/main.tf']!;
    for (const t of ['azurerm_vpn_site', 'azurerm_vpn_gateway_connection', 'azurerm_express_route_circuit', 'azurerm_express_route_gateway', 'azurerm_traffic_manager_profile']) expect(az).toContain(`resource "${t}"`);
    expect(az).toContain('traffic_routing_method = "Priority"');
    const gcp = files['terraform/gcp/main.tf']!;
    for (const t of ['google_compute_interconnect_attachment', 'google_compute_router_peer', 'google_dns_record_set']) expect(gcp).toContain(`resource "${t}"`);
    expect(gcp).toContain('primary_backup {');
    expect(gcp).toContain('geo {');
    // A plain-internet circuit gets no resources, and the README says so.
    expect(files['terraform/aws/README.md']).toContain('office-inet');
  });
});
