// The look of the Rubric tab's edit forms: fields that shrink with the pane (320 px and up) and wrap rather than
// overflow, numbers side by side where they fit.
import { tokens } from "@fluentui/react-components";

export const fieldStyles = {
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // As many columns of at least 88 px as fit: three at 360 px, wrapping below.
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(88px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  field: { minWidth: 0 },
  control: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
} as const;

/** A form's number: NaN for blank or anything that is not a number (the validator names it). */
export const numberOf = (text: string): number => (text.trim() === "" ? NaN : Number(text));
