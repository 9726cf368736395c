/**
 * The Compare tab: the semantic diff from another version of the design (the base) to the
 * current one — elements, cost, latency, objective verdicts, findings — with a legend for
 * the marks on the canvas. "Clear comparison" removes the marks.
 */
import { diffSummaryLine, type DesignDiff, type ElementRef } from '../../core/diff/index.ts';
import { formatUsd } from '../canvas/format.ts';
import { runAction } from '../actions/registry.ts';
import { select, useStudio } from '../store/studio.ts';
import { kindOf } from '../model/commands.ts';
import { clearComparison, refreshComparison } from './compare.ts';
import { useReview } from './reviewStore.ts';
import './review.css';

function signedUsd(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatUsd(Math.abs(n))}`;
}

function ElementList({ items, selectable }: { items: ElementRef[]; selectable: boolean }) {
  const design = useStudio((s) => s.design);
  if (!items.length) return <p className="ns-hint">None.</p>;
  return (
    <ul>
      {items.slice(0, 200).map((e) => {
        const canSelect = selectable && kindOf(design, e.id) !== undefined && kindOf(design, e.id) !== 'scenario';
        const label = `${e.kind} ${e.name ?? e.id}`;
        return (
          <li key={`${e.kind}:${e.id}`}>
            {canSelect ? (
              <button type="button" className="ns-linklike" onClick={() => select([e.id])}>
                {label}
              </button>
            ) : (
              label
            )}
          </li>
        );
      })}
      {items.length > 200 ? <li className="ns-hint">and {items.length - 200} more</li> : null}
    </ul>
  );
}

function Summary({ diff }: { diff: DesignDiff }) {
  return (
    <div className="ns-compare-grid">
      <section aria-label="Added elements">
        <h4>
          <span className="ns-swatch is-added" aria-hidden />
          Added ({diff.added.length})
        </h4>
        <ElementList items={diff.added} selectable />
      </section>
      <section aria-label="Changed elements">
        <h4>
          <span className="ns-swatch is-changed" aria-hidden />
          Changed ({diff.changed.length})
        </h4>
        {diff.changed.length ? (
          <ul>
            {diff.changed.slice(0, 200).map((e) => (
              <li key={`${e.kind}:${e.id}`}>
                <button type="button" className="ns-linklike" onClick={() => kindOf(useStudio.getState().design, e.id) && select([e.id])}>
                  {e.kind} {e.name ?? e.id}
                </button>
                : {e.changes.map((c) => c.path).join(', ')}
              </li>
            ))}
          </ul>
        ) : (
          <p className="ns-hint">None.</p>
        )}
      </section>
      <section aria-label="Removed elements">
        <h4>
          <span className="ns-swatch is-removed" aria-hidden />
          Removed ({diff.removed.length})
        </h4>
        <ElementList items={diff.removed} selectable={false} />
      </section>
      <section aria-label="Cost delta">
        <h4>Cost</h4>
        {diff.cost ? (
          <>
            <p>
              {formatUsd(diff.cost.beforeMonthlyUsd)} → {formatUsd(diff.cost.afterMonthlyUsd)} per month:{' '}
              <b className={diff.cost.deltaMonthlyUsd > 0 ? 'ns-delta-up' : diff.cost.deltaMonthlyUsd < 0 ? 'ns-delta-down' : ''}>{signedUsd(diff.cost.deltaMonthlyUsd)}</b>
              {diff.cost.deltaPercent !== null ? ` (${diff.cost.deltaPercent > 0 ? '+' : ''}${diff.cost.deltaPercent.toFixed(1)} %)` : ''}
            </p>
            {diff.cost.byCategory.length ? (
              <ul>
                {diff.cost.byCategory.slice(0, 12).map((c) => (
                  <li key={c.category}>
                    {c.category}: {signedUsd(c.deltaMonthlyUsd)}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p className="ns-hint">Not compared (see the notes).</p>
        )}
      </section>
      <section aria-label="Latency changes">
        <h4>Latency {diff.latency ? `(changes of at least ${diff.latency.thresholdMs} ms and ${diff.latency.thresholdPercent} %)` : ''}</h4>
        {diff.latency ? (
          diff.latency.changes.length ? (
            <ul>
              {diff.latency.changes.slice(0, 50).map((l) => (
                <li key={`${l.from}>${l.to}`}>
                  {l.from} {l.bothDirections ? '↔' : '→'} {l.to}:{' '}
                  {l.status === 'changed'
                    ? `${l.beforeMs?.toFixed(1)} → ${l.afterMs?.toFixed(1)} ms (${(l.deltaMs ?? 0) > 0 ? '+' : ''}${l.deltaMs?.toFixed(1)} ms)`
                    : l.status === 'added'
                      ? `new pair, ${l.afterMs?.toFixed(1)} ms`
                      : `pair removed (was ${l.beforeMs?.toFixed(1)} ms)`}
                </li>
              ))}
            </ul>
          ) : (
            <p className="ns-hint">No latency change over the threshold.</p>
          )
        ) : (
          <p className="ns-hint">Not compared (see the notes).</p>
        )}
      </section>
      <section aria-label="Objective verdict changes">
        <h4>Objectives</h4>
        {diff.objectives ? (
          diff.objectives.length ? (
            <ul>
              {diff.objectives.slice(0, 50).map((o) => (
                <li key={`${o.scenario}|${o.service}|${o.objective}`}>
                  {o.service} · {o.objective.toUpperCase()} in {o.scenario}: {o.before} → <b className={o.after === 'fail' ? 'ns-delta-up' : o.after === 'pass' ? 'ns-delta-down' : ''}>{o.after}</b>
                </li>
              ))}
            </ul>
          ) : (
            <p className="ns-hint">No verdict changed.</p>
          )
        ) : (
          <p className="ns-hint">Not compared (see the notes).</p>
        )}
      </section>
      <section aria-label="Findings">
        <h4>Findings</h4>
        {diff.findings ? (
          diff.findings.new.length + diff.findings.cleared.length ? (
            <ul>
              {diff.findings.new.slice(0, 30).map((f, i) => (
                <li key={`n${i}`}>
                  <b>new</b> {f.severity}: {f.message}
                </li>
              ))}
              {diff.findings.cleared.slice(0, 30).map((f, i) => (
                <li key={`c${i}`}>
                  <b>cleared</b> {f.severity}: {f.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="ns-hint">No new or cleared findings.</p>
          )
        ) : (
          <p className="ns-hint">Not compared (see the notes).</p>
        )}
      </section>
    </div>
  );
}

export default function ComparePanel() {
  const comparison = useReview((s) => s.comparison);
  const design = useStudio((s) => s.design);
  if (!comparison) {
    return (
      <div className="ns-compare">
        <p>Compare this design with another version of it: elements added, removed and changed, and what that does to cost, latency, objectives and findings.</p>
        <p>
          <button type="button" onClick={() => runAction('review.compare')}>
            Compare with…
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="ns-compare">
      <div className="ns-compare-legend" aria-label="Comparison legend">
        <span>
          Changes from <b>{comparison.baseName}</b> to this design
        </span>
        <span>
          <span className="ns-swatch is-added" aria-hidden />
          added
        </span>
        <span>
          <span className="ns-swatch is-changed" aria-hidden />
          changed
        </span>
        <span>
          <span className="ns-swatch is-removed" aria-hidden />
          removed (listed here; not on this canvas)
        </span>
        <span className="ns-compare-spacer" />
        <button type="button" onClick={refreshComparison} disabled={comparison.status === 'running'}>
          Compare again
        </button>
        <button type="button" onClick={clearComparison}>
          Clear comparison
        </button>
      </div>
      {comparison.status === 'running' ? <p aria-live="polite">Comparing (running the engines on both designs)…</p> : null}
      {comparison.status === 'error' ? <p role="alert">The comparison failed: {comparison.error}</p> : null}
      {comparison.status === 'done' && comparison.after !== design ? (
        <p className="ns-hint">The design has been edited since this comparison; Compare again to bring it up to date.</p>
      ) : null}
      {comparison.diff ? (
        <>
          <p className="ns-compare-summary" data-testid="comparison-summary">
            <b>{diffSummaryLine(comparison.diff)}</b>
          </p>
          <Summary diff={comparison.diff} />
          {comparison.diff.notes.length ? (
            <ul className="ns-export-notes" aria-label="Comparison notes">
              {comparison.diff.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
