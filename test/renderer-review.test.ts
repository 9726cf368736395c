/**
 * Review edits (comments pinned to elements, saved views) as undoable commands, and the
 * canvas marks and export helpers that read them.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import {
  addComment,
  commentsOf,
  deleteComment,
  deleteView,
  nextReviewId,
  openCommentCounts,
  reviewCommand,
  saveView,
  setCommentResolved,
  viewsOf,
} from '../src/renderer/review/reviewCommands.ts';
import { record, undo, redo, emptyHistory } from '../src/renderer/model/history.ts';
import { CommandError } from '../src/renderer/model/commands.ts';
import { dispatch, getYamlText, loadDocument, redoEdit, resetStudio, undoEdit, useStudio } from '../src/renderer/store/studio.ts';
import { commentOn, removeComment, removeView, resolveComment } from '../src/renderer/review/review.ts';
import { markEdges, markNodes } from '../src/renderer/review/canvasMarks.ts';
import { fileStem, previewLanguage } from '../src/renderer/export/formats.ts';
import type { Edge, Node } from '@xyflow/react';

const SAMPLE = readFileSync(new URL('../samples/hq-hub-spoke.netstudio.yaml', import.meta.url), 'utf8');
const sample = (): Design => parseDesign(SAMPLE).design!;
const AT = '2026-03-01T10:00:00.000Z';

describe('review commands (pure)', () => {
  test('adding a comment pins it to an element with author, time and text, and leaves the elements untouched', () => {
    const d = sample();
    const region = d.regions[0]!.id;
    const next = addComment(d, { id: 'c-1', element: region, author: ' Ana ', at: AT, text: ' Is this link redundant? ' });
    expect(commentsOf(next)).toEqual([{ id: 'c-1', element: region, author: 'Ana', at: AT, text: 'Is this link redundant?' }]);
    expect(next.regions).toBe(d.regions);
    expect(next.circuits).toBe(d.circuits);
    expect(d.review?.comments ?? []).toHaveLength(commentsOf(d).length);
  });

  test('an empty comment or a missing author is refused with a reason', () => {
    expect(() => addComment(sample(), { id: 'c-1', author: 'Ana', at: AT, text: '   ' })).toThrow(CommandError);
    expect(() => addComment(sample(), { id: 'c-1', author: '', at: AT, text: 'hi' })).toThrow(/author/);
  });

  test('resolve, reopen and delete a comment; an emptied review section is dropped', () => {
    const d = addComment(sample(), { id: 'c-1', author: 'Ana', at: AT, text: 'check' });
    const resolved = setCommentResolved(d, 'c-1', true);
    expect(commentsOf(resolved)[0]!.resolved).toBe(true);
    expect(setCommentResolved(resolved, 'c-1', true)).toBe(resolved);
    const reopened = setCommentResolved(resolved, 'c-1', false);
    expect('resolved' in commentsOf(reopened)[0]!).toBe(false);
    const gone = deleteComment(reopened, 'c-1');
    expect(gone.review).toBeUndefined();
    expect(() => deleteComment(gone, 'c-1')).toThrow(/no comment c-1/);
  });

  test('saving a view twice under one name updates it; deleting removes it', () => {
    let d = saveView(sample(), { id: 'v-1', name: 'Overview', layout: 'map', viewport: { x: 10, y: 20, zoom: 0.5 } });
    d = saveView(d, { id: 'v-2', name: 'Overview', layout: 'schematic', viewport: { x: 0, y: 0, zoom: 1 }, scenario: 'x' });
    expect(viewsOf(d)).toEqual([{ id: 'v-1', name: 'Overview', layout: 'schematic', viewport: { x: 0, y: 0, zoom: 1 }, scenario: 'x' }]);
    d = saveView(d, { id: 'v-2', name: 'Drill', layout: 'schematic' });
    expect(viewsOf(d).map((v) => v.name)).toEqual(['Overview', 'Drill']);
    expect(viewsOf(deleteView(d, 'v-1')).map((v) => v.id)).toEqual(['v-2']);
    expect(() => saveView(d, { id: 'v-9', name: ' ' })).toThrow(/name/);
  });

  test('fresh ids never collide with element, comment or view ids', () => {
    const d = sample();
    const withElementNamedC1 = { ...d, regions: [...d.regions, { ...d.regions[0]!, id: 'c-1' }] };
    expect(nextReviewId(withElementNamedC1, 'c')).toBe('c-2');
  });

  test('a comment edit is one history step: undo removes it, redo brings it back', () => {
    const d = sample();
    const next = addComment(d, { id: 'c-1', element: d.regions[0]!.id, author: 'Ana', at: AT, text: 'why two hubs?' });
    const step = record(d, emptyHistory(), [reviewCommand(next)], 'add comment', { before: [], after: [] })!;
    expect(step.history.past).toHaveLength(1);
    expect(step.design.regions).toBe(d.regions);
    const back = undo(step.design, step.history)!;
    expect(commentsOf(back.design)).toEqual(commentsOf(d));
    const again = redo(back.design, back.history)!;
    expect(commentsOf(again.design).at(-1)!.text).toBe('why two hubs?');
  });

  test('open comment counts per element skip resolved and design-wide comments', () => {
    let d = addComment(sample(), { id: 'c-1', element: 'a', author: 'A', at: AT, text: 'one' });
    d = addComment(d, { id: 'c-2', element: 'a', author: 'A', at: AT, text: 'two' });
    d = addComment(d, { id: 'c-3', element: 'b', author: 'A', at: AT, text: 'three' });
    d = addComment(d, { id: 'c-4', author: 'A', at: AT, text: 'design' });
    d = setCommentResolved(d, 'c-3', true);
    expect([...openCommentCounts(d)]).toEqual([['a', 2]]);
  });
});

describe('review through the studio store', () => {
  beforeEach(() => {
    resetStudio();
    expect(loadDocument(SAMPLE, { name: 'hq-hub-spoke.netstudio.yaml' })).toEqual([]);
  });

  test('add, resolve, delete a comment on a region; each is undoable and the YAML follows', () => {
    const region = useStudio.getState().design.regions[1]!;
    const before = commentsOf(useStudio.getState().design).length;
    expect(commentOn(region.id, 'Ana', 'Second hub needed?', new Date(AT))).toBe(true);
    const comments = commentsOf(useStudio.getState().design);
    expect(comments).toHaveLength(before + 1);
    const added = comments.at(-1)!;
    expect(added).toMatchObject({ element: region.id, author: 'Ana', at: AT, text: 'Second hub needed?' });
    expect(getYamlText()).toContain('Second hub needed?');
    expect(useStudio.getState().dirty).toBe(true);

    resolveComment(added.id, true);
    expect(commentsOf(useStudio.getState().design).at(-1)!.resolved).toBe(true);
    undoEdit();
    expect(commentsOf(useStudio.getState().design).at(-1)!.resolved).toBeUndefined();
    redoEdit();
    expect(commentsOf(useStudio.getState().design).at(-1)!.resolved).toBe(true);

    removeComment(added.id);
    expect(commentsOf(useStudio.getState().design)).toHaveLength(before);
    expect(getYamlText()).not.toContain('Second hub needed?');
    undoEdit();
    expect(commentsOf(useStudio.getState().design).at(-1)!.text).toBe('Second hub needed?');
    undoEdit();
    undoEdit();
    expect(commentsOf(useStudio.getState().design)).toHaveLength(before);
    // The YAML of the restored document parses back to the same comments.
    expect(commentsOf(parseDesign(getYamlText()).design!)).toEqual(commentsOf(useStudio.getState().design));
  });

  test('a refused comment leaves the design and history alone and says why', () => {
    const s = useStudio.getState();
    expect(commentOn(undefined, 'Ana', '  ', new Date(AT))).toBe(false);
    expect(useStudio.getState().design).toBe(s.design);
    expect(useStudio.getState().history.past).toHaveLength(0);
    expect(useStudio.getState().status).toEqual({ text: 'a comment needs some text', tone: 'error' });
  });

  test('a saved view is stored in the document and its deletion undoes', () => {
    const d = useStudio.getState().design;
    const next = saveView(d, { id: nextReviewId(d, 'v'), name: 'Hubs', layout: 'map', viewport: { x: -120, y: 40, zoom: 0.8 } });
    expect(dispatch(reviewCommand(next), 'save view')).toBe(true);
    const view = viewsOf(useStudio.getState().design).find((v) => v.name === 'Hubs')!;
    expect(parseDesign(getYamlText()).design!.review!.views).toContainEqual(view);
    removeView(view.id);
    expect(viewsOf(useStudio.getState().design).some((v) => v.name === 'Hubs')).toBe(false);
    undoEdit();
    expect(viewsOf(useStudio.getState().design)).toContainEqual(view);
  });
});

describe('canvas marks', () => {
  test('marked nodes get a class and a comment count; unmarked ones keep their object', () => {
    const a: Node = { id: 'a', position: { x: 0, y: 0 }, data: {} };
    const b: Node = { id: 'svc:web@a', position: { x: 0, y: 0 }, data: {} };
    const c: Node = { id: 'c', position: { x: 0, y: 0 }, data: {} };
    const marks = { diff: new Map([['a', 'added' as const], ['web', 'changed' as const]]), comments: new Map([['a', 2]]) };
    const [ma, mb, mc] = markNodes([a, b, c], marks);
    expect(ma!.className).toBe('ns-diff-added ns-has-comments');
    expect((ma!.domAttributes as Record<string, string>)['data-comments']).toBe('2');
    expect(mb!.className).toBe('ns-diff-changed');
    expect(mc).toBe(c);
    // Same inputs, same marked objects (React Flow skips them).
    expect(markNodes([a, b, c], marks)[0]).toBe(ma);
    const e: Edge = { id: 'a-b', source: 'a', target: 'b' };
    expect(markEdges([e], { diff: new Map([['a-b', 'added' as const]]), comments: new Map() })[0]!.className).toBe('ns-diff-added');
  });
});

describe('export helpers', () => {
  test('preview languages follow the file type', () => {
    expect(previewLanguage('terraform/aws/main.tf')).toBe('hcl');
    expect(previewLanguage('ansible/site.yml')).toBe('yaml');
    expect(previewLanguage('ansible/vault.yml.example')).toBe('yaml');
    expect(previewLanguage('net.drawio')).toBe('xml');
    expect(previewLanguage('net.svg')).toBe('xml');
    expect(previewLanguage('net-review.html')).toBe('html');
    expect(previewLanguage('terraform/aws/README.md')).toBe('markdown');
    expect(previewLanguage('ansible/ansible.cfg')).toBe('ini');
    expect(previewLanguage('net.mmd')).toBe('plaintext');
  });

  test('file stems drop the design suffix and unsafe characters', () => {
    expect(fileStem('hq-hub-spoke.netstudio.yaml')).toBe('hq-hub-spoke');
    expect(fileStem('my design (v2).yml')).toBe('my-design-v2');
    expect(fileStem('.netstudio.yaml')).toBe('design');
  });
});
