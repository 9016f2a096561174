// Which rows the virtualised grid draws, and where it scrolls to show a row.
import { indexOfRow, OVERSCAN, scrollToShow, stretches, UNMEASURED_ROWS, windowAt } from "./grid/viewport";

const H = 22;

describe("windowAt", () => {
  test("the first row under the scroll offset and the rows the height holds", () => {
    expect(windowAt(0, 440, H)).toEqual({ first: 0, rows: 20 });
    expect(windowAt(22 * 100 + 5, 450, H)).toEqual({ first: 100, rows: 21 });
  });

  test("an unmeasured view (no layout) holds a screen's worth of rows", () => {
    expect(windowAt(0, 0, H)).toEqual({ first: 0, rows: UNMEASURED_ROWS });
  });
});

describe("stretches", () => {
  test("a short sheet is drawn whole", () => {
    const drawn = stretches(10, 0, { first: 0, rows: 20 });
    expect(drawn).toEqual(Array.from({ length: 10 }, (_, index) => ({ kind: "row", index })));
  });

  test("far down a long sheet: frozen rows, a spacer, the window with its overscan, a spacer to the end", () => {
    const drawn = stretches(10_000, 2, { first: 5000, rows: 30 });
    const rows = drawn.filter((s) => s.kind === "row").map((s) => (s.kind === "row" ? s.index : -1));
    expect(rows.slice(0, 2)).toEqual([0, 1]);
    expect(rows[2]).toBe(5000 - OVERSCAN);
    expect(rows[rows.length - 1]).toBe(5000 + 30 + OVERSCAN - 1);
    expect(drawn[2]).toEqual({ kind: "gap", from: 2, rows: 5000 - OVERSCAN - 2 });
    expect(drawn[drawn.length - 1]).toEqual({ kind: "gap", from: 5030 + OVERSCAN, rows: 10_000 - 5030 - OVERSCAN });
  });

  test("every row is counted once, drawn or in a spacer, so the scroll height is the sheet's", () => {
    for (const [count, frozen, first, pinned] of [
      [10_000, 1, 300, [9000]],
      [10_000, 0, 0, [0, 5]],
      [50, 3, 40, [2]],
      [200, 0, 150, [199, 199]],
    ] as const) {
      const drawn = stretches(count, frozen, { first, rows: 25 }, [...pinned]);
      let next = 0;
      for (const s of drawn) {
        expect(s.kind === "row" ? s.index : s.from).toBe(next);
        next += s.kind === "row" ? 1 : s.rows;
      }
      expect(next).toBe(count);
    }
  });

  test("a pinned row (the active one) is drawn in its place even far from the view", () => {
    const drawn = stretches(10_000, 0, { first: 0, rows: 30 }, [7000, -1]);
    const at = drawn.findIndex((s) => s.kind === "row" && s.index === 7000);
    expect(drawn[at - 1]).toEqual({ kind: "gap", from: 30 + OVERSCAN, rows: 7000 - 30 - OVERSCAN });
    expect(drawn[at + 1]).toEqual({ kind: "gap", from: 7001, rows: 10_000 - 7001 });
  });
});

describe("scrollToShow", () => {
  test("a row below the view: scrolled until its bottom edge shows", () => {
    // Row 100 sits at (1 + 100) * 22 under the column letters.
    expect(scrollToShow(100, 0, 0, 440, H)).toBe(102 * H - 440);
  });

  test("a row above the view: scrolled until it shows under the column letters and the frozen rows", () => {
    expect(scrollToShow(100, 2, 5000, 440, H)).toBe(101 * H - 3 * H);
  });

  test("an unmeasured view holds UNMEASURED_ROWS, as windowAt counts it", () => {
    expect(scrollToShow(100, 0, 0, 0, H)).toBe((102 - UNMEASURED_ROWS) * H);
    expect(scrollToShow(UNMEASURED_ROWS - 2, 0, 0, 0, H)).toBeNull();
  });

  test("a row in view, or a frozen row, needs no scroll", () => {
    expect(scrollToShow(10, 0, 0, 440, H)).toBeNull();
    expect(scrollToShow(1, 2, 5000, 440, H)).toBeNull();
  });
});

describe("indexOfRow", () => {
  test("the position among the rows shown; -1 for a hidden row", () => {
    const shown = [0, 1, 4, 5, 9];
    expect(indexOfRow(shown, 5)).toBe(3);
    expect(indexOfRow(shown, 0)).toBe(0);
    expect(indexOfRow(shown, 9)).toBe(4);
    expect(indexOfRow(shown, 2)).toBe(-1);
  });
});
