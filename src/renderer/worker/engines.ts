/**
 * Loads the engines of src/core for the workers (and the catalog for the UI thread). Each is
 * a dynamic import, so a worker parses only the engines it uses and each engine once.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { CatalogModule, EstimateModule, RulesModule, SimulateModule } from './engineTypes.ts';

let catalogModule: Promise<CatalogModule> | undefined;
let catalog: Promise<Catalog> | undefined;

export function loadCatalogModule(): Promise<CatalogModule> {
  catalogModule ??= import('../../core/catalog/index.ts');
  return catalogModule;
}

export function loadCatalog(): Promise<Catalog> {
  catalog ??= loadCatalogModule().then((m) => m.getCatalog());
  return catalog;
}

export const loadEstimate = (): Promise<EstimateModule> => import('../../core/estimate/index.ts');
export const loadSimulate = (): Promise<SimulateModule> => import('../../core/simulate/index.ts');
export const loadRules = (): Promise<RulesModule> => import('../../core/rules/index.ts');
