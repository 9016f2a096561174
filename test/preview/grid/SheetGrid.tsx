// The cells of the active sheet as an ARIA grid: column letters, row numbers, and the cells with their displayed
// text. Keyboard as in Excel: arrows, Tab and Enter move; typing starts editing in place; F2 (or a double-click)
// edits the cell's content; Delete clears it; F6 goes to the task pane. One cell is focusable at a time (the active
// one), so Tab from outside lands on it.
import { makeStyles, tokens } from "@fluentui/react-components";
import { KeyboardEvent, MouseEvent, ReactNode, RefObject, useLayoutEffect, useMemo, useRef } from "react";
import type { WorkbookModel } from "../../host";
import type { Box } from "../../host/model/box";
import type { SheetModel } from "../../host/model/sheet";
import { columnWidths } from "./column-widths";
import { GridHeader } from "./GridHeader";
import { GridRowProps, ROW_HEADER_WIDTH, ROW_HEIGHT } from "./GridRow";
import { BLOCK_ROWS, RowBlock } from "./RowBlock";
import { moveBy, Position } from "./navigation";
import { gridSize, rowView, tableHeaderKeys } from "./sheet-view";

const useStyles = makeStyles({
  scroller: { flex: 1, minHeight: 0, overflow: "auto", backgroundColor: tokens.colorNeutralBackground1 },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
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
  const size = gridSize(sheet.extent(), active);
  const headers = tableHeaderKeys(model, sheet);
  const frozen = Math.min(sheet.frozenRows, size.rows);
  const views = Array.from({ length: size.rows }, (_, r) => rowView(model, sheet, r, size.columns, headers));
  const widthKey = columnWidths(model, sheet, views, size.columns).join(",");
  // One array while the widths stay the same, so the rows' memo holds.
  const widths = useMemo(() => widthKey.split(",").map(Number), [widthKey]);
  // Rows a filter hides are not drawn (their numbers skip, as in Excel).
  const shownRows = Array.from({ length: size.rows }, (_, r) => r).filter((r) => !sheet.hiddenRows.has(r));
  const rows: GridRowProps[] = shownRows.map((r) => ({
    row: r,
    cells: views[r],
    activeColumn: r === active.row ? active.column : -1,
    selectedSpans: spansOf(areas, r),
    widths,
    frozenTop: r < frozen ? (r + 1) * ROW_HEIGHT : undefined,
    editor: editor && r === editor.row ? editor : undefined,
  }));
  const blocks = Array.from({ length: Math.ceil(rows.length / BLOCK_ROWS) }, (_, b) =>
    rows.slice(b * BLOCK_ROWS, (b + 1) * BLOCK_ROWS),
  );

  // Keep the active cell in view when it moves; take focus only when the grid asked for it, never from the pane.
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
    if (shown.current !== key) {
      shown.current = key;
      cell.scrollIntoView?.({ block: "nearest", inline: "nearest" });
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
    <div className={styles.scroller}>
      <table
        ref={table}
        role="grid"
        aria-label={sheet.name}
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
          {blocks.map((rows) => (
            <RowBlock key={rows[0].row} rows={rows} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
