// The simulated workbook as the preview shows it: toolbar (Name box, formula bar, New workbook), the active sheet's
// grid, the sheet tabs, and the message when an entry is refused. The model is the only state about the workbook:
// the selection lives there too, so the task pane moving it (selecting an evaluation row) moves the grid, and a
// click in the grid reaches the pane through the host's selection events.
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useReducer, useRef, useState } from "react";
import { cellAddress } from "../../../src/workbook/address";
import type { WorkbookModel } from "../../host";
import { CellEditor } from "./CellEditor";
import { clearCell, commitEntry, EntryOutcome } from "./editing";
import { FormulaBar } from "./FormulaBar";
import { NameBox } from "./NameBox";
import { NewWorkbookButton } from "./NewWorkbookButton";
import { moveBy, Position, Reference } from "./navigation";
import { RefusalAlert } from "./RefusalAlert";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { TableTools } from "./TableTools";
import { entryText } from "./sheet-view";
import { useModelVersion } from "./useModelVersion";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  note: {
    flexShrink: 1,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
  },
});

interface Editing {
  sheet: string;
  row: number;
  column: number;
  text: string;
  /** Where the entry is typed: in the cell, or in the formula bar. */
  origin: "cell" | "bar";
}

export interface PreviewWorkbookProps {
  model: WorkbookModel;
  /** The user confirmed New workbook: discard the saved workbook and start again. */
  onNewWorkbook(): void;
  /** F6 from the grid: focus goes to the task pane. */
  onLeave(): void;
}

export function PreviewWorkbook({ model, onNewWorkbook, onLeave }: PreviewWorkbookProps) {
  useModelVersion(model);
  const styles = useStyles();
  const [editing, setEditingState] = useState<Editing | null>(null);
  // Blur handlers fire after Enter has already committed: the ref tells them the entry is settled.
  const current = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    current.current = next;
    setEditingState(next);
  };
  const [alert, setAlert] = useState<string | null>(null);
  // Set with the change that re-renders anyway (a selection, the end of an entry): one render per key press.
  const focusWanted = useRef(false);
  const [, render] = useReducer((n: number) => n + 1, 0);
  /** `now`: nothing else re-renders (Escape or Enter with no entry under way), so render for the focus to move. */
  const focusGrid = (now = false) => {
    focusWanted.current = true;
    if (now) render();
  };

  const sheet = model.findSheet(model.activeSheet ?? "") ?? model.sheets[0];
  if (!sheet) return <p>The workbook has no worksheet.</p>;
  const selection = model.currentSelection();
  const active = selection.sheet === sheet.name ? selection.active : { row: 0, column: 0 };
  const areas = selection.sheet === sheet.name ? selection.areas : [];

  const report = (outcome: EntryOutcome) => setAlert(outcome.ok ? null : outcome.reason);
  const select = (position: Position) => {
    model.select(sheet.name, [{ ...position, rows: 1, columns: 1 }]);
    focusGrid();
  };
  /** Editing in place, from `text` (a typed character) or the cell's content (F2, double-click). */
  const startEdit = (text: string | null) => {
    const entry = text ?? entryText(sheet.cell(active.row, active.column));
    setEditing({ sheet: sheet.name, ...active, text: entry, origin: "cell" });
  };
  /** `key` (Enter, Tab) moves the active cell after the entry; `focus` returns to the grid (not when focus left). */
  const commit = (key?: string, shift?: boolean, focus = key !== undefined) => {
    const entry = current.current;
    if (!entry) {
      if (focus) focusGrid(true);
      return;
    }
    setEditing(null);
    const target = model.findSheet(entry.sheet);
    if (target) report(commitEntry(model, target, entry.row, entry.column, entry.text));
    const next = key ? moveBy(entry, key, shift) : null;
    if (next) select(next);
    else if (focus) focusGrid();
  };
  const cancel = () => {
    setEditing(null);
    focusGrid(true);
  };
  const go = (reference: Reference): string | null => {
    const target = reference.sheet === undefined ? sheet : model.findSheet(reference.sheet);
    if (!target) return "Reference isn't valid.";
    commit();
    model.select(target.name, [reference.box]);
    focusGrid();
    return null;
  };

  const inCell = editing?.origin === "cell" && editing.sheet === sheet.name ? editing : null;
  const editor = inCell && {
    row: inCell.row,
    column: inCell.column,
    node: (
      <CellEditor
        address={cellAddress(inCell.row, inCell.column)}
        text={inCell.text}
        onChange={(text) => setEditing({ ...inCell, text })}
        onCommit={commit}
        onCancel={cancel}
      />
    ),
  };

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <NameBox address={cellAddress(active.row, active.column)} onGo={go} onRefused={setAlert} />
        <FormulaBar
          text={editing ? editing.text : entryText(sheet.cell(active.row, active.column))}
          onChange={(text) =>
            setEditing(
              editing ? { ...editing, text, origin: "bar" } : { sheet: sheet.name, ...active, text, origin: "bar" },
            )
          }
          onCommit={(focus) => commit(undefined, false, focus)}
          onCancel={cancel}
        />
        <Caption1 className={styles.note}>Simulated workbook, saved in this browser · F6: task pane</Caption1>
        <NewWorkbookButton onConfirm={onNewWorkbook} />
      </div>
      {alert && <RefusalAlert message={alert} onDismiss={() => setAlert(null)} />}
      <TableTools model={model} sheet={sheet} active={active} />
      <SheetGrid
        model={model}
        sheet={sheet}
        active={active}
        areas={areas}
        editor={editor || null}
        focusWanted={focusWanted}
        onSelect={(position) => {
          commit();
          select(position);
        }}
        onStartEdit={startEdit}
        onClear={() => report(clearCell(model, sheet, active.row, active.column))}
        onLeave={onLeave}
      />
      <SheetTabs
        model={model}
        active={sheet.name}
        onActivate={(name) => {
          commit();
          setAlert(null);
          model.activate(name);
        }}
      />
    </div>
  );
}
