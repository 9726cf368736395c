/**
 * Turns a palette item into commands: a region at a point, a service placed in a region
 * (or in every selected region), a circuit type chosen for the next connection (and, when
 * exactly two regions are selected, the circuit between them: the keyboard way to connect).
 */
import type { CatalogState } from '../catalog/useCatalog.ts';
import { unproject } from '../canvas/geo.ts';
import { dispatch, setStatus, useStudio } from '../store/studio.ts';
import { CIRCUIT_ITEMS, REGION_ITEMS, SERVICE_ITEMS, circuitBetween, freeSpot, regionFromCatalog, regionFromItem, serviceFromItem, type PalettePayload } from './items.ts';

const round2 = (v: number) => Math.round(v * 100) / 100;

export function addFromPalette(payload: PalettePayload, where: { at: { x: number; y: number }; regionId?: string; catalog: CatalogState }): void {
  const s = useStudio.getState();
  const design = s.design;
  if (payload.group === 'region') {
    let region;
    const spot = freeSpot(design, { x: Math.round(where.at.x - 120), y: Math.round(where.at.y - 23) });
    if (payload.catalogCode && where.catalog.catalog) {
      const entry = where.catalog.catalog.regions.find((r) => r.code === payload.catalogCode && r.provider === payload.provider);
      if (entry) region = regionFromCatalog(design, entry, spot);
    }
    if (!region) {
      const item = REGION_ITEMS.find((i) => i.label === payload.label);
      if (!item) return;
      region = regionFromItem(design, item, where.catalog.catalog?.regions, spot);
      if (!region.providerRegion) {
        // A site is somewhere: on the map the drop point says where; otherwise ask.
        const lonLat = s.layout === 'map' ? unproject(where.at.x, where.at.y) : undefined;
        if (!lonLat) {
          useStudio.setState({ pendingSite: { label: item.label, position: spot } });
          return;
        }
        region = { ...region, location: { lat: round2(lonLat.lat), lon: round2(lonLat.lon) } };
        delete region.position;
      }
    }
    dispatch({ type: 'addRegion', region }, `add ${region.name}`, [region.id]);
    return;
  }
  if (payload.group === 'service') {
    const item = SERVICE_ITEMS.find((i) => i.label === payload.label);
    if (!item) return;
    const regionIds = new Set(design.regions.map((r) => r.id));
    const targets = where.regionId ? [where.regionId] : s.selection.filter((id) => regionIds.has(id));
    if (targets.length === 0) {
      setStatus(`Drop ${item.label} on a region, or select the regions to place it in and click it again.`, 'error');
      return;
    }
    const service = serviceFromItem(design, item, targets);
    dispatch({ type: 'addService', service }, `add ${service.name}`, [service.id]);
    return;
  }
  const item = CIRCUIT_ITEMS.find((i) => i.label === payload.label);
  if (!item) return;
  useStudio.setState({ circuitType: item.type });
  const regionIds = new Set(design.regions.map((r) => r.id));
  const picked = s.selection.filter((id) => regionIds.has(id));
  if (picked.length === 2 && s.selection.length === 2) {
    const circuit = circuitBetween(design, item.type, picked[0]!, picked[1]!);
    dispatch({ type: 'addCircuit', circuit }, `connect with ${item.label}`, [circuit.id]);
  } else {
    setStatus(`${item.label} chosen: drag from one region's handle to another to draw it (or select two regions and click it).`);
  }
}
