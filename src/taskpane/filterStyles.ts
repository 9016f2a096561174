// The pane's filter rows (review, what-if): as many fields side by side as fit, each at least 120 px, none wider than
// the pane at 320 px.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFilterStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  field: { minWidth: 0 },
});
