// The grid's column widths and its header row of column letters, memoised on the widths.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { columnLetter } from "../../../src/workbook/address";
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from "./GridRow";

const useStyles = makeStyles({
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    textAlign: "center",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  corner: { left: 0, zIndex: 3 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

function GridHeaderView({ widths }: { widths: number[] }) {
  const styles = useStyles();
  return (
    <>
      <colgroup>
        <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: `${w}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr role="row" aria-rowindex={1}>
          <th role="columnheader" className={mergeClasses(styles.columnHeader, styles.corner)}>
            <span className={styles.hidden}>Row</span>
          </th>
          {widths.map((_, c) => (
            <th key={c} role="columnheader" scope="col" className={styles.columnHeader}>
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

export const GridHeader = memo(GridHeaderView);
