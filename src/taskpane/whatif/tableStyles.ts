// The look of the what-if's tables: compact numbers in columns, scrolling sideways inside a narrow pane rather than
// widening it.
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
  },
});
