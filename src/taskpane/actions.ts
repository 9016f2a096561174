// What the pane asks of the workbook. The pane never touches Excel.*: an adapter implements this interface (over
// src/workbook) and is handed to <App actions={...} />; tests use an in-memory implementation.
import type { EvaluationInput } from "../rubric/evaluation";
import { RawValue, Rubric } from "../rubric/model";
import { RubricChange } from "./rubric/change";

/** How a new rubric starts: the built-in example, an empty one, or an imported canonical JSON file. */
export type CreateKind = "example" | "blank" | "import";

/** A validation problem as the pane shows it: next to its criterion or band row, with its cell where known. */
export interface ProblemView {
  /** Complete, readable text, e.g. "PREP: weight is negative". */
  message: string;
  /** 0-based position in rubric.criteria. */
  criterionIndex?: number;
  /** 0-based position in rubric.bands. */
  bandIndex?: number;
  /** The cell at fault, e.g. "Rubric!D5". */
  address?: string;
}

export interface RubricState {
  /** null when the workbook holds no rubric yet. */
  rubric: Rubric | null;
  problems: ProblemView[];
}

/** One evaluation (a row of the evaluations table). */
export interface EvaluationState {
  /** Raw values keyed by criterion id, as the cells hold them (numbers, "NA", blank). */
  values: Record<string, RawValue>;
  comment: string;
  /** What identifies the row to the reviewer, e.g. "row 5 · Zhang Wei · 2024-05-02". */
  label: string;
}

/** A scored evaluation row as exports use it. */
export interface EvaluationRecord extends EvaluationInput {
  /** 0 = first data row of the evaluations table. */
  rowIndex: number;
}

/** A cell written by insertSheet: text stays text (never a formula), numbers stay numbers. */
export type SheetValue = string | number;

export interface WorkbookActions {
  /** Reads the rubric tables and validates them. */
  readRubric(): Promise<RubricState>;
  /** Writes a new rubric (sheet and tables) and returns it as read back. `file` comes with kind "import". */
  createRubric(kind: CreateKind, file?: File): Promise<RubricState>;
  /** Writes one structured change in one batch and returns the rubric as read back. */
  applyRubricEdit(change: RubricChange): Promise<RubricState>;
  /** The evaluation in the selected row, or null when the selection is outside the evaluations table. */
  readSelectedEvaluation(): Promise<EvaluationState | null>;
  /** Writes the values and comment to the selected evaluation's row. */
  saveEvaluation(values: Record<string, RawValue>, comment: string): Promise<void>;
  /** Selects the next row with blank scores; null when every row is scored. */
  nextUnscored(): Promise<EvaluationState | null>;
  /** Adds an empty evaluation row, selects it and returns it. */
  newEvaluation(): Promise<EvaluationState>;
  /** The current rubric's evaluation rows that hold at least one score, in table order. */
  readEvaluations(): Promise<EvaluationRecord[]>;
  /** The data rows (rowIndex, as in EvaluationRecord) of the current rubric's evaluations table that the selection
   * covers, ascending; empty when the selection is outside that table. */
  selectedEvaluationRows(): Promise<number[]>;
  /** Adds a sheet (its name made valid and unique) holding `cells` from A1 as data; returns the sheet's name. */
  insertSheet(name: string, cells: SheetValue[][]): Promise<string>;
  /** Calls `handler` when the workbook selection changes; returns the function that stops it. */
  onSelectionChanged(handler: () => void): () => void;
}
