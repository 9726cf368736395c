/**
 * data-residency: a service whose data class allows some jurisdictions is placed in a
 * region outside them (error), or serves users in regions outside them (warning: the data
 * leaves its jurisdiction on every read). `EU` allows every EU member state.
 */
import { regionJurisdiction } from '../catalog/index.ts';
import type { Finding, Rule } from './types.ts';

export const dataResidency: Rule = {
  id: 'data-residency',
  severity: 'error',
  title: 'Data class placed in, or served to, a region outside its allowed jurisdictions',
  check(ctx) {
    const out: Finding[] = [];
    const regions = new Map(ctx.design.regions.map((r) => [r.id, r] as const));
    for (const s of ctx.design.services) {
      const dc = s.dataClass;
      if (!dc) continue;
      const allowed = new Set(dc.allowedJurisdictions.map((j) => j.trim().toUpperCase()));
      const verdict = (regionId: string) => {
        const r = regions.get(regionId);
        if (!r) return undefined;
        const j = regionJurisdiction(r, ctx.catalog);
        if (!j) return { ok: false, where: 'an unknown jurisdiction' };
        const ok = allowed.has(j.country) || (j.eu && allowed.has('EU'));
        return { ok, where: j.country };
      };
      const allowedText = [...allowed].join(', ');
      for (const p of new Set(s.placements)) {
        const v = verdict(p);
        if (!v || v.ok) continue;
        out.push({
          rule: this.id,
          severity: 'error',
          message: `${s.id} holds ${dc.name} (allowed in ${allowedText}) in ${p}, which is in ${v.where}`,
          elements: [s.id, p],
          hint: `move the placement to a region in ${allowedText}, or set the region's jurisdiction if it is legally elsewhere`,
        });
      }
      for (const u of Object.keys(s.load?.users ?? {})) {
        if (s.placements.includes(u)) continue;
        const v = verdict(u);
        if (!v || v.ok) continue;
        out.push({
          rule: this.id,
          severity: 'warning',
          message: `${s.id} serves ${dc.name} (allowed in ${allowedText}) to users in ${u}, which is in ${v.where}`,
          elements: [s.id, u],
          hint: `check that access from ${v.where} is lawful for ${dc.name} (e.g. an adequacy decision), or serve those users a reduced data set`,
        });
      }
    }
    return out;
  },
};
