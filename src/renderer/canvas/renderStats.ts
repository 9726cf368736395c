/**
 * Counts renders of canvas node components, in total and per node id. The drag test and
 * `npm run bench:ui` read it (through `window.__netstudioRenders`) to prove that moving one
 * node re-renders O(1) node components, whatever the size of the design.
 */
export const renderCounts = { region: 0, service: 0, circuit: 0, byId: {} as Record<string, number> };

export function countRender(kind: 'region' | 'service' | 'circuit', id: string): void {
  renderCounts[kind]++;
  renderCounts.byId[id] = (renderCounts.byId[id] ?? 0) + 1;
}

declare global {
  interface Window {
    __netstudioRenders?: typeof renderCounts;
  }
}

if (typeof window !== 'undefined') window.__netstudioRenders = renderCounts;
