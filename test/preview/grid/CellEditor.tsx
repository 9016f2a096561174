// Editing in place: the input that replaces a cell's text while the user types into it. Enter commits and moves
// down, Tab commits and moves right (Shift reverses both), Escape cancels; leaving the cell commits, as in Excel,
// unless focus goes to the formula bar, which edits the same entry.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef } from "react";
import { ROW_HEIGHT } from "./GridRow";

export const FORMULA_BAR_ID = "preview-formula-bar";

const useStyles = makeStyles({
  input: {
    width: "100%",
    height: `${ROW_HEIGHT - 2}px`,
    boxSizing: "border-box",
    border: "none",
    padding: "0 3px",
    margin: 0,
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    outline: "none",
  },
});

export interface CellEditorProps {
  address: string;
  text: string;
  onChange(text: string): void;
  /** `key`: the key that ended the entry (Enter, Tab), which also moves the active cell; none when focus left. */
  onCommit(key?: string, shift?: boolean): void;
  onCancel(): void;
}

export function CellEditor({ address, text, onChange, onCommit, onCancel }: CellEditorProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    // Typing into a cell starts with that character: the caret goes after it, not before.
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <input
      ref={input}
      className={styles.input}
      aria-label={`Edit ${address}`}
      value={text}
      spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter" || e.key === "Tab") {
          e.preventDefault();
          onCommit(e.key, e.shiftKey);
        } else if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
      onBlur={(e) => {
        if ((e.relatedTarget as HTMLElement | null)?.id !== FORMULA_BAR_ID) onCommit();
      }}
      onDoubleClick={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
    />
  );
}
