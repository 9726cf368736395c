import { useMemo } from 'react';
import { select, useStudio, type StudioState } from '../store/studio.ts';
import { formatSeconds } from '../canvas/format.ts';

export interface ProblemRow {
  key: string;
  severity: 'error' | 'warning' | 'info';
  source: string;
  message: string;
  where?: string;
  elements: string[];
  hint?: string;
}

/** Everything that is wrong with the design, from every source, in one list. */
export function collectProblems(s: Pick<StudioState, 'codeProblems' | 'documentWarnings' | 'openProblems' | 'analysis' | 'sweep' | 'monteCarlo' | 'design'>): ProblemRow[] {
  const rows: ProblemRow[] = [];
  const elementAt = (path: string) => {
    const m = /^(regions|circuits|services|scenarios)\[(\d+)\]/.exec(path);
    if (!m) return [];
    const list = s.design[m[1] as 'regions'] as { id: string }[] | undefined;
    const e = list?.[Number(m[2])];
    return e ? [e.id] : [];
  };
  if (s.openProblems) {
    s.openProblems.problems.forEach((p, i) =>
      rows.push({ key: `open${i}`, severity: 'error', source: `${s.openProblems!.name} (not opened)`, message: p.message, where: `${p.path || 'file'} ${p.line}:${p.column}`, elements: [] }),
    );
  }
  s.codeProblems.forEach((p, i) =>
    rows.push({ key: `code${i}`, severity: p.severity, source: 'Code (YAML)', message: p.message, where: `${p.path || 'file'} ${p.line}:${p.column}`, elements: elementAt(p.path) }),
  );
  s.documentWarnings.forEach((p, i) =>
    rows.push({ key: `warn${i}`, severity: 'warning', source: 'Document', message: p.message, where: `${p.path} ${p.line}:${p.column}`, elements: elementAt(p.path) }),
  );
  const names = new Map(s.design.services.map((x) => [x.id, x.name]));
  for (const sc of s.analysis?.simulation?.scenarios ?? []) {
    for (const o of sc.services) {
      if (o.meetsRto && o.meetsRpo) continue;
      const svc = s.design.services.find((x) => x.id === o.service);
      const parts = [];
      if (!o.meetsRto) parts.push(`RTO ${formatSeconds(o.rtoSeconds)} against a target of ${formatSeconds(svc?.objectives?.rtoSeconds)}`);
      if (!o.meetsRpo) parts.push(`RPO ${formatSeconds(o.rpoSeconds)} against a target of ${formatSeconds(svc?.objectives?.rpoSeconds)}`);
      rows.push({
        key: `sc:${sc.id}:${o.service}`,
        severity: 'error',
        source: 'Objectives',
        message: `${names.get(o.service) ?? o.service} fails its objective in scenario “${sc.name}”: ${parts.join('; ')}`,
        elements: [o.service],
      });
    }
  }
  if (s.sweep?.sweep) {
    const kind = s.sweep.sweep.kind === 'n1' ? 'N-1' : 'N-2';
    for (const w of s.sweep.sweep.worst) {
      if (w.meetsRto && w.meetsRpo) continue;
      const svc = s.design.services.find((x) => x.id === w.service);
      const parts = [];
      if (!w.meetsRto) parts.push(`worst RTO ${formatSeconds(w.rtoSeconds)} (target ${formatSeconds(svc?.objectives?.rtoSeconds)}) when ${w.scenario.split('+').join(' + ')} fails`);
      if (!w.meetsRpo) parts.push(`worst RPO ${formatSeconds(w.rpoSeconds)} (target ${formatSeconds(svc?.objectives?.rpoSeconds)}) when ${w.rpoScenario.split('+').join(' + ')} fails`);
      rows.push({
        key: `sweep:${w.service}`,
        severity: 'error',
        source: `${kind} sweep`,
        message: `${names.get(w.service) ?? w.service} fails its objective: ${parts.join('; ')} (${w.failingScenarios} failing scenario${w.failingScenarios === 1 ? '' : 's'})`,
        elements: [w.service],
      });
    }
  }
  for (const m of s.monteCarlo?.monteCarlo?.services ?? []) {
    if (m.meetsAvailability) continue;
    rows.push({
      key: `mc:${m.service}`,
      severity: 'error',
      source: 'Monte Carlo',
      message: `${names.get(m.service) ?? m.service} is available ${(m.availability * 100).toFixed(4)} % of the time against a target of ${m.targetPercent} %`,
      elements: [m.service],
    });
  }
  (s.analysis?.findings ?? []).forEach((f, i) =>
    rows.push({ key: `rule${i}`, severity: f.severity, source: `Rule ${f.rule}`, message: f.message, elements: f.elements, ...(f.hint ? { hint: f.hint } : {}) }),
  );
  for (const [engine, why] of Object.entries(s.analysis?.unavailable ?? {})) {
    rows.push({ key: `engine:${engine}`, severity: 'info', source: `Engine: ${engine}`, message: why, elements: [] });
  }
  return rows;
}

export default function ProblemsPanel() {
  const codeProblems = useStudio((s) => s.codeProblems);
  const documentWarnings = useStudio((s) => s.documentWarnings);
  const openProblems = useStudio((s) => s.openProblems);
  const analysis = useStudio((s) => s.analysis);
  const sweep = useStudio((s) => s.sweep);
  const monteCarlo = useStudio((s) => s.monteCarlo);
  const design = useStudio((s) => s.design);
  const rows = useMemo(
    () => collectProblems({ codeProblems, documentWarnings, openProblems, analysis, sweep, monteCarlo, design }),
    [codeProblems, documentWarnings, openProblems, analysis, sweep, monteCarlo, design],
  );
  const counted = rows.filter((r) => r.severity !== 'info');
  if (rows.length === 0) return <p className="ns-hint">{analysis ? 'No problems: the document is valid, no rule fires and every objective is met.' : 'Analysing…'}</p>;
  return (
    <div>
      <p className="ns-hint">
        {counted.length} problem{counted.length === 1 ? '' : 's'}
        {openProblems ? (
          <button type="button" className="ns-link" onClick={() => useStudio.setState({ openProblems: undefined })}>
            Dismiss the problems of {openProblems.name}
          </button>
        ) : null}
      </p>
      <ul className="ns-problems" aria-label="Problems list">
        {rows.map((r) => (
          <li key={r.key} className={`ns-problem ns-sev-${r.severity}`}>
            <button type="button" disabled={r.elements.length === 0} onClick={() => select(r.elements)} title={r.hint ? `Fix: ${r.hint}` : undefined}>
              <span className="ns-sev">{r.severity}</span>
              <span className="ns-source">{r.source}</span>
              {r.where ? <span className="ns-where">{r.where}</span> : null}
              <span className="ns-message">{r.message}</span>
              {r.hint ? <span className="ns-fix">Fix: {r.hint}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
