/**
 * Review marks on the canvas: a class on nodes and edges that a comparison added or changed,
 * and a badge with the number of open comments. Applied to the derived React Flow arrays;
 * an unmarked node keeps its object (so React Flow skips it), a marked one is copied once
 * per distinct mark and reused after that.
 */
import { useMemo } from 'react';
import type { Edge, Node } from '@xyflow/react';
import type { Design } from '../../core/model/index.ts';
import { elementIdOf } from '../canvas/derive.ts';
import { openCommentCounts } from './reviewCommands.ts';
import { useReview } from './reviewStore.ts';

export interface CanvasMarks {
  /** Element id → `added` | `changed`. */
  diff: ReadonlyMap<string, 'added' | 'changed'>;
  /** Element id → open comments pinned to it. */
  comments: ReadonlyMap<string, number>;
}

const EMPTY: CanvasMarks = { diff: new Map(), comments: new Map() };

export function useCanvasMarks(design: Design): CanvasMarks {
  const comparison = useReview((s) => s.comparison);
  return useMemo(() => {
    const diff = new Map<string, 'added' | 'changed'>();
    if (comparison?.diff) {
      for (const e of comparison.diff.added) diff.set(e.id, 'added');
      for (const e of comparison.diff.changed) diff.set(e.id, 'changed');
    }
    const comments = design.review?.comments?.length ? openCommentCounts(design) : EMPTY.comments;
    return diff.size === 0 && comments.size === 0 ? EMPTY : { diff, comments };
  }, [comparison, design]);
}

const nodeCache = new WeakMap<object, { key: string; node: Node }>();
const edgeCache = new WeakMap<object, { key: string; edge: Edge }>();

export function markNodes<N extends Node>(nodes: N[], marks: CanvasMarks): N[] {
  if (marks === EMPTY) return nodes;
  return nodes.map((node) => {
    const id = elementIdOf(node.id);
    const diff = marks.diff.get(id);
    // Badges go on region nodes and on service rows, not on both for a region's id.
    const comments = marks.comments.get(id) ?? 0;
    if (!diff && !comments) return node;
    const key = `${diff ?? ''}|${comments}`;
    const cached = nodeCache.get(node);
    if (cached?.key === key) return cached.node as N;
    const classes = [node.className, diff ? `ns-diff-${diff}` : '', comments ? 'ns-has-comments' : ''].filter(Boolean).join(' ');
    const marked: N = {
      ...node,
      className: classes,
      ...(comments ? { domAttributes: { ...node.domAttributes, 'data-comments': String(comments), title: `${comments} open comment${comments === 1 ? '' : 's'}` } as Node['domAttributes'] } : {}),
    };
    nodeCache.set(node, { key, node: marked });
    return marked;
  });
}

export function markEdges<E extends Edge>(edges: E[], marks: CanvasMarks): E[] {
  if (marks === EMPTY) return edges;
  return edges.map((edge) => {
    const diff = marks.diff.get(edge.id);
    const comments = marks.comments.get(edge.id) ?? 0;
    if (!diff && !comments) return edge;
    const key = `${diff ?? ''}|${comments}`;
    const cached = edgeCache.get(edge);
    if (cached?.key === key) return cached.edge as E;
    const marked: E = { ...edge, className: [edge.className, diff ? `ns-diff-${diff}` : '', comments ? 'ns-has-comments' : ''].filter(Boolean).join(' ') };
    edgeCache.set(edge, { key, edge: marked });
    return marked;
  });
}
