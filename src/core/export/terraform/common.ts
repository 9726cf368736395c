/**
 * Shared pieces of the Terraform exporters: the export context (address plan, link
 * networks, names), how a circuit is realised on a cloud, variables and README text.
 */
import type { Circuit, Design, Region, Service } from '../../model/schema.ts';
import { hostAddress, planAddresses, planLinkNets, regionAsn, type AddressPlan, type Prefix } from '../ipam.ts';
import { NameTable, commentText } from '../escape.ts';
import { attrs, block, comment, expr, type HclBlock, type HclItem, type HclValue } from '../hcl.ts';

export type CloudProvider = 'aws' | 'azure' | 'gcp';
export const CLOUDS: readonly CloudProvider[] = ['aws', 'azure', 'gcp'];

export interface ExportContext {
  design: Design;
  plan: AddressPlan;
  links: Map<string, [Prefix, Prefix]>;
  regions: NameTable;
  circuits: NameTable;
  services: NameTable;
  segments: NameTable;
  regionById: Map<string, Region>;
}

/** Builds the context every exporter shares: one address plan and one naming for the whole design. */
export function exportContext(design: Design): ExportContext {
  return {
    design,
    plan: planAddresses(design),
    links: planLinkNets(design),
    regions: new NameTable(design.regions.map((r) => r.id), 'r'),
    circuits: new NameTable(design.circuits.map((c) => c.id), 'c'),
    services: new NameTable(design.services.map((s) => s.id), 's'),
    segments: new NameTable([...(design.segments ?? []).map((s) => s.id), 'default'], 'seg'),
    regionById: new Map(design.regions.map((r) => [r.id, r])),
  };
}

export function isCloud(r: Region | undefined, p?: CloudProvider): boolean {
  if (!r) return false;
  return p ? r.provider === p : (CLOUDS as readonly string[]).includes(r.provider);
}

/** A site the Ansible export configures: anything that is not a public cloud region. */
export function isSite(r: Region | undefined): boolean {
  return r !== undefined && !(['aws', 'azure', 'gcp', 'oci'] as string[]).includes(r.provider);
}

/** How a circuit between a cloud region and something else is built. */
export type Realisation = 'backbone' | 'vpn' | 'dedicated' | 'none';

/**
 * The realisation of `c` as seen from a region of `provider`: backbone inside one
 * provider, an IPsec VPN for encrypted-over-internet types, a dedicated link (Direct
 * Connect, ExpressRoute, Interconnect) for private circuits, none for plain internet.
 */
export function realise(ctx: ExportContext, c: Circuit, provider: CloudProvider): Realisation {
  const a = ctx.regionById.get(c.from);
  const b = ctx.regionById.get(c.to);
  if (a?.provider === provider && b?.provider === provider) return 'backbone';
  switch (c.type) {
    case 'ipsec-vpn':
    case 'wireguard':
    case 'sd-wan':
      return 'vpn';
    case 'direct-connect':
    case 'expressroute':
    case 'interconnect':
    case 'mpls':
    case 'dark-fiber':
      return 'dedicated';
    default:
      return c.encrypted ? 'vpn' : 'none';
  }
}

const SIDE_RANK: Record<string, number> = { aws: 3, gcp: 2, azure: 1 };

/**
 * Addresses of one tunnel (0 or 1) of circuit `c` seen from region `local`. AWS always
 * takes the first host of a tunnel /30; otherwise the cloud end, then the `from` end does.
 */
export function linkAddresses(ctx: ExportContext, c: Circuit, local: string, tunnel: 0 | 1): { local: string; peer: string; cidr: string } {
  const nets = ctx.links.get(c.id);
  const net = nets ? nets[tunnel] : { base: 0xa9fe4000, length: 30 };
  const rank = (id: string) => SIDE_RANK[ctx.regionById.get(id)?.provider ?? ''] ?? 0;
  const first = rank(c.from) >= rank(c.to) ? c.from : c.to;
  const mine = local === first ? 1 : 2;
  const cidr = `${hostAddress(net, 0)}/30`;
  return { local: hostAddress(net, mine), peer: hostAddress(net, 3 - mine), cidr };
}

/** The other end of a circuit. */
export function otherEnd(c: Circuit, id: string): string {
  return c.from === id ? c.to : c.from;
}

/** Collects variables by name so two resources needing the same input share one declaration. */
export class Variables {
  private readonly blocks = new Map<string, HclBlock>();

  add(name: string, opts: { type: string; description: string; default?: HclValue; sensitive?: boolean }): ReturnType<typeof expr> {
    if (!this.blocks.has(name)) {
      const body: HclItem[] = [
        ...attrs({ description: commentText(opts.description), type: expr(opts.type), default: opts.default, sensitive: opts.sensitive }),
      ];
      this.blocks.set(name, block('variable', [name], body));
    }
    return expr(`var.${name}`);
  }

  list(): HclBlock[] {
    return [...this.blocks.values()];
  }

  names(): string[] {
    return [...this.blocks.keys()];
  }

  /** Rows for the README: name, whether required, sensitive, description. */
  rows(): { name: string; required: boolean; sensitive: boolean; description: string }[] {
    return [...this.blocks.entries()].map(([name, b]) => {
      const get = (k: string) => b.body.find((i) => i.kind === 'attr' && i.name === k) as { value: HclValue } | undefined;
      return { name, required: get('default') === undefined, sensitive: get('sensitive') !== undefined, description: String(get('description')?.value ?? '') };
    });
  }
}

/** What the export could not express, listed in the README so nothing is silently dropped. */
export type Notes = string[];

/** Escapes text for a Markdown table cell or paragraph. */
export function mdText(text: string): string {
  return commentText(text).replace(/([\\`*_[\]|<>#])/g, '\\$1');
}

export function regionLabel(ctx: ExportContext, id: string): string {
  const r = ctx.regionById.get(id);
  return r ? `${r.name} (${r.id})` : id;
}

/** A README for one provider folder: what it builds, apply order, inputs, assumptions and gaps. */
export function readme(
  ctx: ExportContext,
  title: string,
  summary: string[],
  applyOrder: string[],
  vars: Variables,
  notes: Notes,
): string {
  const lines = [`# ${title}`, '', `Generated by NetStudio from the design "${mdText(ctx.design.name)}".`, '', '## What this builds', ''];
  for (const s of summary) lines.push(`- ${s}`);
  lines.push('', '## Apply order', '');
  applyOrder.forEach((s, i) => lines.push(`${i + 1}. ${s}`));
  lines.push('', '## Inputs', '', '| Variable | Required | Sensitive | Description |', '| --- | --- | --- | --- |');
  for (const v of vars.rows()) lines.push(`| \`${v.name}\` | ${v.required ? 'yes' : 'no'} | ${v.sensitive ? 'yes' : 'no'} | ${mdText(v.description)} |`);
  lines.push('', '## Assumptions', '');
  if (ctx.design.assumptions) lines.push(...ctx.design.assumptions.split('\n').filter((l) => l.trim()).map((l) => `> ${mdText(l)}`), '');
  lines.push(
    '- Address blocks come from the NetStudio address plan (`ipam`); each is a variable with the plan as its default.',
    '- Pre-shared keys and BGP passwords have no default: pass them from a secret store (`TF_VAR_…`), never commit them.',
  );
  for (const n of notes) lines.push(`- ${n}`);
  return lines.join('\n') + '\n';
}

/** `# Region name (id)` heading comment placed before each region's resources. */
export function sectionComment(text: string): HclItem {
  return comment(text);
}

/** Placements of a service that are regions of `provider`. */
export function placementsOn(ctx: ExportContext, s: Service, provider: CloudProvider): Region[] {
  return s.placements.map((p) => ctx.regionById.get(p)).filter((r): r is Region => r?.provider === provider);
}

/** The provider that owns DNS/global load balancing for a service: the first cloud among its placements. */
export function dnsOwner(ctx: ExportContext, s: Service): CloudProvider | undefined {
  for (const p of s.placements) {
    const r = ctx.regionById.get(p);
    if (r && isCloud(r)) return r.provider as CloudProvider;
  }
  return undefined;
}

export { regionAsn };
