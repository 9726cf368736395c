/**
 * Cost: line items (quantity × unit price, each with its catalog source) for circuits,
 * ports, gateways and attachments, per-GB processing, inter-region transfer, replication
 * transfer and internet egress; totals by category, region, circuit and service.
 * See docs/estimation.md.
 */
import type { Catalog, Price, PriceModel } from '../catalog/types.ts';
import { findCatalogRegion, priceById } from '../catalog/index.ts';
import type { Circuit, Design, Region } from '../model/schema.ts';
import type { Finding } from '../rules/index.ts';
import type { Graph } from '../graph/graph.ts';
import type { CircuitLoad } from './traffic.ts';
import type { CostCategory, CostItem, CostSummary, TrafficFlow } from './types.ts';

/** Hours in the billing month used by AWS, Azure and Google price calculators. */
export const HOURS_PER_MONTH = 730;
/** Months per year, for yearly totals. */
export const MONTHS_PER_YEAR = 12;
/**
 * Decimal GB carried in a 730-hour month by 1 Mbps sustained:
 * 1e6 bit/s × 730 h × 3600 s/h ÷ 8 bit/byte ÷ 1e9 byte/GB = 328.5 GB.
 */
export const GB_PER_MBPS_MONTH = (1e6 * HOURS_PER_MONTH * 3600) / 8 / 1e9;

const CLOUDS = new Set(['aws', 'azure', 'gcp']);
const SOUTH_AMERICA = new Set(['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE']);
const NA_EU = new Set([
  'US', 'CA', 'MX', 'GB', 'IE', 'FR', 'DE', 'NL', 'BE', 'LU', 'CH', 'AT', 'IT', 'ES', 'PT', 'SE', 'NO', 'DK', 'FI', 'PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'HR', 'SI', 'EE', 'LV', 'LT', 'IS', 'MT', 'CY',
]);

interface Ctx {
  design: Design;
  catalog: Catalog;
  regions: Map<string, Region>;
  items: CostItem[];
  findings: Finding[];
  overridesUsed: Set<string>;
  missing: Set<string>;
}

function describeSource(p: Price): string {
  const s = p.source;
  return `${s.label}${s.date ? `, ${s.date}` : ''}${s.url ? ` (${s.url})` : ''}${p.assumption ? ' [assumption: set your own price]' : ''}`;
}

function price(ctx: Ctx, id: string, element: string): { price: Price; overridden: boolean } | undefined {
  const hit = priceById(ctx.catalog, id, ctx.design.pricing?.overrides);
  if (!hit) {
    if (!ctx.missing.has(id)) {
      ctx.missing.add(id);
      ctx.findings.push({ rule: 'estimate-missing-price', severity: 'warning', message: `price "${id}" is not in the catalog; the cost of ${element} leaves it out`, elements: [element] });
    }
    return undefined;
  }
  if (hit.overridden) ctx.overridesUsed.add(id);
  return hit;
}

function add(
  ctx: Ctx,
  priceId: string,
  item: Omit<CostItem, 'unitPriceUsd' | 'monthlyUsd' | 'source' | 'unit' | 'priceId'> & { unit?: string },
): void {
  const hit = price(ctx, priceId, item.element);
  if (!hit) return;
  const unitPriceUsd = hit.price.usd;
  ctx.items.push({
    ...item,
    description: hit.overridden ? `${item.description} (design override)` : item.description,
    unit: item.unit ?? hit.price.unit,
    unitPriceUsd,
    monthlyUsd: item.quantity * unitPriceUsd,
    source: describeSource(hit.price),
    priceId,
    ...(hit.overridden ? { override: true } : {}),
  });
}

/** The cloud end of a circuit (provider and region) that bills it, if either end is a cloud region. */
function cloudEnd(ctx: Ctx, c: Circuit): Region | undefined {
  const a = ctx.regions.get(c.from);
  const b = ctx.regions.get(c.to);
  if (a && CLOUDS.has(a.provider)) return a;
  if (b && CLOUDS.has(b.provider)) return b;
  return undefined;
}

function regionCountry(ctx: Ctx, r: Region): string | undefined {
  if (r.location?.country) return r.location.country.toUpperCase();
  if (r.providerRegion) return findCatalogRegion(ctx.catalog, r.provider, r.providerRegion)?.country;
  return undefined;
}

/**
 * Refines a per-GB price by geography: AWS inter-region and internet-egress prices exist
 * per source region (`….default` → `….<source region code>` when the catalog has it).
 */
function perGbPriceFor(ctx: Ctx, id: string, source: Region | undefined): string {
  if (source?.provider === 'aws' && source.providerRegion && id.endsWith('.default')) {
    const specific = id.replace(/\.default$/, `.${source.providerRegion.toLowerCase()}`);
    if (priceById(ctx.catalog, specific)) return specific;
  }
  return id;
}

/** Internet egress price id for traffic leaving a cloud region to the internet. */
function egressPriceId(ctx: Ctx, r: Region): string | undefined {
  switch (r.provider) {
    case 'aws':
      return perGbPriceFor(ctx, 'aws.internet-egress.per-gb.default', r);
    case 'azure': {
      const c = regionCountry(ctx, r);
      return c && SOUTH_AMERICA.has(c) ? 'azure.internet-egress.per-gb.south-america' : c && !NA_EU.has(c) ? 'azure.internet-egress.per-gb.apac-mea' : 'azure.internet-egress.per-gb.na-eu';
    }
    case 'gcp':
      return 'gcp.internet-egress.premium.per-gb';
    default:
      return undefined;
  }
}

function modelFor(ctx: Ctx, c: Circuit): PriceModel {
  const info = ctx.catalog.circuitTypes[c.type];
  const cloud = cloudEnd(ctx, c);
  const p = cloud?.provider as 'aws' | 'azure' | 'gcp' | undefined;
  return (p && info.providerPriceModels?.[p]) || info.priceModel;
}

const fmt = (x: number) => (Number.isInteger(x) ? x.toLocaleString('en-US') : x.toLocaleString('en-US', { maximumFractionDigits: 2 }));

function priceCircuit(ctx: Ctx, c: Circuit, graph: Graph, load: CircuitLoad): void {
  const label = `${c.type} ${fmt(c.bandwidthMbps)} Mbps ${c.from} ↔ ${c.to}`;
  const base = { element: c.id, circuit: c.id, region: c.from };
  if (c.monthlyCostUsd !== undefined) {
    ctx.items.push({
      ...base,
      category: 'circuit',
      description: `${label}: negotiated monthly price (design override)`,
      quantity: 1,
      unit: 'month',
      unitPriceUsd: c.monthlyCostUsd,
      monthlyUsd: c.monthlyCostUsd,
      source: 'design: circuit monthlyCostUsd',
      override: true,
    });
    return;
  }
  const model = modelFor(ctx, c);
  let perGbId: string | undefined;
  switch (model.kind) {
    case 'port-hourly': {
      const tiers = [...model.portPriceIds].sort((a, b) => a.minMbps - b.minMbps);
      const tier = tiers.filter((t) => t.minMbps < c.bandwidthMbps).at(-1) ?? tiers[0]!;
      const ports = tier.portMbps ? Math.max(1, Math.ceil(c.bandwidthMbps / tier.portMbps)) : 1;
      const portText = tier.portMbps ? `${fmt(tier.portMbps)} Mbps port` : 'port';
      add(ctx, tier.priceId, { ...base, category: 'port', description: `${label}: ${ports} × ${portText} × ${HOURS_PER_MONTH} h`, quantity: ports * HOURS_PER_MONTH, unit: 'port-hour' });
      perGbId = model.perGbPriceId;
      break;
    }
    case 'attachment-hourly':
      add(ctx, model.hourlyPriceId, { ...base, category: 'gateway', description: `${label}: attachment × ${HOURS_PER_MONTH} h`, quantity: HOURS_PER_MONTH, unit: 'hour' });
      perGbId = model.perGbPriceId;
      break;
    case 'connection-hourly':
      add(ctx, model.hourlyPriceId, { ...base, category: 'gateway', description: `${label}: connection × ${HOURS_PER_MONTH} h`, quantity: HOURS_PER_MONTH, unit: 'hour' });
      perGbId = model.perGbPriceId;
      break;
    case 'per-mbps-month': {
      const before = ctx.items.length;
      add(ctx, model.priceId, { ...base, category: 'circuit', description: `${label}: committed bandwidth`, quantity: c.bandwidthMbps });
      const item = ctx.items[before];
      if (item && model.minimumMonthlyUsd !== undefined && item.monthlyUsd < model.minimumMonthlyUsd) {
        const topUp = model.minimumMonthlyUsd - item.monthlyUsd;
        ctx.items.push({ ...base, category: 'circuit', description: `${label}: top-up to the ${fmt(model.minimumMonthlyUsd)} USD monthly minimum`, quantity: 1, unit: 'month', unitPriceUsd: topUp, monthlyUsd: topUp, source: item.source });
      }
      break;
    }
    case 'flat-month':
      add(ctx, model.priceId, { ...base, category: 'circuit', description: `${label}: monthly circuit charge`, quantity: 1 });
      break;
    case 'per-gb':
      perGbId = model.perGbPriceId;
      break;
  }
  if (!perGbId) return;
  const e = graph.edgeIndex.get(c.id);
  const crossing = e === undefined ? undefined : load.flowsByEdge.get(e);
  if (!crossing) return;
  const from = ctx.regions.get(c.from);
  const to = ctx.regions.get(c.to);
  const cloudFrom = !!from && CLOUDS.has(from.provider);
  const cloudTo = !!to && CLOUDS.has(to.provider);
  // Volume is billed where it leaves a cloud: both directions between two clouds, only the
  // cloud → other direction on a hybrid circuit.
  const groups = new Map<string, { gb: number; flow: TrafficFlow; source: Region | undefined }>();
  for (const { flow, forward } of crossing) {
    const leaving = forward ? from : to;
    const billable = cloudFrom && cloudTo ? true : forward ? cloudFrom : cloudTo;
    if (!billable) continue;
    const key = `${flow.kind}|${flow.owner}|${leaving?.id ?? ''}`;
    const g = groups.get(key);
    const gb = flow.averageMbps * GB_PER_MBPS_MONTH;
    if (g) g.gb += gb;
    else groups.set(key, { gb, flow, source: leaving });
  }
  for (const { gb, flow, source } of groups.values()) {
    if (gb <= 0) continue;
    const id = perGbPriceFor(ctx, perGbId, source);
    const what = flow.kind === 'demand' ? `demand ${flow.owner}` : flow.kind === 'replication' ? `replication of ${flow.owner}` : `user traffic of ${flow.owner}`;
    const category: CostCategory = flow.kind === 'replication' ? 'replication' : 'transfer';
    add(ctx, id, {
      category,
      element: c.id,
      circuit: c.id,
      ...(source ? { region: source.id } : {}),
      ...(flow.service ? { service: flow.service } : {}),
      description: `${c.id}: ${what} leaving ${source?.id ?? c.from}, ${fmt(gb / GB_PER_MBPS_MONTH)} Mbps average × ${GB_PER_MBPS_MONTH} GB/Mbps-month`,
      quantity: gb,
      unit: 'GB',
    });
  }
}

/** AWS Transit Gateway: one VPC attachment per AWS region on a TGW peering, plus data processing of what that region sends into the TGW. */
function priceTransitGateways(ctx: Ctx, flows: TrafficFlow[]): void {
  const circuits = new Map(ctx.design.circuits.map((c) => [c.id, c]));
  const tgwRegions = new Set<string>();
  for (const c of ctx.design.circuits) {
    if (c.type !== 'transit-gateway-peering' || c.monthlyCostUsd !== undefined) continue;
    for (const id of [c.from, c.to]) if (ctx.regions.get(id)?.provider === 'aws') tgwRegions.add(id);
  }
  for (const r of tgwRegions) {
    add(ctx, 'aws.tgw.attachment-hour', { category: 'gateway', element: r, region: r, description: `${r}: Transit Gateway VPC attachment × ${HOURS_PER_MONTH} h`, quantity: HOURS_PER_MONTH, unit: 'hour' });
    let mbps = 0;
    for (const f of flows) {
      if (!f.routed || f.from !== r || f.circuits.length === 0) continue;
      const first = circuits.get(f.circuits[0]!);
      if (first?.type === 'transit-gateway-peering') mbps += f.averageMbps;
    }
    if (mbps > 0) {
      add(ctx, 'aws.tgw.data-processing-gb', {
        category: 'processing',
        element: r,
        region: r,
        description: `${r}: Transit Gateway data processing of ${fmt(mbps)} Mbps average sent from the region's VPC × ${GB_PER_MBPS_MONTH} GB/Mbps-month`,
        quantity: mbps * GB_PER_MBPS_MONTH,
        unit: 'GB',
      });
    }
  }
}

/** Internet egress of each service's `egressGBPerMonth`, split over its placements by the users they serve (evenly without `users`). */
function priceEgress(ctx: Ctx, flows: TrafficFlow[]): void {
  for (const s of ctx.design.services) {
    const gbTotal = s.load?.egressGBPerMonth;
    if (!gbTotal || gbTotal <= 0) continue;
    const placements = [...new Set(s.placements)];
    const share = new Map<string, number>(placements.map((p) => [p, 0]));
    const users = s.load?.users;
    if (users && Object.values(users).some((x) => x > 0)) {
      const primary = s.primary ?? placements[0]!;
      const serves = (p: string) => share.has(p) && (s.topology === 'active-active' || p === primary);
      for (const [u, f] of Object.entries(users)) if (serves(u)) share.set(u, share.get(u)! + f);
      for (const fl of flows) if (fl.kind === 'users' && fl.owner === s.id && share.has(fl.from)) share.set(fl.from, share.get(fl.from)! + (users[fl.to] ?? 0));
    } else for (const p of placements) share.set(p, 1);
    const sum = [...share.values()].reduce((a, b) => a + b, 0);
    if (sum <= 0) continue;
    for (const [p, f] of share) {
      if (f <= 0) continue;
      const gb = (gbTotal * f) / sum;
      const region = ctx.regions.get(p);
      const id = region && egressPriceId(ctx, region);
      if (!id) {
        ctx.findings.push({
          rule: 'estimate-unpriced-egress',
          severity: 'info',
          message: `service "${s.id}": ${fmt(gb)} GB/month of internet egress from ${p} (${region?.provider ?? 'unknown'}) has no catalog price; it is paid through that site's internet circuits`,
          elements: [s.id, p],
        });
        continue;
      }
      add(ctx, id, {
        category: 'egress',
        element: s.id,
        service: s.id,
        region: p,
        description: `${s.id}: internet egress from ${p}, ${fmt((100 * f) / sum)} % of ${fmt(gbTotal)} GB/month`,
        quantity: gb,
        unit: 'GB',
      });
    }
  }
}

function totals(items: CostItem[], key: (i: CostItem) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) {
    const k = key(i);
    if (k !== undefined) out[k] = (out[k] ?? 0) + i.monthlyUsd;
  }
  return out;
}

/**
 * Prices the design: circuits by their type's price model (or `monthlyCostUsd`), Transit
 * Gateway attachments and processing, per-GB transfer from routed average Mbps
 * (× {@link GB_PER_MBPS_MONTH}), and internet egress. `pricing.overrides` replace catalog
 * prices; such items say "(design override)".
 *
 * @returns items and totals in USD per month (yearly = × 12)
 */
export function priceDesign(design: Design, catalog: Catalog, graph: Graph, load: CircuitLoad, flows: TrafficFlow[], findings: Finding[]): CostSummary {
  const ctx: Ctx = { design, catalog, regions: new Map(design.regions.map((r) => [r.id, r])), items: [], findings, overridesUsed: new Set(), missing: new Set() };
  for (const c of design.circuits) priceCircuit(ctx, c, graph, load);
  priceTransitGateways(ctx, flows);
  priceEgress(ctx, flows);
  const monthlyUsd = ctx.items.reduce((a, i) => a + i.monthlyUsd, 0);
  return {
    monthlyUsd,
    yearlyUsd: monthlyUsd * MONTHS_PER_YEAR,
    pricesAsOf: catalog.pricesAsOf,
    items: ctx.items,
    byCategory: totals(ctx.items, (i) => i.category),
    byRegion: totals(ctx.items, (i) => i.region),
    byCircuit: totals(ctx.items, (i) => i.circuit),
    byService: totals(ctx.items, (i) => i.service),
    overridesUsed: [...ctx.overridesUsed].sort(),
    volumeBasis: `GB per month = average Mbps × ${GB_PER_MBPS_MONTH} (1 Mbps sustained for a ${HOURS_PER_MONTH}-hour month = 1e6 bit/s × ${HOURS_PER_MONTH} h × 3600 s ÷ 8 ÷ 1e9 GB)`,
  };
}
