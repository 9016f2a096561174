// WorkbookActions over the workbook layer: every action is one Excel session (runInWorkbook) running src/workbook
// operations; nothing here touches Excel.* itself.
//
// The current rubric is the one whose sheet holds the selection, else the first in the workbook. The evaluation the
// pane shows is remembered, so that Save writes to the row the reviewer was editing even when the sheet's selection
// moved meanwhile.
import { exampleRubric } from "../rubric/example";
import { RawValue, Rubric } from "../rubric/model";
import {
  EvaluationRowRead,
  ReadRubricResult,
  SelectedEvaluation,
  WorkbookContext,
  WorkbookLanguage,
  WorkbookRun,
  appendEvaluationRow,
  createRubric,
  findRubrics,
  insertSheet,
  nextUnscoredRow,
  onSelectionChanged,
  readEvaluationRow,
  readLastEvaluationRow,
  readEvaluations,
  readRubric,
  runInWorkbook,
  saveEvaluationRow,
  selectEvaluationRow,
  selectedEvaluationRows,
  selectionPosition,
  tableSuffix,
  writeCriteria,
} from "../workbook";
import { CreateKind, EvaluationRecord, EvaluationState, RubricState, WorkbookActions } from "./actions";
import { applyChange } from "./rubric/change";
import { problemViews } from "./rubric/problems";

export type { WorkbookRun };

export interface ExcelActionsOptions {
  /** The language new rubrics are written in. */
  language: WorkbookLanguage;
  /** Loads the sample evaluations (CSV text) written with the example rubric; without it the example starts empty.
   * A loader, so the CSV stays out of the pane's first download. */
  sampleEvaluations?: () => Promise<string>;
  /** Defaults to runInWorkbook. */
  run?: WorkbookRun;
  /** Defaults to the workbook's selection events. */
  subscribe?: (handler: () => void) => Promise<() => unknown>;
}

const BLANK_TEXT: Record<WorkbookLanguage, { title: string; criterion: string }> = {
  en: { title: "New rubric", criterion: "Criterion 1" },
  zh: { title: "新评分标准", criterion: "评价项 1" },
};

/** A minimal valid rubric with an id not used in the workbook: rubric-1, rubric-2, ... */
export function blankRubric(language: WorkbookLanguage, used: readonly string[]): Rubric {
  const taken = new Set(used.map((id) => tableSuffix(id).toLowerCase()));
  let n = 1;
  while (taken.has(tableSuffix(`rubric-${n}`).toLowerCase())) n++;
  const text = BLANK_TEXT[language];
  return {
    id: `rubric-${n}`,
    title: text.title,
    version: 1,
    status: "draft",
    settings: { scale: 100, decimals: 1 },
    criteria: [{ id: "C1", label: text.criterion, kind: "score", weight: 1, max: 10, allowNA: false }],
    bands: [{ from: null, points: 0 }],
  };
}

/** Today as yyyy-mm-dd in the reviewer's time zone. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function rubricState(read: ReadRubricResult): RubricState {
  const addresses = new Map(read.problems.map((p) => [p.problem, p.address]));
  return {
    rubric: read.rubric ?? read.asRead ?? null,
    problems: problemViews(
      read.problems.map((p) => p.problem),
      (p) => addresses.get(p),
    ),
  };
}

function evaluationState(row: EvaluationRowRead): EvaluationState {
  const label = [`row ${row.sheetRow}`, row.person, row.date].filter((part) => part !== "").join(" · ");
  return { values: row.values, comment: row.comment, label };
}

export function createExcelActions(options: ExcelActionsOptions): WorkbookActions {
  const { language } = options;
  const run: WorkbookRun = options.run ?? runInWorkbook;
  const subscribe = options.subscribe ?? onSelectionChanged;
  /** The evaluation last handed to the pane. */
  let shown: SelectedEvaluation | null = null;

  const currentRubric = async (context: WorkbookContext) => {
    const position = await selectionPosition(context);
    return { id: position.evaluation?.rubricId ?? position.rubricId ?? position.rubrics[0] ?? null, position };
  };

  const requireRubric = async (context: WorkbookContext) => {
    const current = await currentRubric(context);
    if (current.id === null) throw new Error("the workbook has no rubric yet: create one first");
    return { ...current, id: current.id };
  };

  const show = async (context: WorkbookContext, at: SelectedEvaluation): Promise<EvaluationState> => {
    const state = evaluationState(await readEvaluationRow(context, at.rubricId, at.rowIndex));
    shown = at;
    return state;
  };

  const rubricToWrite = async (kind: CreateKind, file: File | undefined, context: WorkbookContext) => {
    if (kind === "example") {
      const rubric = exampleRubric(language);
      if (!options.sampleEvaluations) return { rubric, evaluations: [] };
      // Loaded on demand: the CSV reader and the JSON validator stay out of the pane's first download.
      const { parseEvaluationsCsv } = await import("../formats/csv/evaluations");
      const samples = parseEvaluationsCsv(
        await options.sampleEvaluations(),
        rubric.criteria.map((c) => c.id),
      );
      if (!samples.ok) throw new Error(`the sample evaluations do not read: ${samples.errors.join("; ")}`);
      return { rubric, evaluations: samples.evaluations };
    }
    if (kind === "blank") return { rubric: blankRubric(language, await findRubrics(context)), evaluations: [] };
    if (!file) throw new Error("no file to import");
    const { parseRubric } = await import("../formats/rubric-json/file");
    const parsed = parseRubric(await file.text());
    if (!parsed.ok) {
      const problems = parsed.errors.map((e) => `${e.path || "/"}: ${e.message}`);
      throw new Error(`${file.name} is not a rubric file: ${problems.join("; ")}`);
    }
    return { rubric: parsed.rubric, evaluations: [] };
  };

  return {
    readRubric: () =>
      run(async (context) => {
        const { id } = await currentRubric(context);
        return id === null ? { rubric: null, problems: [] } : rubricState(await readRubric(context, id));
      }),

    createRubric: (kind, file) =>
      run(async (context) => {
        const { rubric, evaluations } = await rubricToWrite(kind, file, context);
        await createRubric(context, rubric, { language, evaluations });
        // The new rubric becomes the current one: its first evaluation row is selected.
        await selectEvaluationRow(context, rubric.id, 0);
        shown = null;
        return rubricState(await readRubric(context, rubric.id));
      }),

    applyRubricEdit: (change) =>
      run(async (context) => {
        const { id } = await requireRubric(context);
        const read = await readRubric(context, id);
        if (!read.asRead || !read.editable) {
          const problems = read.problems.map((p) => (p.address ? `${p.address}: ${p.message}` : p.message));
          throw new Error(
            `some cells of the rubric cannot be read; fix them in the sheet first: ${problems.join("; ")}`,
          );
        }
        await writeCriteria(context, id, applyChange(read.asRead, change));
        return rubricState(await readRubric(context, id));
      }),

    readSelectedEvaluation: () =>
      run(async (context) => {
        const { evaluation } = await selectionPosition(context);
        if (evaluation === null) {
          shown = null;
          return null;
        }
        return await show(context, evaluation);
      }),

    saveEvaluation: (values: Record<string, RawValue>, comment: string) =>
      run(async (context) => {
        const target = shown ?? (await selectionPosition(context)).evaluation;
        if (target === null) throw new Error("no evaluation is selected: select a row of the evaluations table");
        await saveEvaluationRow(context, target.rubricId, target.rowIndex, { values, comment });
      }),

    nextUnscored: () =>
      run(async (context) => {
        const { id, position } = await requireRubric(context);
        const from = shown?.rubricId === id ? shown : position.evaluation?.rubricId === id ? position.evaluation : null;
        const rowIndex = await nextUnscoredRow(context, id, from?.rowIndex ?? -1);
        if (rowIndex === null) return null;
        await selectEvaluationRow(context, id, rowIndex);
        return await show(context, { rubricId: id, rowIndex });
      }),

    newEvaluation: () =>
      run(async (context) => {
        const { id } = await requireRubric(context);
        const last = await readLastEvaluationRow(context, id);
        const rowIndex = await appendEvaluationRow(context, id, {
          date: today(),
          person: last.person,
          team: last.team,
          reviewer: last.reviewer,
          values: {},
        });
        await selectEvaluationRow(context, id, rowIndex);
        return await show(context, { rubricId: id, rowIndex });
      }),

    readEvaluations: () =>
      run(async (context) => {
        const { id } = await requireRubric(context);
        const read = await readEvaluations(context, id);
        return read.rows
          .filter((row) => Object.values(row.values).some((v) => v !== null))
          .map((row): EvaluationRecord => ({
            rowIndex: row.rowIndex,
            date: row.date,
            process: row.process,
            person: row.person,
            team: row.team,
            reviewer: row.reviewer,
            values: row.values,
            comment: row.comment,
            ...(row.version === null ? {} : { version: row.version }),
          }));
      }),

    selectedEvaluationRows: () =>
      run(async (context) => {
        const { id } = await requireRubric(context);
        return await selectedEvaluationRows(context, id);
      }),

    insertSheet: (name, cells) => run((context) => insertSheet(context, name, cells)),

    onSelectionChanged: (handler) => {
      let stopped = false;
      let stop: (() => unknown) | undefined;
      subscribe(handler).then(
        (unsubscribe) => {
          if (stopped) void Promise.resolve(unsubscribe()).catch(() => undefined);
          else stop = unsubscribe;
        },
        // Without selection events (an older Excel) the pane still works; it only does not follow the sheet.
        () => undefined,
      );
      return () => {
        stopped = true;
        if (stop) void Promise.resolve(stop()).catch(() => undefined);
        stop = undefined;
      };
    },
  };
}
