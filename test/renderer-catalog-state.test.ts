// When the catalog fails to load, the studio says which feature needs it and why.
import { describe, expect, it } from 'vitest';
import { catalogUnavailable } from '../src/renderer/catalog/useCatalog.ts';

describe('catalog unavailable message', () => {
  it('names the feature and the load error', () => {
    expect(catalogUnavailable('Region search', { status: 'unavailable', error: 'Failed to fetch dynamically imported module: /assets/catalog.js' })).toBe(
      'Region search needs the region catalog, which could not be loaded: Failed to fetch dynamically imported module: /assets/catalog.js.',
    );
  });

  it('still reads as a sentence without an error message', () => {
    expect(catalogUnavailable('Region search', { status: 'unavailable' })).toBe('Region search needs the region catalog, which could not be loaded.');
  });
});
