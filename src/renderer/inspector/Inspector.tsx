import { useId, useState, type ReactNode } from 'react';
import type { Circuit, Region, Service } from '../../core/model/index.ts';
import { useCatalog } from '../catalog/useCatalog.ts';
import { dispatch, useStudio } from '../store/studio.ts';
import { kindOf, type ElementKind } from '../model/commands.ts';
import { FIELDS, commitValue, getIn, type FieldSpec } from './fields.ts';
import { CIRCUIT_LABEL, REGION_KIND_LABEL, SERVICE_LABEL } from '../palette/items.ts';
import Demands from './Demands.tsx';

type Element = Region | Circuit | Service;

function Field({ spec, element, kind, fallback }: { spec: FieldSpec; element: Element; kind: Exclude<ElementKind, 'scenario'>; fallback?: { value: string; basis: string } }) {
  const id = useId();
  const current = getIn(element, spec.path);
  const shown = current === undefined ? '' : String(current);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string>();
  const commit = (raw: string | boolean) => {
    const out = commitValue(spec, element, raw);
    if ('error' in out) {
      setError(out.error);
      return;
    }
    setError(undefined);
    setDraft(undefined);
    dispatch({ type: 'setField', kind, id: element.id, path: out.path, value: out.value }, `set ${spec.label}`);
  };
  const label = (
    <label htmlFor={id}>
      {spec.label}
      {spec.unit ? <span className="ns-unit"> ({spec.unit})</span> : null}
    </label>
  );
  const hint = fallback ? (
    <div className="ns-default" id={`${id}-default`}>
      Default {fallback.value} — {fallback.basis}
    </div>
  ) : null;
  const err = error ? (
    <div className="ns-error" id={`${id}-error`} role="alert">
      {error}
    </div>
  ) : null;
  const describedBy = [error ? `${id}-error` : '', fallback ? `${id}-default` : ''].filter(Boolean).join(' ') || undefined;
  let input: ReactNode;
  if (spec.type === 'enum') {
    input = (
      <select id={id} value={shown} aria-describedby={describedBy} aria-invalid={!!error} onChange={(e) => commit(e.target.value)}>
        {current === undefined || spec.group ? <option value="">{current === undefined ? '— not set —' : '— clear —'}</option> : null}
        {spec.options?.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (spec.type === 'boolean') {
    input = (
      <select
        id={id}
        value={current === undefined ? '' : current ? 'yes' : 'no'}
        aria-describedby={describedBy}
        onChange={(e) => commit(e.target.value === '' ? '' : e.target.value === 'yes')}
      >
        <option value="">— default —</option>
        <option value="yes">yes</option>
        <option value="no">no</option>
      </select>
    );
  } else {
    input = (
      <input
        id={id}
        type="text"
        inputMode={spec.type === 'text' ? 'text' : 'decimal'}
        value={draft ?? shown}
        placeholder={fallback ? `${fallback.value} (default)` : ''}
        aria-describedby={describedBy}
        aria-invalid={!!error}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== undefined && draft !== shown && commit(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (draft !== undefined && draft !== shown) commit(draft);
          } else if (e.key === 'Escape') {
            setDraft(undefined);
            setError(undefined);
          }
        }}
      />
    );
  }
  return (
    <div className={`ns-field ${error ? 'has-error' : ''}`}>
      {label}
      {input}
      {err}
      {hint}
    </div>
  );
}

function UserShare({ service, regionId }: { service: Service; regionId: string }) {
  const current = service.load?.users?.[regionId];
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const commit = () => {
    if (draft === undefined) return;
    const v = draft.trim() === '' ? undefined : Number(draft) / 100;
    if (v !== undefined && !(v >= 0 && v <= 1)) {
      setError('a share is 0–100 %');
      return;
    }
    setError(undefined);
    setDraft(undefined);
    dispatch({ type: 'setField', kind: 'service', id: service.id, path: ['load', 'users', regionId], value: v }, 'set user share');
  };
  return (
    <span className="ns-share">
      <input
        aria-label={`User share in ${regionId} (%)`}
        inputMode="decimal"
        size={4}
        value={draft ?? (current === undefined ? '' : String(Math.round(current * 1000) / 10))}
        placeholder="users %"
        onClick={(e) => e.preventDefault()}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())}
      />
      {error ? <span className="ns-error">{error}</span> : null}
    </span>
  );
}

function Placements({ service }: { service: Service }) {
  const regions = useStudio((s) => s.design.regions);
  return (
    <fieldset className="ns-placements">
      <legend>Placements</legend>
      {regions.map((r) => {
        const on = service.placements.includes(r.id);
        return (
          <label key={r.id} className="ns-check">
            <input
              type="checkbox"
              checked={on}
              onChange={() =>
                dispatch(
                  { type: on ? 'unplaceService' : 'placeService', serviceId: service.id, regionId: r.id },
                  on ? `remove ${service.name} from ${r.name}` : `place ${service.name} in ${r.name}`,
                )
              }
            />
            {r.name}
            {on ? <UserShare service={service} regionId={r.id} /> : null}
          </label>
        );
      })}
      {service.placements.length > 1 ? (
        <div className="ns-field">
          <label htmlFor={`primary-${service.id}`}>Primary</label>
          <select
            id={`primary-${service.id}`}
            value={service.primary ?? ''}
            onChange={(e) => dispatch({ type: 'setField', kind: 'service', id: service.id, path: ['primary'], value: e.target.value || undefined }, 'set primary')}
          >
            <option value="">— none —</option>
            {service.placements.map((p) => (
              <option key={p} value={p}>
                {regions.find((r) => r.id === p)?.name ?? p}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}

function DesignFields() {
  const design = useStudio((s) => s.design);
  const [name, setName] = useState<string>();
  const [description, setDescription] = useState<string>();
  return (
    <>
      <h2>Design</h2>
      <div className="ns-field">
        <label htmlFor="design-name">Design name</label>
        <input
          id="design-name"
          value={name ?? design.name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => {
            if (name !== undefined && name.trim() && name !== design.name) dispatch({ type: 'setDesignField', key: 'name', value: name.trim() }, 'rename design');
            setName(undefined);
          }}
        />
      </div>
      <div className="ns-field">
        <label htmlFor="design-description">Description</label>
        <textarea
          id="design-description"
          rows={4}
          value={description ?? design.description ?? ''}
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => {
            if (description !== undefined && description !== (design.description ?? ''))
              dispatch({ type: 'setDesignField', key: 'description', value: description || undefined }, 'describe design');
            setDescription(undefined);
          }}
        />
      </div>
      <p className="ns-hint">
        {design.regions.length} regions · {design.circuits.length} circuits · {design.services.length} services. Select an element to edit it.
      </p>
      <Demands />
    </>
  );
}

export default function Inspector() {
  const selection = useStudio((s) => s.selection);
  const design = useStudio((s) => s.design);
  const analysis = useStudio((s) => s.analysis);
  const catalog = useCatalog();
  const id = selection.length === 1 ? selection[0]! : undefined;
  const kind = id ? kindOf(design, id) : undefined;
  let body: ReactNode;
  if (selection.length > 1) {
    body = (
      <p className="ns-hint">
        {selection.length} elements selected. Delete removes them; with two regions selected, the canvas highlights the path between them.
      </p>
    );
  } else if (!id || !kind || kind === 'scenario') {
    body = <DesignFields />;
  } else {
    const element = (kind === 'region' ? design.regions : kind === 'circuit' ? design.circuits : design.services).find((e) => e.id === id)! as Element;
    const est = kind === 'circuit' ? analysis?.estimate?.circuits.find((c) => c.id === id) : undefined;
    const estimate = est ? { rttMs: est.rttMs, basis: est.basis, monthlyUsd: est.monthlyUsd } : undefined;
    const specs = FIELDS[kind];
    const sections = [...new Set(specs.map((s) => s.section))];
    const subtitle =
      kind === 'region'
        ? REGION_KIND_LABEL[(element as Region).kind]
        : kind === 'circuit'
          ? `${CIRCUIT_LABEL[(element as Circuit).type]}: ${(element as Circuit).from} → ${(element as Circuit).to}`
          : SERVICE_LABEL[(element as Service).kind];
    body = (
      <>
        <h2>{'name' in element && element.name ? element.name : element.id}</h2>
        <p className="ns-sub">
          {subtitle} · id <code>{element.id}</code>
        </p>
        {sections.map((section) => (
          <fieldset key={section}>
            <legend>{section}</legend>
            {specs
              .filter((s) => s.section === section)
              .map((spec) => (
                <Field
                  key={`${element.id}:${spec.path.join('.')}:${String(getIn(element, spec.path))}`}
                  spec={spec}
                  element={element}
                  kind={kind}
                  fallback={spec.fallback?.({ catalog: catalog.catalog, element, estimate })}
                />
              ))}
          </fieldset>
        ))}
        {kind === 'service' ? <Placements service={element as Service} /> : null}
      </>
    );
  }
  return (
    <form className="ns-inspector" aria-label="Inspector" onSubmit={(e) => e.preventDefault()}>
      {body}
    </form>
  );
}
