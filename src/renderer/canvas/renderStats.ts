/**
 * Counts renders of canvas node components. The drag test and `npm run bench:ui` read it
 * (through `window.__netstudioRenders`) to prove that moving one node re-renders O(1) nodes.
 */
export const renderCounts = { region: 0, service: 0, circuit: 0 };

declare global {
  interface Window {
    __netstudioRenders?: typeof renderCounts;
  }
}

if (typeof window !== 'undefined') window.__netstudioRenders = renderCounts;
