// Which rows the grid draws: the frozen rows, the rows in view plus an overscan, and the active row (so that focus
// never falls out of the grid while the user scrolls away from it); the rows between are one spacer each, of their
// full height, so the scrollbar keeps the sheet's whole length. Rows have a fixed height; positions count the
// rows shown (a filter's hidden rows take no space), below the row of column letters.

/** Rows drawn beyond each edge of the view, so that a small scroll shows rows already there. */
export const OVERSCAN = 8;
/** The view's height when it cannot be measured (jsdom): about a laptop screen's worth of rows. */
export const UNMEASURED_ROWS = 30;

/** What the grid draws, in order: a row (by its index among the rows shown), or a spacer of `rows` rows. */
export type Stretch = { kind: "row"; index: number } | { kind: "gap"; from: number; rows: number };

export interface ViewWindow {
  /** Index (among the rows shown) of the first row at least partly in view under the column letters. */
  first: number;
  /** How many rows the view holds. */
  rows: number;
}

/** The rows in view for a scroll offset and a view height in pixels. */
export function windowAt(scrollTop: number, height: number, rowHeight: number): ViewWindow {
  const rows = height > 0 ? Math.ceil(height / rowHeight) : UNMEASURED_ROWS;
  return { first: Math.max(0, Math.floor(scrollTop / rowHeight)), rows };
}

/** The rows to draw (indices among `count` rows shown) as rows and spacers: the first `frozen`, the window with
 * its overscan, and the `pinned` ones (the active row), each at most once, in order. */
export function stretches(count: number, frozen: number, view: ViewWindow, pinned: number[] = []): Stretch[] {
  const drawn = new Set<number>();
  for (let i = 0; i < Math.min(frozen, count); i++) drawn.add(i);
  const from = Math.max(0, view.first - OVERSCAN);
  const to = Math.min(count, view.first + view.rows + OVERSCAN);
  for (let i = from; i < to; i++) drawn.add(i);
  for (const i of pinned) if (i >= 0 && i < count) drawn.add(i);
  const result: Stretch[] = [];
  let next = 0;
  for (const index of [...drawn].sort((a, b) => a - b)) {
    if (index > next) result.push({ kind: "gap", from: next, rows: index - next });
    result.push({ kind: "row", index });
    next = index + 1;
  }
  if (next < count) result.push({ kind: "gap", from: next, rows: count - next });
  return result;
}

/** The scroll offset that brings row `index` (among the rows shown) fully into a view of `height` pixels, below
 * the column letters and the `frozen` rows; null when it is in view already (or frozen, hence always in view). An
 * unmeasured view (0) holds UNMEASURED_ROWS, as in windowAt. */
export function scrollToShow(
  index: number,
  frozen: number,
  scrollTop: number,
  height: number,
  rowHeight: number,
): number | null {
  if (index < frozen) return null;
  const top = (1 + index) * rowHeight;
  const covered = (1 + frozen) * rowHeight;
  const seen = height > 0 ? height : UNMEASURED_ROWS * rowHeight;
  if (top < scrollTop + covered) return Math.max(0, top - covered);
  if (top + rowHeight > scrollTop + seen) return top + rowHeight - seen;
  return null;
}

/** The index of `row` (a sheet row) among the sorted rows shown, or -1 when it is not shown. */
export function indexOfRow(shown: readonly number[], row: number): number {
  let lo = 0;
  let hi = shown.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (shown[mid] === row) return mid;
    if (shown[mid] < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
