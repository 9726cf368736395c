import { useState, type DragEvent } from 'react';
import { catalogUnavailable, useCatalog, searchRegions } from '../catalog/useCatalog.ts';
import { canvasController } from '../canvas/controller.ts';
import { CircuitIcon, ProviderIcon, ServiceIcon } from '../canvas/icons.tsx';
import { useStudio } from '../store/studio.ts';
import { addFromPalette } from './addFromPalette.ts';
import { CIRCUIT_ITEMS, DND_MIME, PROVIDER_LABEL, REGION_ITEMS, SERVICE_ITEMS, type PalettePayload } from './items.ts';

function startDrag(e: DragEvent, payload: PalettePayload) {
  e.dataTransfer.setData(DND_MIME, JSON.stringify(payload));
  e.dataTransfer.effectAllowed = 'copy';
}

function PaletteButton({ payload, icon, pressed, title }: { payload: PalettePayload; icon: React.ReactNode; pressed?: boolean; title?: string }) {
  const catalog = useCatalog();
  return (
    <button
      type="button"
      className="ns-palette-item"
      draggable
      aria-pressed={pressed}
      title={title}
      onDragStart={(e) => startDrag(e, payload)}
      onClick={() => addFromPalette(payload, { at: canvasController()?.viewportCentre() ?? { x: 0, y: 0 }, catalog })}
    >
      {icon}
      <span>{payload.label}</span>
    </button>
  );
}

export default function Palette() {
  const [query, setQuery] = useState('');
  const catalog = useCatalog();
  const circuitType = useStudio((s) => s.circuitType);
  const hits = searchRegions(catalog, query);
  const q = query.trim().toLowerCase();
  const match = (label: string) => q === '' || label.toLowerCase().includes(q);
  return (
    <nav className="ns-palette" aria-label="Palette">
      <input
        type="search"
        className="ns-search"
        placeholder="Search regions, e.g. eu-west"
        aria-label="Search the palette"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {q && catalog.status === 'unavailable' ? <p className="ns-hint">{catalogUnavailable('Region search', catalog)}</p> : null}
      {hits.length > 0 ? (
        <section aria-label="Catalog regions">
          <h3>Catalog regions</h3>
          {hits.map((r) => {
            const label = `${PROVIDER_LABEL[r.provider]} ${r.name}`;
            return (
              <PaletteButton
                key={`${r.provider}:${r.code}`}
                payload={{ group: 'region', label, catalogCode: r.code, provider: r.provider }}
                icon={<ProviderIcon provider={r.provider} />}
                title={`${r.code} · ${r.city}, ${r.country} · source: ${r.source.label}`}
              />
            );
          })}
        </section>
      ) : null}
      <section aria-label="Regions">
        <h3>Regions</h3>
        {REGION_ITEMS.filter((i) => match(i.label)).map((i) => (
          <PaletteButton key={i.label} payload={{ group: 'region', label: i.label }} icon={<ProviderIcon provider={i.provider} kind={i.kind} />} />
        ))}
      </section>
      <section aria-label="Circuits">
        <h3>Circuits</h3>
        {CIRCUIT_ITEMS.filter((i) => match(i.label)).map((i) => (
          <PaletteButton
            key={i.label}
            payload={{ group: 'circuit', label: i.label }}
            icon={<CircuitIcon type={i.type} />}
            pressed={circuitType === i.type}
            title="Choose this type, then drag from one region's handle to another"
          />
        ))}
      </section>
      <section aria-label="Services">
        <h3>Services</h3>
        {SERVICE_ITEMS.filter((i) => match(i.label)).map((i) => (
          <PaletteButton key={i.label} payload={{ group: 'service', label: i.label }} icon={<ServiceIcon kind={i.kind} />} title="Drop on a region, or select regions and click" />
        ))}
      </section>
    </nav>
  );
}
