// One row of the grid: its row number and its cells. Memoised on what it shows, so a change to one cell or a move
// of the active cell re-renders one or two rows, not all of them.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, ReactNode } from "react";
import { cellAddress } from "../../../src/workbook/address";
import { CellView, sameCells } from "./sheet-view";

export const ROW_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 44;

export const useCellStyles = makeStyles({
  cell: {
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: "0 4px",
    lineHeight: `${ROW_HEIGHT - 2}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "cell",
    scrollMarginTop: "var(--grid-scroll-top)",
    scrollMarginLeft: `${ROW_HEADER_WIDTH}px`,
    ":focus": { outline: "none" },
  },
  tableHeader: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorBrandBackground2 },
  inSelection: { backgroundColor: tokens.colorNeutralBackground1Selected },
  active: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    ":focus": { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  editing: { padding: 0, overflow: "visible" },
  // Text running on into empty cells: drawn over them (a positioned cell paints after its static neighbours).
  spilling: { overflow: "visible", position: "relative" },
  spillText: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: `${ROW_HEADER_WIDTH}px`,
    boxSizing: "border-box",
    padding: "0 4px",
    textAlign: "center",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Each scrolling row paints in its own stacking context, so Chrome repaints only the rows that changed (a moving
  // active cell repainted all 3,000 cells otherwise). Frozen rows stay out of it: their sticky cells must stack
  // above the rows scrolling under them.
  row: { isolation: "isolate" },
  frozen: { position: "sticky", zIndex: 1 },
  // Frozen cells are all positioned alike: text running on must stack above the cells after it.
  frozenSpilling: { overflow: "visible", zIndex: 2 },
  frozenHeader: { zIndex: 3 },
});

export interface GridRowProps {
  row: number;
  /** The row's position in the grid for assistive technology (aria-rowindex: the column letters are 1). */
  rowIndex: number;
  cells: CellView[];
  /** The active cell's column in this row, or -1. */
  activeColumn: number;
  /** Selected columns of this row as "from-to" spans ("2-5,7-7"), or "". */
  selectedSpans: string;
  /** Column widths in pixels (the same array while they do not change). */
  widths: number[];
  /** The sticky offset of a frozen row, in pixels. */
  frozenTop?: number;
  /** The in-cell editor and the column it edits, in the row being edited. */
  editor?: { column: number; node: ReactNode };
}

function inSpans(spans: string, column: number): boolean {
  if (spans === "") return false;
  return spans.split(",").some((span) => {
    const [from, to] = span.split("-").map(Number);
    return column >= from && column <= to;
  });
}

/** The width text may take from its cell over `spill` cells after it, less the cell's padding. */
function spillWidth(widths: number[], column: number, spill: number): number {
  return widths.slice(column, column + spill + 1).reduce((a, b) => a + b, 0) - 9;
}

function GridRowView({ row, rowIndex, cells, activeColumn, selectedSpans, widths, frozenTop, editor }: GridRowProps) {
  const styles = useCellStyles();
  const frozen = frozenTop !== undefined ? { top: `${frozenTop}px` } : undefined;
  return (
    <tr role="row" aria-rowindex={rowIndex} className={frozen ? undefined : styles.row}>
      <th
        role="rowheader"
        scope="row"
        className={mergeClasses(styles.rowHeader, frozen && styles.frozen, frozen && styles.frozenHeader)}
        style={frozen}
      >
        {row + 1}
      </th>
      {cells.map((cell, column) => {
        const active = column === activeColumn;
        const edited = editor?.column === column;
        const spill = !edited && cell.spill ? cell.spill : 0;
        return (
          <td
            key={column}
            role="gridcell"
            data-address={cellAddress(row, column)}
            data-row={row}
            data-column={column}
            aria-selected={active}
            tabIndex={active ? 0 : -1}
            title={cell.error}
            className={mergeClasses(
              styles.cell,
              cell.tableHeader && styles.tableHeader,
              inSpans(selectedSpans, column) && styles.inSelection,
              frozen && styles.frozen,
              active && styles.active,
              edited && styles.editing,
              spill > 0 && (frozen ? styles.frozenSpilling : styles.spilling),
            )}
            style={{ textAlign: cell.align, ...frozen }}
          >
            {editor && edited ? (
              editor.node
            ) : spill > 0 ? (
              <span className={styles.spillText} style={{ width: `${spillWidth(widths, column, spill)}px` }}>
                {cell.text}
              </span>
            ) : (
              cell.text
            )}
          </td>
        );
      })}
    </tr>
  );
}

/** Whether a row shows the same as before (the memo's test). */
function sameRow(a: GridRowProps, b: GridRowProps): boolean {
  return (
    a.row === b.row &&
    a.rowIndex === b.rowIndex &&
    a.activeColumn === b.activeColumn &&
    a.selectedSpans === b.selectedSpans &&
    a.frozenTop === b.frozenTop &&
    a.widths === b.widths &&
    a.editor === b.editor &&
    sameCells(a.cells, b.cells)
  );
}

export const GridRow = memo(GridRowView, sameRow);
