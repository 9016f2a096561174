// A block of grid rows, memoised as a whole: a render of the grid then creates a handful of blocks rather than one
// element per row, and only the block holding a change renders its rows (React's development build, which the
// preview runs, makes every element costly).
import { memo } from "react";
import { GridRow, GridRowProps, sameRow } from "./GridRow";

export const BLOCK_ROWS = 20;

function RowBlockView({ rows }: { rows: GridRowProps[] }) {
  return (
    <>
      {rows.map((row) => (
        <GridRow key={row.row} {...row} />
      ))}
    </>
  );
}

export const RowBlock = memo(
  RowBlockView,
  (a, b) => a.rows.length === b.rows.length && a.rows.every((row, i) => sameRow(row, b.rows[i])),
);
