// The pane's compact tables (review, what-if): they fit 320 px, scroll sideways inside their own box when a column
// cannot shrink.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTableStyles = makeStyles({
  scroll: { maxWidth: "100%", overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    fontVariantNumeric: "tabular-nums",
    fontSize: tokens.fontSizeBase200,
    width: "100%",
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
    whiteSpace: "nowrap",
    verticalAlign: "top",
  },
  name: { textAlign: "start", whiteSpace: "normal", overflowWrap: "anywhere" },
  /** Left-aligned, on one line (dates). */
  start: { textAlign: "start" },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
});
