import { useEffect, useState, type RefObject } from 'react';

/**
 * Rows of a long table drawn only where its panel shows them; the caller pads the rest with
 * two spacer rows (`start` rows before, `count - end` after) so the scroll height is right.
 * Creating, laying out and later removing every row of a 900-line cost table or a 40 × 40
 * matrix took the UI thread 200–450 ms per tab switch on a 200-region design.
 *
 * `body` is the table's tbody; the scroller is the panel body around it. Rows are assumed
 * to be of one height (the caller keeps cells on one line); it is measured from a drawn row.
 * `overscan` rows are drawn beyond each edge of the visible part so a quick scroll shows no
 * gap (fewer for wide rows); `first` rows are drawn before the panel has been measured.
 */
export function useVirtualRows(
  body: RefObject<HTMLTableSectionElement | null>,
  count: number,
  enabled: boolean,
  estimatedRowPx: number,
  { overscan, first }: { overscan: number; first: number },
): { start: number; end: number; rowPx: number } {
  const [range, setRange] = useState({ start: 0, end: first, rowPx: estimatedRowPx });
  useEffect(() => {
    if (!enabled) return;
    const el = body.current;
    const scroller = el?.closest<HTMLElement>('.ns-panel-body');
    if (!el || !scroller) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const row = el.querySelector<HTMLElement>('tr[data-row]');
      const rowPx = row?.getBoundingClientRect().height || estimatedRowPx;
      const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const top0 = Math.floor(-top / rowPx);
      const visible = Math.ceil(scroller.clientHeight / rowPx);
      const start = Math.max(0, Math.min(count, top0 - overscan));
      const end = Math.max(start, Math.min(count, top0 + visible + overscan));
      setRange((r) => (r.start === start && r.end === end && Math.abs(r.rowPx - rowPx) < 0.01 ? r : { start, end, rowPx }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    scroller.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', schedule);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [body, count, enabled, estimatedRowPx, overscan]);
  if (!enabled) return { start: 0, end: count, rowPx: estimatedRowPx };
  const end = Math.min(count, range.end);
  return { start: Math.min(range.start, end), end, rowPx: range.rowPx };
}
