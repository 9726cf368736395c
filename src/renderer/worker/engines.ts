/**
 * Loads the engines of src/core. They land one by one; `import.meta.glob` resolves to an
 * empty map when a module is not in the tree yet, so the studio builds and says plainly which
 * analysis is not available instead of failing to start.
 */
import type { Catalog } from '../../core/catalog/types.ts';
import type { CatalogModule, EstimateModule, RulesModule, SimulateModule } from './engineTypes.ts';

const catalogModules = import.meta.glob('../../core/catalog/index.ts');
const estimateModules = import.meta.glob('../../core/estimate/index.ts');
const simulateModules = import.meta.glob('../../core/simulate/index.ts');
const rulesModules = import.meta.glob('../../core/rules/index.ts');

async function load<T>(modules: Record<string, () => Promise<unknown>>, fn: string): Promise<T | undefined> {
  const loader = Object.values(modules)[0];
  if (!loader) return undefined;
  const mod = (await loader()) as Record<string, unknown>;
  return typeof mod[fn] === 'function' ? (mod as T) : undefined;
}

let catalogModule: Promise<CatalogModule | undefined> | undefined;
let catalog: Promise<Catalog | undefined> | undefined;

export function loadCatalogModule(): Promise<CatalogModule | undefined> {
  catalogModule ??= load<CatalogModule>(catalogModules, 'getCatalog');
  return catalogModule;
}

export function loadCatalog(): Promise<Catalog | undefined> {
  catalog ??= loadCatalogModule().then(async (m) => (m ? await m.getCatalog() : undefined));
  return catalog;
}

export const loadEstimate = () => load<EstimateModule>(estimateModules, 'estimateDesign');
export const loadSimulate = () => load<SimulateModule>(simulateModules, 'simulateDesign');
export const loadRules = () => load<RulesModule>(rulesModules, 'lintDesign');
