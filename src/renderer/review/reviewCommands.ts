/**
 * Edits of the design's `review` section (comments pinned to elements, saved views) as pure
 * functions from one design to the next. The store applies them as a `replaceDesign`
 * command, so each is one undoable step: the history records the changed `review` field and
 * leaves every other element untouched (same objects).
 *
 * Kernels in the STYLE.md sense: ids and times come from the caller (the UI shell reads the
 * clock), nothing here reads `Date` or `Math.random`.
 */
import type { Comment, Design, SavedView } from '../../core/model/index.ts';
import { CommandError, type Command } from '../model/commands.ts';

type Review = NonNullable<Design['review']>;

/** The design with `review` replaced; empty lists and an empty section are dropped. */
function withReview(design: Design, review: Review): Design {
  const next: Review = {};
  if (review.comments && review.comments.length) next.comments = review.comments;
  if (review.views && review.views.length) next.views = review.views;
  const out = { ...design };
  if (Object.keys(next).length) out.review = next;
  else delete out.review;
  return out;
}

export function commentsOf(design: Design): Comment[] {
  return design.review?.comments ?? [];
}

export function viewsOf(design: Design): SavedView[] {
  return design.review?.views ?? [];
}

/** `c-<n>`: the first comment (or view, with `prefix`) id not used anywhere in the design. */
export function nextReviewId(design: Design, prefix: 'c' | 'v'): string {
  const taken = new Set<string>([
    ...commentsOf(design).map((c) => c.id),
    ...viewsOf(design).map((v) => v.id),
    ...design.regions.map((r) => r.id),
    ...design.circuits.map((c) => c.id),
    ...design.services.map((s) => s.id),
    ...(design.scenarios ?? []).map((s) => s.id),
  ]);
  for (let i = commentsOf(design).length + viewsOf(design).length + 1; ; i++) {
    const id = `${prefix}-${i}`;
    if (!taken.has(id)) return id;
  }
}

export interface NewComment {
  id: string;
  /** Element the comment is pinned to; the whole design when omitted. */
  element?: string;
  author: string;
  /** ISO 8601, read by the caller. */
  at: string;
  text: string;
}

export function addComment(design: Design, c: NewComment): Design {
  const text = c.text.trim();
  const author = c.author.trim();
  if (!text) throw new CommandError('a comment needs some text');
  if (!author) throw new CommandError('a comment needs an author name');
  if (commentsOf(design).some((x) => x.id === c.id)) throw new CommandError(`the comment id ${c.id} is already used`);
  const comment: Comment = { id: c.id, author, at: c.at, text };
  if (c.element) comment.element = c.element;
  return withReview(design, { ...design.review, comments: [...commentsOf(design), comment] });
}

function updateComment(design: Design, id: string, change: (c: Comment) => Comment | undefined): Design {
  const list = commentsOf(design);
  const i = list.findIndex((c) => c.id === id);
  if (i === -1) throw new CommandError(`no comment ${id}`);
  const next = change(list[i]!);
  const comments = next ? list.map((c, j) => (j === i ? next : c)) : list.filter((_, j) => j !== i);
  return withReview(design, { ...design.review, comments });
}

export function setCommentResolved(design: Design, id: string, resolved: boolean): Design {
  const c = commentsOf(design).find((x) => x.id === id);
  if (c && !!c.resolved === resolved) return design;
  return updateComment(design, id, (x) => {
    const copy = { ...x };
    if (resolved) copy.resolved = true;
    else delete copy.resolved;
    return copy;
  });
}

export function deleteComment(design: Design, id: string): Design {
  return updateComment(design, id, () => undefined);
}

/** Saves a view; a view with the same name is replaced (same id), so "save" twice updates it. */
export function saveView(design: Design, view: SavedView): Design {
  const name = view.name.trim();
  if (!name) throw new CommandError('a saved view needs a name');
  const list = viewsOf(design);
  const same = list.find((v) => v.name === name);
  const next: SavedView = { ...view, name, id: same?.id ?? view.id };
  if (!same && list.some((v) => v.id === view.id)) throw new CommandError(`the view id ${view.id} is already used`);
  const views = same ? list.map((v) => (v === same ? next : v)) : [...list, next];
  return withReview(design, { ...design.review, views });
}

export function deleteView(design: Design, id: string): Design {
  const list = viewsOf(design);
  if (!list.some((v) => v.id === id)) throw new CommandError(`no saved view ${id}`);
  return withReview(design, { ...design.review, views: list.filter((v) => v.id !== id) });
}

/** Open comments per element id (for the canvas badges). */
export function openCommentCounts(design: Design): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of commentsOf(design)) if (!c.resolved && c.element) counts.set(c.element, (counts.get(c.element) ?? 0) + 1);
  return counts;
}

/** The store command that applies a review edit as one undoable step. */
export function reviewCommand(next: Design): Command {
  return { type: 'replaceDesign', design: next };
}
