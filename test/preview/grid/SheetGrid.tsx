// The cells of the active sheet as an ARIA grid: column letters, row numbers, and the cells with their displayed
// text. Keyboard as in Excel: arrows, Tab and Enter move; typing starts editing in place; F2 (or a double-click)
// edits the cell's content; Delete clears it; F6 goes to the task pane. One cell is focusable at a time (the active
// one), so Tab from outside lands on it. Only the rows in view (plus an overscan, the frozen rows and the active
// row) are drawn, between spacers as tall as the rows they stand for (viewport.ts): a sheet of 10,000 evaluations
// then costs the browser about as much as one of 100.
import { makeStyles, tokens } from "@fluentui/react-components";
import {
  KeyboardEvent,
  MouseEvent,
  ReactNode,
  RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { WorkbookModel } from "../../host";
import type { Box } from "../../host/model/box";
import type { SheetModel } from "../../host/model/sheet";
import { columnWidths } from "./column-widths";
import { GridHeader } from "./GridHeader";
import { GridRow, ROW_HEADER_WIDTH, ROW_HEIGHT } from "./GridRow";
import { moveBy, Position } from "./navigation";
import { registerRevealer } from "./reveal";
import { CellView, gridSize, rowView, tableHeaderKeys } from "./sheet-view";
import { indexOfRow, scrollToShow, stretches, ViewWindow, windowAt } from "./viewport";

const useStyles = makeStyles({
  scroller: { flex: 1, minHeight: 0, overflow: "auto", backgroundColor: tokens.colorNeutralBackground1 },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  spacer: { padding: 0, border: "none" },
});

export interface SheetGridProps {
  model: WorkbookModel;
  sheet: SheetModel;
  active: Position;
  areas: Box[];
  /** The in-cell editor and the cell it edits, while a cell is edited in place. */
  editor: { row: number; column: number; node: ReactNode } | null;
  /** Set when the grid should take focus at its next render (after a move or an entry made in the grid). */
  focusWanted: RefObject<boolean>;
  onSelect(position: Position): void;
  onStartEdit(text: string | null): void;
  onClear(): void;
  onLeave(): void;
}

/** Selected columns of `row` as "from-to" spans. */
function spansOf(areas: Box[], row: number): string {
  return areas
    .filter((a) => row >= a.row && row < a.row + a.rows)
    .map((a) => `${a.column}-${a.column + a.columns - 1}`)
    .join(",");
}

function positionOf(target: EventTarget): Position | null {
  const cell = (target as HTMLElement).closest?.("[data-address]") as HTMLElement | null;
  if (!cell) return null;
  return { row: Number(cell.dataset.row), column: Number(cell.dataset.column) };
}

export function SheetGrid(props: SheetGridProps) {
  const { model, sheet, active, areas, editor, focusWanted } = props;
  const styles = useStyles();
  const table = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<ViewWindow>(() => windowAt(0, 0, ROW_HEIGHT));

  // What depends on the whole sheet is computed once per change of its content, not at every scroll or move of the
  // selection. The model is mutable: its revision (in the dependencies below) says when the content changed.
  const { revision } = model;
  const extent = useMemo(() => sheet.extent(), [sheet, revision]);
  const size = gridSize(extent, active);
  const frozen = Math.min(sheet.frozenRows, size.rows);
  // Rows a filter hides are not drawn (their numbers skip, as in Excel).
  const shownRows = useMemo(
    () => Array.from({ length: size.rows }, (_, r) => r).filter((r) => !sheet.hiddenRows.has(r)),
    [sheet, revision, size.rows],
  );
  const frozenShown = shownRows.findIndex((r) => r >= frozen);
  const frozenCount = frozenShown < 0 ? shownRows.length : frozenShown;
  const headers = useMemo(() => tableHeaderKeys(model, sheet), [model, sheet, revision]);
  const views = new Map<number, CellView[]>();
  const viewOf = (r: number): CellView[] => {
    let cells = views.get(r);
    if (!cells) views.set(r, (cells = rowView(model, sheet, r, size.columns, headers)));
    return cells;
  };
  const widthKey = useMemo(
    () => columnWidths(model, sheet, viewOf, size.columns).join(","),
    // Widths set through the API do not notify: their own key.
    [model, sheet, revision, size.columns, [...sheet.columnWidths].join(";")],
  );
  // One array while the widths stay the same, so the rows' memo holds.
  const widths = useMemo(() => widthKey.split(",").map(Number), [widthKey]);

  const activeIndex = indexOfRow(shownRows, active.row);
  const pinned = editor ? [activeIndex, indexOfRow(shownRows, editor.row)] : [activeIndex];
  const drawn = stretches(shownRows.length, frozenCount, view, pinned);

  /** Follows the scroller: which rows are in view. */
  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = windowAt(el.scrollTop, el.clientHeight, ROW_HEIGHT);
    setView((v) => (v.first === next.first && v.rows === next.rows ? v : next));
  }, []);
  useLayoutEffect(measure, [measure]);
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // window.rubricPreview.reveal: scroll a row into view without selecting it.
  const latest = useRef({ sheet: sheet.name, shownRows, frozenCount });
  latest.current = { sheet: sheet.name, shownRows, frozenCount };
  useEffect(
    () =>
      registerRevealer((name, row) => {
        const el = scroller.current;
        const now = latest.current;
        const index = indexOfRow(now.shownRows, row);
        if (!el || name.toLowerCase() !== now.sheet.toLowerCase() || index < 0) return false;
        const top = scrollToShow(index, now.frozenCount, el.scrollTop, el.clientHeight, ROW_HEIGHT);
        if (top !== null) el.scrollTop = top;
        measure();
        return true;
      }),
    [measure],
  );

  // Keep the active cell in view when it moves (its row is always drawn, in its place between the spacers); take
  // focus only when the grid asked for it, never from the pane. Scrolled down by row positions rather than by the
  // browser, so that the rows drawn and the scroll agree (also where nothing is laid out, as in jsdom).
  const shown = useRef("");
  const editing = editor !== null;
  useLayoutEffect(() => {
    const cell = table.current?.querySelector<HTMLElement>(
      `[data-row="${active.row}"][data-column="${active.column}"]`,
    );
    if (!cell) return;
    if (focusWanted.current) {
      focusWanted.current = false;
      // The editor focuses itself.
      if (!editing) cell.focus({ preventScroll: true });
    }
    const key = `${sheet.name}!${active.row},${active.column}`;
    const el = scroller.current;
    if (shown.current !== key && el) {
      shown.current = key;
      const top = scrollToShow(activeIndex, frozenCount, el.scrollTop, el.clientHeight, ROW_HEIGHT);
      if (top !== null) el.scrollTop = top;
      // Across, as far as needed (down, it is in view now).
      cell.scrollIntoView?.({ block: "nearest", inline: "nearest" });
      // Draw the rows around it before the browser paints.
      measure();
    }
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const next = moveBy(active, e.key, e.shiftKey);
    if (next) {
      e.preventDefault();
      props.onSelect(next);
    } else if (e.key === "F2") {
      e.preventDefault();
      props.onStartEdit(null);
    } else if (e.key === "Delete") {
      e.preventDefault();
      props.onClear();
    } else if (e.key === "Backspace") {
      e.preventDefault();
      props.onStartEdit("");
    } else if (e.key === "F6") {
      e.preventDefault();
      props.onLeave();
    } else if (e.key.length === 1) {
      e.preventDefault();
      props.onStartEdit(e.key);
    }
  };
  const onClick = (e: MouseEvent) => {
    const position = positionOf(e.target);
    if (position) props.onSelect(position);
  };
  const onDoubleClick = (e: MouseEvent) => {
    const position = positionOf(e.target);
    if (position) props.onStartEdit(null);
  };

  return (
    <div ref={scroller} className={styles.scroller} onScroll={measure}>
      <table
        ref={table}
        role="grid"
        aria-label={sheet.name}
        aria-rowcount={shownRows.length + 1}
        className={styles.table}
        style={{
          width: `${ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0)}px`,
          ["--grid-scroll-top" as string]: `${(1 + frozen) * ROW_HEIGHT}px`,
        }}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
      >
        <GridHeader widths={widths} />
        <tbody>
          {drawn.map((stretch) => {
            if (stretch.kind === "gap") {
              return (
                <tr key={`gap${stretch.from}`} aria-hidden="true">
                  <td
                    colSpan={widths.length + 1}
                    className={styles.spacer}
                    style={{ height: `${stretch.rows * ROW_HEIGHT}px` }}
                  />
                </tr>
              );
            }
            const r = shownRows[stretch.index];
            return (
              <GridRow
                key={r}
                row={r}
                rowIndex={stretch.index + 2}
                cells={viewOf(r)}
                activeColumn={r === active.row ? active.column : -1}
                selectedSpans={spansOf(areas, r)}
                widths={widths}
                frozenTop={r < frozen ? (r + 1) * ROW_HEIGHT : undefined}
                editor={editor && r === editor.row ? editor : undefined}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
