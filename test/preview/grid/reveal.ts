// Scrolling a row into view from outside the grid (window.rubricPreview.reveal, for end-to-end tests that find a
// cell on the page): the grid draws only the rows in view, so a far row's cells are not in the page until then.
// The selection does not move; the grid mounted registers how it scrolls.

/** Scrolls the grid to show the sheet's row; false when the grid shows another sheet or hides the row. */
export type Revealer = (sheet: string, row: number) => boolean;

let current: Revealer | null = null;

/** The grid registers itself while mounted; returns the unregistering function. */
export function registerRevealer(revealer: Revealer): () => void {
  current = revealer;
  return () => {
    if (current === revealer) current = null;
  };
}

/** Scrolls the grid to the row when the grid shows the sheet (a cell's column the page scrolls to itself, as it
 * does for any element); false when no grid shows it. */
export function revealRow(sheet: string, row: number): boolean {
  return current?.(sheet, row) ?? false;
}
