/**
 * The region/circuit/price catalog on the UI thread (palette search, map positions). Loaded
 * lazily; until the catalog module exists in the build, `catalog` stays undefined and the
 * UI says which features need it.
 */
import { useEffect, useState } from 'react';
import type { Catalog, CatalogRegion } from '../../core/catalog/types.ts';
import type { Region } from '../../core/model/index.ts';
import type { CatalogModule } from '../worker/engineTypes.ts';
import { loadCatalog, loadCatalogModule } from '../worker/engines.ts';

export interface CatalogState {
  catalog?: Catalog;
  module?: CatalogModule;
  status: 'loading' | 'ready' | 'unavailable';
}

let state: CatalogState = { status: 'loading' };
const listeners = new Set<(s: CatalogState) => void>();
let started = false;

function start(): void {
  if (started) return;
  started = true;
  Promise.all([loadCatalogModule(), loadCatalog()])
    .then(([module, catalog]) => {
      state = catalog && module ? { catalog, module, status: 'ready' } : { status: 'unavailable' };
    })
    .catch(() => {
      state = { status: 'unavailable' };
    })
    .finally(() => listeners.forEach((l) => l(state)));
}

export function useCatalog(): CatalogState {
  const [s, setS] = useState(state);
  useEffect(() => {
    start();
    listeners.add(setS);
    setS(state);
    return () => {
      listeners.delete(setS);
    };
  }, []);
  return s;
}

export function getCatalogState(): CatalogState {
  start();
  return state;
}

/** Where a region is on the globe: its explicit location, else the catalog's entry for its provider region. */
export function regionLocation(region: Region, cs: CatalogState): { lat: number; lon: number } | undefined {
  if (region.location) return region.location;
  if (!cs.catalog) return undefined;
  if (cs.module?.resolveRegionLocation) {
    try {
      const loc = cs.module.resolveRegionLocation(region, cs.catalog);
      return 'error' in loc ? undefined : loc;
    } catch {
      return undefined;
    }
  }
  const hit = cs.catalog.regions.find((r) => r.provider === region.provider && r.code === region.providerRegion);
  return hit ? { lat: hit.lat, lon: hit.lon } : undefined;
}

/** Catalog regions matching a query (code, name, city or country). */
export function searchRegions(cs: CatalogState, q: string, limit = 12): CatalogRegion[] {
  if (!cs.catalog || q.trim().length === 0) return [];
  if (cs.module?.searchCatalogRegions) return cs.module.searchCatalogRegions(cs.catalog, q).slice(0, limit);
  const needle = q.trim().toLowerCase();
  return cs.catalog.regions
    .filter((r) => [r.code, r.name, r.city, r.country, r.provider].some((f) => f.toLowerCase().includes(needle)))
    .slice(0, limit);
}
