/**
 * The Review tab: comments pinned to elements (add on the selection, resolve, reopen,
 * delete, click to select the element) and saved views (save the current one, apply,
 * delete, present). Every change is an undoable edit of the design's `review` section.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { runAction } from '../actions/registry.ts';
import { useStudio } from '../store/studio.ts';
import { applyView, commentOn, elementName, rememberedAuthor, removeComment, removeView, resolveComment, saveCurrentView, selectCommentElement } from './review.ts';
import { commentsOf, viewsOf } from './reviewCommands.ts';
import type { Comment } from '../../core/model/index.ts';
import './review.css';

function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString();
}

function CommentItem({ c }: { c: Comment }) {
  return (
    <li className={`ns-comment ${c.resolved ? 'is-resolved' : ''}`} aria-label={`Comment by ${c.author}`}>
      <div className="ns-comment-head">
        <b>{c.author}</b>
        <span>{when(c.at)}</span>
        <span>
          on{' '}
          {c.element ? (
            <button type="button" className="ns-linklike" onClick={() => selectCommentElement(c.id)} title="Select this element on the canvas">
              {elementName(c.element)}
            </button>
          ) : (
            'the design'
          )}
        </span>
        {c.resolved ? <span>· resolved</span> : null}
      </div>
      <p className="ns-comment-text">{c.text}</p>
      <div className="ns-comment-actions">
        <button type="button" onClick={() => resolveComment(c.id, !c.resolved)}>
          {c.resolved ? 'Reopen' : 'Resolve'}
        </button>
        <button type="button" onClick={() => removeComment(c.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}

export default function ReviewPanel() {
  const design = useStudio((s) => s.design);
  const selection = useStudio((s) => s.selection);
  const [author, setAuthor] = useState(rememberedAuthor);
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<'open' | 'resolved' | 'all'>('open');
  const [viewName, setViewName] = useState('');
  const drilled = useStudio((s) => s.drill?.scenarioId);
  const [viewScenario, setViewScenario] = useState(drilled ?? '');
  const comments = commentsOf(design);
  const views = viewsOf(design);
  const target = selection.length === 1 ? selection[0] : undefined;
  const shown = useMemo(() => comments.filter((c) => (filter === 'all' ? true : filter === 'open' ? !c.resolved : c.resolved)), [comments, filter]);
  const openCount = comments.filter((c) => !c.resolved).length;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The UI shell reads the clock; the edit itself is a pure function of its inputs.
    if (commentOn(target, author, text, new Date())) setText('');
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (saveCurrentView(viewName, viewScenario || undefined)) setViewName('');
  };

  return (
    <div className="ns-review">
      <section aria-label="Comments">
        <h3>
          Comments <span className="ns-hint">({openCount} open, {comments.length - openCount} resolved)</span>
        </h3>
        <form onSubmit={submit} aria-label="New comment">
          <input aria-label="Your name" placeholder="Your name" value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={100} size={14} />
          <textarea
            aria-label="Comment"
            placeholder={
              target
                ? `Comment on ${elementName(target)}`
                : selection.length > 1
                  ? 'Several elements are selected: this comment goes on the whole design (select one to pin it there)'
                  : 'Comment on the whole design (select an element to pin it there)'
            }
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
            }}
          />
          <button type="submit" disabled={!text.trim() || !author.trim()}>
            {target ? `Comment on ${elementName(target)}` : 'Comment on design'}
          </button>
        </form>
        <div role="group" aria-label="Show comments" className="ns-segmented">
          {(['open', 'resolved', 'all'] as const).map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {f[0]!.toUpperCase() + f.slice(1)}
            </button>
          ))}
        </div>
        {shown.length ? (
          <ul className="ns-comments" aria-label={`${filter[0]!.toUpperCase()}${filter.slice(1)} comments`}>
            {shown.map((c) => (
              <CommentItem key={c.id} c={c} />
            ))}
          </ul>
        ) : (
          <p className="ns-hint">{filter === 'resolved' ? 'No resolved comments.' : filter === 'open' ? 'No open comments.' : 'No comments yet.'}</p>
        )}
      </section>
      <section aria-label="Saved views">
        <h3>Saved views</h3>
        <form onSubmit={save} aria-label="Save view">
          <input aria-label="View name" placeholder="View name" value={viewName} onChange={(e) => setViewName(e.target.value)} maxLength={120} />
          <select aria-label="Scenario to show" value={viewScenario} onChange={(e) => setViewScenario(e.target.value)} title="The failure drill this view shows (played step by step in present mode)">
            <option value="">No scenario</option>
            {(design.scenarios ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!viewName.trim()} title="Saves the layout, pan and zoom, the selection and the chosen scenario">
            Save current view
          </button>
        </form>
        {views.length ? (
          <ul className="ns-views" aria-label="Views">
            {views.map((v) => (
              <li key={v.id}>
                <span className="ns-view-name">
                  {v.name}
                  <span className="ns-hint">
                    {' '}
                    · {v.layout ?? 'current layout'}
                    {v.scenario ? ` · scenario ${design.scenarios?.find((s) => s.id === v.scenario)?.name ?? v.scenario}` : ''}
                  </span>
                </span>
                <button type="button" onClick={() => applyView(v)} aria-label={`Apply view ${v.name}`}>
                  Apply
                </button>
                <button type="button" onClick={() => removeView(v.id)} aria-label={`Delete view ${v.name}`}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="ns-hint">No saved views. A view keeps the layout, pan and zoom, and the scenario being drilled.</p>
        )}
        {drilled ? (
          <p className="ns-hint">
            Showing scenario {design.scenarios?.find((x) => x.id === drilled)?.name ?? drilled} on the canvas.{' '}
            <button type="button" onClick={() => useStudio.setState({ drill: undefined })}>
              Clear highlighted scenario
            </button>
          </p>
        ) : null}
        <p>
          <button type="button" onClick={() => runAction('review.present')} disabled={views.length === 0}>
            Present (F5)
          </button>{' '}
          <button type="button" onClick={() => runAction('review.compare')}>
            Compare with…
          </button>
        </p>
      </section>
    </div>
  );
}
