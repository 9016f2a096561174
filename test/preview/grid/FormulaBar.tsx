// The formula bar: the active cell's formula, or its constant as typed. Editing it edits the active cell's entry;
// Enter writes it, Escape puts the cell's content back. Leaving it for anything but the in-cell editor writes it,
// as Excel does.
import { Input, makeStyles } from "@fluentui/react-components";
import { FORMULA_BAR_ID } from "./CellEditor";

const useStyles = makeStyles({ root: { flex: 1, minWidth: 0 } });

export interface FormulaBarProps {
  /** The entry being edited, or the active cell's content. */
  text: string;
  onChange(text: string): void;
  /** `focus`: go back to the grid (after Enter; not when focus left the bar). */
  onCommit(focus: boolean): void;
  onCancel(): void;
}

export function FormulaBar({ text, onChange, onCommit, onCancel }: FormulaBarProps) {
  const styles = useStyles();
  return (
    <Input
      className={styles.root}
      input={{ id: FORMULA_BAR_ID, "aria-label": "Formula bar", spellCheck: false }}
      size="small"
      contentBefore={<span aria-hidden="true">fx</span>}
      value={text}
      onChange={(_, data) => onChange(data.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          onCommit(true);
        } else if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
      onBlur={(e) => {
        if (!(e.relatedTarget as HTMLElement | null)?.closest?.("td[data-address] input")) onCommit(false);
      }}
    />
  );
}
