/**
 * Asks where a new site (data centre, colo, office, edge PoP) is: distances, latency and
 * residency all need a location. A city from the region catalog fills in its coordinates
 * (with the catalog's source); coordinates can also be typed.
 */
import { useMemo, useState } from 'react';
import { useCatalog } from '../catalog/useCatalog.ts';
import { dispatch, useStudio } from '../store/studio.ts';
import { Location } from '../../core/model/index.ts';
import { REGION_ITEMS, regionFromItem } from './items.ts';

interface City {
  city: string;
  country: string;
  lat: number;
  lon: number;
  source: string;
}

export default function SitePrompt() {
  const pending = useStudio((s) => s.pendingSite);
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [error, setError] = useState<string>();
  const cities = useMemo(() => {
    const m = new Map<string, City>();
    for (const r of catalog.catalog?.regions ?? []) {
      const key = `${r.city}|${r.country}`;
      if (!m.has(key)) m.set(key, { city: r.city, country: r.country, lat: r.lat, lon: r.lon, source: `${r.provider} ${r.code} · ${r.source.label}` });
    }
    return [...m.values()].sort((a, b) => a.city.localeCompare(b.city));
  }, [catalog]);
  if (!pending) return null;
  const item = REGION_ITEMS.find((i) => i.label === pending.label)!;
  const q = query.trim().toLowerCase();
  const hits = q ? cities.filter((c) => c.city.toLowerCase().includes(q) || c.country.toLowerCase() === q).slice(0, 8) : [];
  const close = () => {
    useStudio.setState({ pendingSite: undefined });
    setQuery('');
    setLat('');
    setLon('');
    setError(undefined);
  };
  const add = (location: { lat: number; lon: number; city?: string; country?: string }) => {
    const parsed = Location.safeParse(location);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      return;
    }
    const design = useStudio.getState().design;
    const base = regionFromItem(design, item, undefined, pending.position);
    const region = { ...base, name: location.city ? `${location.city} ${item.label.toLowerCase()}` : base.name, location: parsed.data };
    dispatch({ type: 'addRegion', region }, `add ${region.name}`, [region.id]);
    close();
  };
  return (
    <div className="ns-overlay" onMouseDown={close}>
      <div role="dialog" aria-label={`Where is the ${item.label.toLowerCase()}?`} className="ns-dialog" onMouseDown={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <h2>Where is the {item.label.toLowerCase()}?</h2>
        <p className="ns-hint">Latency, cost and data residency need its location.</p>
        <div className="ns-field">
          <label htmlFor="site-city">City</label>
          <input id="site-city" autoFocus value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. Frankfurt" />
        </div>
        {hits.map((c) => (
          <button key={`${c.city}|${c.country}`} type="button" className="ns-palette-item" title={`coordinates from the region catalog: ${c.source}`} onClick={() => add({ city: c.city, country: c.country, lat: c.lat, lon: c.lon })}>
            {c.city}, {c.country} <span className="ns-hint">{c.lat.toFixed(2)}, {c.lon.toFixed(2)}</span>
          </button>
        ))}
        {q && hits.length === 0 ? <p className="ns-hint">No catalog city matches; enter the coordinates.</p> : null}
        <div className="ns-buttons">
          <div className="ns-field">
            <label htmlFor="site-lat">Latitude (°)</label>
            <input id="site-lat" value={lat} onChange={(e) => setLat(e.target.value)} inputMode="decimal" />
          </div>
          <div className="ns-field">
            <label htmlFor="site-lon">Longitude (°)</label>
            <input id="site-lon" value={lon} onChange={(e) => setLon(e.target.value)} inputMode="decimal" />
          </div>
        </div>
        {error ? <p className="ns-error" role="alert">{error}</p> : null}
        <div className="ns-buttons">
          <button
            type="button"
            onClick={() => {
              if (lat.trim() === '' || lon.trim() === '') {
                setError('enter both latitude and longitude, or pick a city');
                return;
              }
              add({ lat: Number(lat), lon: Number(lon), ...(q && hits.length === 0 ? { city: query.trim() } : {}) });
            }}
          >
            Add at these coordinates
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
