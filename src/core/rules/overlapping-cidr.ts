/** overlapping-cidr: two regions (or two segments) with overlapping address space. */
import type { Finding, Rule } from './types.ts';

/** Parses an IPv4 CIDR into [first, last] address as unsigned 32-bit numbers. */
export function cidrRange(cidr: string): [number, number] {
  const [ip, len] = cidr.split('/') as [string, string];
  const base = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(len));
  const first = Math.floor(base / size) * size;
  return [first, first + size - 1];
}

function overlaps(list: { id: string; cidr: string }[], what: string, rule: Rule): Finding[] {
  const out: Finding[] = [];
  const ranges = list.map((x) => ({ ...x, r: cidrRange(x.cidr) })).sort((a, b) => a.r[0] - b.r[0]);
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length && ranges[j]!.r[0] <= ranges[i]!.r[1]; j++) {
      const a = ranges[i]!;
      const b = ranges[j]!;
      out.push({
        rule: rule.id,
        severity: rule.severity,
        message: `${what} ${a.id} (${a.cidr}) and ${b.id} (${b.cidr}) overlap: routes between them are ambiguous`,
        elements: [a.id, b.id],
        hint: `give one of them a block outside the other, or remove the cidr and let IPAM allocate one`,
      });
    }
  }
  return out;
}

export const overlappingCidr: Rule = {
  id: 'overlapping-cidr',
  severity: 'error',
  title: 'Regions or segments with overlapping CIDR blocks',
  check(ctx) {
    const regions = ctx.design.regions.filter((r) => r.cidr).map((r) => ({ id: r.id, cidr: r.cidr! }));
    const segments = (ctx.design.segments ?? []).filter((s) => s.cidr).map((s) => ({ id: s.id, cidr: s.cidr! }));
    return [...overlaps(regions, 'regions', this), ...overlaps(segments, 'segments', this)];
  },
};
