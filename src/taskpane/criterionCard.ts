// The look shared by a criterion's card in the Rubric tab and in the Score form.
import { tokens } from "@fluentui/react-components";

export const criterionCardStyles = {
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  meta: { color: tokens.colorNeutralForeground3 },
} as const;
