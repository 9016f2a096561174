// An in-memory workbook for pane tests: a rubric and a list of evaluation rows, with a selected row.
import { exampleRubric } from "../../src/rubric/example";
import { RawValue, Rubric } from "../../src/rubric/model";
import { validateRubric } from "../../src/rubric/validate";
import {
  CreateKind,
  EvaluationRecord,
  EvaluationState,
  RubricState,
  SheetValue,
  WorkbookActions,
} from "../../src/taskpane/actions";
import { RubricChange, applyChange } from "../../src/taskpane/rubric/change";
import { problemViews } from "../../src/taskpane/rubric/problems";
import { classifyValue } from "../../src/rubric/value";

export interface Row {
  values: Record<string, RawValue>;
  comment: string;
}

export class FakeActions implements WorkbookActions {
  rubric: Rubric | null;
  rows: Row[];
  selected: number | null;
  /** What readEvaluations returns (the export tab's scored rows). */
  evaluations: EvaluationRecord[] = [];
  /** What selectedEvaluationRows returns (the rows the sheet's selection covers). */
  selectedRows: number[] = [];
  /** Sheets added by insertSheet, by name. */
  readonly sheets = new Map<string, SheetValue[][]>();
  /** Every call, by name, for assertions. */
  readonly calls: string[] = [];
  /** Makes the named action reject with this error once. */
  readonly failures = new Map<keyof WorkbookActions, Error>();
  private readonly handlers = new Set<() => void>();

  constructor(options: { rubric?: Rubric | null; rows?: Row[]; selected?: number | null } = {}) {
    this.rubric = options.rubric === undefined ? exampleRubric("en") : options.rubric;
    this.rows = options.rows ?? [];
    this.selected = options.selected ?? (this.rows.length > 0 ? 0 : null);
  }

  private async call<T>(name: keyof WorkbookActions, run: () => T | Promise<T>): Promise<T> {
    this.calls.push(name);
    const failure = this.failures.get(name);
    if (failure) {
      this.failures.delete(name);
      throw failure;
    }
    return await run();
  }

  private state(): RubricState {
    return { rubric: this.rubric, problems: this.rubric ? problemViews(validateRubric(this.rubric)) : [] };
  }

  private evaluation(index: number | null): EvaluationState | null {
    if (index === null || !this.rows[index]) return null;
    const row = this.rows[index];
    return { values: { ...row.values }, comment: row.comment, label: `row ${index + 2}` };
  }

  /** Moves the selection as a click in the sheet would. */
  select(index: number | null): void {
    this.selected = index;
    for (const handler of this.handlers) handler();
  }

  readRubric() {
    return this.call("readRubric", () => this.state());
  }

  createRubric(kind: CreateKind, file?: File) {
    return this.call("createRubric", async () => {
      if (kind === "import") {
        if (!file) throw new Error("no file");
        this.rubric = JSON.parse(await file.text()) as Rubric;
      } else if (kind === "example") {
        this.rubric = exampleRubric("en");
      } else {
        this.rubric = { ...exampleRubric("en"), id: "rubric", title: "Rubric", criteria: [], bands: [] };
      }
      return this.state();
    });
  }

  applyRubricEdit(change: RubricChange) {
    return this.call("applyRubricEdit", () => {
      if (!this.rubric) throw new Error("there is no rubric");
      this.rubric = applyChange(this.rubric, change);
      return this.state();
    });
  }

  readSelectedEvaluation() {
    return this.call("readSelectedEvaluation", () => this.evaluation(this.selected));
  }

  saveEvaluation(values: Record<string, RawValue>, comment: string) {
    return this.call("saveEvaluation", () => {
      if (this.selected === null) throw new Error("no evaluation is selected");
      this.rows[this.selected] = { values: { ...values }, comment };
    });
  }

  nextUnscored() {
    return this.call("nextUnscored", () => {
      const ids = this.rubric?.criteria.map((c) => c.id) ?? [];
      const start = this.selected ?? -1;
      for (let k = 1; k <= this.rows.length; k++) {
        const i = (start + k) % this.rows.length;
        if (ids.some((id) => classifyValue(this.rows[i].values[id]) === null)) {
          this.selected = i;
          return this.evaluation(i);
        }
      }
      return null;
    });
  }

  newEvaluation() {
    return this.call("newEvaluation", () => {
      this.rows.push({ values: {}, comment: "" });
      this.selected = this.rows.length - 1;
      return this.evaluation(this.selected)!;
    });
  }

  readEvaluations() {
    return this.call("readEvaluations", () => this.evaluations.map((e) => ({ ...e, values: { ...e.values } })));
  }

  selectedEvaluationRows() {
    return this.call("selectedEvaluationRows", () => [...this.selectedRows]);
  }

  insertSheet(name: string, cells: SheetValue[][]) {
    return this.call("insertSheet", () => {
      let unique = name;
      for (let n = 2; this.sheets.has(unique); n++) unique = `${name} (${n})`;
      this.sheets.set(
        unique,
        cells.map((row) => [...row]),
      );
      return unique;
    });
  }

  onSelectionChanged(handler: () => void) {
    this.calls.push("onSelectionChanged");
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }
}
