/**
 * Extracts the argument and nested-block names of the Terraform resource types NetStudio
 * exports from the @cdktf/provider-* packages, into resources/provider-schemas/*.json.
 * The packages are ~400 MB, so they are installed once in a scratch directory outside
 * the repo and only the small JSON is committed:
 *
 *   mkdir /tmp/prov && cd /tmp/prov && npm init -y &&
 *     npm install @cdktf/provider-aws @cdktf/provider-azurerm @cdktf/provider-google
 *   node bin/tsnode.mjs scripts/extract-provider-schemas.ts /tmp/prov/node_modules
 *
 * How: each resource's generated `index.js` lists its arguments and blocks in
 * `synthesizeHclAttributes()` (`isBlock: false | true`), each block's inner names in the
 * matching `…ToHclTerraform` function, and the readable attributes in `get…Attribute('x')`.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Resource and data source types the exporters emit; extend when an exporter grows. */
export const USED_TYPES: Record<string, string[]> = {
  aws: [
    'aws_vpc', 'aws_subnet', 'aws_route', 'aws_ec2_transit_gateway', 'aws_ec2_transit_gateway_vpc_attachment',
    'aws_ec2_transit_gateway_peering_attachment', 'aws_ec2_transit_gateway_peering_attachment_accepter',
    'aws_ec2_transit_gateway_route', 'aws_customer_gateway', 'aws_vpn_connection', 'aws_dx_gateway',
    'aws_dx_gateway_association', 'aws_dx_transit_virtual_interface', 'aws_route53_health_check', 'aws_route53_record',
    'aws_globalaccelerator_accelerator', 'aws_globalaccelerator_listener', 'aws_globalaccelerator_endpoint_group',
    'data.aws_availability_zones', 'provider',
  ],
  azurerm: [
    'azurerm_resource_group', 'azurerm_virtual_wan', 'azurerm_virtual_hub', 'azurerm_virtual_network', 'azurerm_subnet',
    'azurerm_virtual_hub_connection', 'azurerm_vpn_gateway', 'azurerm_vpn_site', 'azurerm_vpn_gateway_connection',
    'azurerm_express_route_circuit', 'azurerm_express_route_circuit_peering', 'azurerm_express_route_gateway',
    'azurerm_express_route_connection', 'azurerm_traffic_manager_profile', 'azurerm_traffic_manager_external_endpoint', 'provider',
  ],
  google: [
    'google_compute_network', 'google_compute_subnetwork', 'google_compute_router', 'google_compute_ha_vpn_gateway',
    'google_compute_external_vpn_gateway', 'google_compute_vpn_tunnel', 'google_compute_router_interface',
    'google_compute_router_peer', 'google_compute_interconnect_attachment', 'google_dns_record_set', 'google_compute_health_check', 'provider',
  ],
};

const PACKAGES: Record<string, string> = { aws: 'provider-aws', azurerm: 'provider-azurerm', google: 'provider-google' };

interface BlockSchema {
  arguments: string[];
  blocks: Record<string, BlockSchema>;
}
interface ResourceSchema extends BlockSchema {
  /** Attributes a reference may read (`aws_vpc.x.main_route_table_id`). */
  attributes: string[];
}

const ATTR_RE = /^\s+(\w+): \{\s*\n\s+value: (.+),\s*\n\s+isBlock: (true|false),/gm;

function functionBody(src: string, name: string): string | undefined {
  const start = src.indexOf(`function ${name}(`);
  if (start < 0) return undefined;
  const end = src.indexOf('\nfunction ', start + 10);
  const endClass = src.indexOf('\nclass ', start + 10);
  const stop = [end, endClass].filter((x) => x > 0);
  return src.slice(start, stop.length ? Math.min(...stop) : undefined);
}

function parseAttrs(src: string, chunk: string, depth: number): BlockSchema {
  const out: BlockSchema = { arguments: [], blocks: {} };
  for (const m of chunk.matchAll(ATTR_RE)) {
    const [, name, value, isBlock] = m;
    if (isBlock === 'false') {
      out.arguments.push(name!);
      continue;
    }
    const fn = /(\w+ToHclTerraform)\b/.exec(value!)?.[1];
    const body = fn && depth < 6 ? functionBody(src, fn) : undefined;
    out.blocks[name!] = body ? parseAttrs(src, body, depth + 1) : { arguments: [], blocks: {} };
  }
  out.arguments.sort();
  return out;
}

function extract(src: string, className: string): ResourceSchema {
  const start = src.indexOf(`class ${className} extends`);
  const synth = src.indexOf('synthesizeHclAttributes()', start);
  const body = src.slice(synth, src.indexOf('\n    }\n', synth));
  const schema = parseAttrs(src, body, 0);
  const cls = src.slice(start, synth);
  const attributes = new Set<string>([...cls.matchAll(/get\w*Attribute\('(\w+)'\)/g)].map((m) => m[1]!));
  // Blocks are readable too (`azurerm_vpn_site.x.link[0].id`).
  for (const b of Object.keys(schema.blocks)) attributes.add(b);
  for (const a of schema.arguments) attributes.add(a);
  return { ...schema, attributes: [...attributes].sort() };
}

function main(): void {
  const root = process.argv[2];
  if (!root || !existsSync(join(root, '@cdktf'))) {
    process.stderr.write('usage: extract-provider-schemas.ts <node_modules with @cdktf/provider-aws, -azurerm, -google>\n');
    process.exit(2);
  }
  for (const [provider, types] of Object.entries(USED_TYPES)) {
    const pkgDir = join(root, '@cdktf', PACKAGES[provider]!);
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string; cdktf?: { provider?: { version?: string } } };
    const lib = join(pkgDir, 'lib');
    const wanted = new Set(types);
    const result: Record<string, ResourceSchema> = {};
    for (const dir of readdirSync(lib)) {
      const file = join(lib, dir, 'index.js');
      if (!existsSync(file)) continue;
      const src = readFileSync(file, 'utf8');
      const m = /^(\w+)\.tfResourceType = "(\w+)";/m.exec(src);
      if (!m) continue;
      const [, className, tfType] = m;
      const key = dir === 'provider' ? 'provider' : dir.startsWith('data-') ? `data.${tfType}` : tfType!;
      if (!wanted.has(key)) continue;
      result[key] = extract(src, className!);
    }
    const missing = types.filter((t) => !result[t]);
    if (missing.length) {
      process.stderr.write(`${provider}: not found: ${missing.join(', ')}\n`);
      process.exit(1);
    }
    const out = {
      provider,
      package: `@cdktf/${PACKAGES[provider]}@${pkg.version}`,
      providerVersion: pkg.cdktf?.provider?.version ?? 'unknown',
      resources: Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b))),
    };
    const target = join(import.meta.dirname, '..', 'resources', 'provider-schemas', `${provider}.json`);
    writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
    process.stdout.write(`${target}: ${Object.keys(result).length} types\n`);
  }
}

main();
