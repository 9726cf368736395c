/**
 * The region/circuit/price catalog on the UI thread (palette search, map positions). Loaded
 * lazily: `catalog` is undefined while it loads, and stays so (status `unavailable`) when it
 * fails to load; the UI then says which features need it.
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
  /** Why the catalog could not be loaded (status `unavailable`). */
  error?: string;
}

/** The sentence the UI shows when a feature needs the catalog and it failed to load. */
export function catalogUnavailable(feature: string, state: CatalogState): string {
  return `${feature} needs the region catalog, which could not be loaded${state.error ? `: ${state.error}` : ''}.`;
}

let state: CatalogState = { status: 'loading' };
const listeners = new Set<(s: CatalogState) => void>();
let started = false;

function start(): void {
  if (started) return;
  started = true;
  Promise.all([loadCatalogModule(), loadCatalog()])
    .then(([module, catalog]) => {
      state = { catalog, module, status: 'ready' };
    })
    .catch((err: unknown) => {
      state = { status: 'unavailable', error: err instanceof Error ? err.message : String(err) };
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
  if (!cs.catalog || !cs.module) return undefined;
  const loc = cs.module.resolveRegionLocation(region, cs.catalog);
  return 'error' in loc ? undefined : loc;
}

/** Catalog regions matching a query (code, name, city or country). */
export function searchRegions(cs: CatalogState, q: string, limit = 12): CatalogRegion[] {
  if (!cs.catalog || !cs.module || q.trim().length === 0) return [];
  return cs.module.searchCatalogRegions(cs.catalog, q).slice(0, limit);
}
