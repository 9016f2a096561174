// The sheet tabs under the grid; choosing one activates its sheet, as clicking a tab in Excel does. A plain ARIA
// tablist (roving focus, arrows, Home/End): each tab's text is exactly the sheet's name.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KeyboardEvent, useRef } from "react";
import type { WorkbookModel } from "../../host";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    whiteSpace: "nowrap",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    backgroundColor: "transparent",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomColor: tokens.colorBrandStroke1,
  },
});

export interface SheetTabsProps {
  model: WorkbookModel;
  active: string;
  onActivate(name: string): void;
}

export function SheetTabs({ model, active, onActivate }: SheetTabsProps) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const names = model.sheets.map((s) => s.name);
  const onKeyDown = (e: KeyboardEvent) => {
    const index = names.indexOf(active);
    const next: Record<string, number> = {
      ArrowLeft: Math.max(index - 1, 0),
      ArrowRight: Math.min(index + 1, names.length - 1),
      Home: 0,
      End: names.length - 1,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    const name = names[next[e.key]];
    onActivate(name);
    const tabs = list.current?.querySelectorAll<HTMLElement>('[role="tab"]');
    tabs?.[next[e.key]]?.focus();
  };
  return (
    <div ref={list} className={styles.root} role="tablist" aria-label="Sheets" onKeyDown={onKeyDown}>
      {names.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === active}
          tabIndex={name === active ? 0 : -1}
          className={mergeClasses(styles.tab, name === active && styles.selected)}
          onClick={() => onActivate(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
