// readRubric: reads a rubric back from its sheet (settings block, criteria and bands tables) in two syncs,
// validates it, and places every problem at its cell.
import { TableCells, queueTableCells } from "./table-cells";
import { Rubric, RubricStatus } from "../rubric/model";
import { Problem, describeProblem, mergeProblems, problemAt } from "../rubric/problem";
import { cellNumber, cellString, readBandsTable, readCriteriaTable } from "../rubric/table";
import { validateRubric } from "../rubric/validate";
import { DEFAULT_STABILITY_RULE, StabilityRule } from "../rubric/version";
import { Language } from "../rubric/language";
import { BANDS_HEADERS, CriteriaColumn, foldHeader, parseStatus, tableLanguage } from "../rubric/vocabulary";
import { cellAddress, parseAddress, quoteSheet, rangeAddress } from "./address";
import { SETTINGS_BOX, SETTINGS_VALUE_COLUMN, SettingKey, settingKey, tableNames } from "./layout";

export interface LocatedProblem {
  /** The problem as one line: "PREP: weight is negative". */
  message: string;
  /** The cell at fault, sheet-qualified ("'proactive-visit rubric'!E12"), where it has one. */
  address?: string;
  problem: Problem;
}

export interface ReadRubricResult {
  /** The rubric, when it has no problems. */
  rubric?: Rubric;
  /** The rubric as read, problems and all, whenever its tables exist: the pane shows it beside its problems. */
  asRead?: Rubric;
  /** The stability rule of the settings block (its defaults where a cell is blank, as in a workbook from before it);
   * `warnings` name a cell that holds no whole number ≥ 0 (its default is used). */
  stability?: { rule: StabilityRule; warnings: string[] };
  /** Every cell could be read (problems, if any, are of the rules, not of unreadable cells): a structured edit may
   * rewrite the criteria table without losing anything a manager typed. */
  editable: boolean;
  problems: LocatedProblem[];
  /** The rubric sheet's language (its criteria table's headers'), whenever its tables exist: what a writer of its
   * words (the Status setting) writes in. */
  language?: Language;
}

/** An id or a status: trimmed. A title or description is read as it is (cellString). */
const text = (v: unknown) => cellString(v).trim();

export interface ReadRubricOptions {
  /** Called after the first sync, to queue more reads into the second (e.g. the versions tables). */
  beforeRead?: () => void;
}

export async function readRubric(
  context: Excel.RequestContext,
  rubricId: string,
  options: ReadRubricOptions = {},
): Promise<ReadRubricResult> {
  const names = tableNames(rubricId);
  // Sync 1: do the tables exist?
  const criteriaTable = context.workbook.tables.getItemOrNullObject(names.criteria);
  const bandsTable = context.workbook.tables.getItemOrNullObject(names.bands);
  // isNullObject is how Excel says whether getItemOrNullObject found the item; it must be loaded.
  // eslint-disable-next-line office-addins/no-navigational-load
  criteriaTable.load("isNullObject");
  // eslint-disable-next-line office-addins/no-navigational-load
  bandsTable.load("isNullObject");
  await context.sync();
  const missing = [criteriaTable, bandsTable].flatMap((t, i) =>
    t.isNullObject ? [[names.criteria, names.bands][i]] : [],
  );
  if (missing.length > 0) return missingTables(missing);

  // Sync 2: everything at once.
  options.beforeRead?.();
  const read = queueRubric(context, rubricId);
  await context.sync();
  return read(rubricId);
}

/** What readRubric reports when a rubric's tables are not in the workbook. */
export function missingTables(missing: readonly string[]): ReadRubricResult {
  const problem = problemAt({ scope: "rubric" }, "missing-tables", { names: missing.join(" or ") });
  return { editable: false, problems: [{ message: describeProblem(problem), problem }] };
}

/**
 * Queues the reads of a rubric whose criteria and bands tables are known to exist (tables named for `rubricId`:
 * an id or its table suffix); after the next sync, the returned function gives the rubric as read, checked against
 * `id` (the rubric's id, when only the suffix was known when queueing).
 */
export function queueRubric(context: Excel.RequestContext, rubricId: string): (id: string) => ReadRubricResult {
  const names = tableNames(rubricId);
  // The same proxies readRubric checked (getItem would do as well for tables known to exist).
  const criteriaTable = context.workbook.tables.getItemOrNullObject(names.criteria);
  const bandsTable = context.workbook.tables.getItemOrNullObject(names.bands);
  const criteriaCells = queueTableCells(criteriaTable);
  const bandsCells = queueTableCells(bandsTable);
  const box = SETTINGS_BOX;
  const settingsRange = criteriaTable.worksheet
    .getRange(rangeAddress(box.row, box.column, box.rows, box.columns))
    .load("values,address");
  return (id) => rubricFromCells(id, criteriaCells(), bandsCells(), settingsRange);
}

function rubricFromCells(
  rubricId: string,
  criteriaRange: TableCells,
  bandsRange: TableCells,
  settingsRange: { values: unknown[][]; address: string },
): ReadRubricResult {
  const criteria = readCriteriaTable(criteriaRange.values);
  const bands = readBandsTable(bandsRange.values);
  const settings = readSettings(settingsRange.values);
  const rubric: Rubric = {
    id: text(settings.values.id),
    title: cellString(settings.values.title),
    version: cellNumber(settings.values.version) ?? NaN,
    // The word of either language; anything else as it is, for the validation to name.
    status: parseStatus(settings.values.status) ?? (text(settings.values.status) as RubricStatus),
    settings: {
      scale: cellNumber(settings.values.scale) ?? NaN,
      decimals: cellNumber(settings.values.decimals) ?? NaN,
    },
    criteria: criteria.criteria,
    bands: bands.bands,
  };
  const description = cellString(settings.values.description);
  if (description) rubric.description = description;

  const problems = mergeProblems([...criteria.problems, ...bands.problems], validateRubric(rubric));
  if (rubric.id !== rubricId && rubric.id !== "") {
    problems.push(
      problemAt({ scope: "rubric", field: "id" }, "id-mismatch", {
        id: JSON.stringify(rubric.id),
        tables: JSON.stringify(rubricId),
      }),
    );
  }
  const locate = locator({
    criteria: { box: criteriaRange.box, rowOf: criteria.rowOf, columns: criteria.columns },
    bands: { box: bandsRange.box, rowOf: bands.rowOf, header: bandsRange.values[0] ?? [] },
    settings: { box: parseAddress(settingsRange.address), rowOf: settings.rowOf },
  });
  const located = problems.map((p) => ({ message: describeProblem(p), address: locate(p), problem: p }));
  const result: ReadRubricResult = {
    asRead: rubric,
    editable: criteria.problems.length === 0,
    problems: located,
    stability: stabilityRule(settings, parseAddress(settingsRange.address)),
    language: tableLanguage(criteriaRange.values[0] ?? []),
  };
  if (problems.length === 0) result.rubric = rubric;
  return result;
}

function stabilityRule(
  settings: ReturnType<typeof readSettings>,
  box: Box,
): { rule: StabilityRule; warnings: string[] } {
  const warnings: string[] = [];
  const read = (key: "stableWeeks" | "stableEvaluations", fallback: number) => {
    const cell = settings.values[key];
    if (cell === undefined || cell === null || cell === "") return fallback;
    const n = cellNumber(cell);
    if (n !== undefined && Number.isInteger(n) && n >= 0) return n;
    const row = settings.rowOf[key];
    const at =
      row === undefined ? key : `${quoteSheet(box.sheet ?? "")}!${cellAddress(box.row + row, SETTINGS_VALUE_COLUMN)}`;
    warnings.push(`${at}: ${JSON.stringify(cell)} is not a whole number ≥ 0; ${fallback} is used`);
    return fallback;
  };
  return {
    rule: {
      weeks: read("stableWeeks", DEFAULT_STABILITY_RULE.weeks),
      evaluations: read("stableEvaluations", DEFAULT_STABILITY_RULE.evaluations),
    },
    warnings,
  };
}

function readSettings(cells: readonly (readonly unknown[])[]) {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const rowOf: Partial<Record<SettingKey, number>> = {};
  cells.forEach((row, r) => {
    const key = settingKey(row[0]);
    if (key !== undefined && rowOf[key] === undefined) {
      values[key] = row[SETTINGS_VALUE_COLUMN];
      rowOf[key] = r;
    }
  });
  return { values, rowOf };
}

type Box = ReturnType<typeof parseAddress>;

interface Places {
  criteria: { box: Box; rowOf: number[]; columns: Partial<Record<CriteriaColumn, number>> };
  bands: { box: Box; rowOf: number[]; header: readonly unknown[] };
  settings: { box: Box; rowOf: Partial<Record<SettingKey, number>> };
}

/** "levels[2].points" -> "levels". */
const baseField = (field: string | undefined) => (field ?? "").replace(/[[.].*$/, "");

function locator(places: Places): (p: Problem) => string | undefined {
  const at = (box: Box, row: number, column: number) =>
    `${quoteSheet(box.sheet ?? "")}!${cellAddress(box.row + row, box.column + column)}`;
  return (p) => {
    const { scope, index, field } = p.location;
    if (scope === "criterion" && index !== undefined) {
      const { box, rowOf, columns } = places.criteria;
      const row = rowOf[index];
      if (row === undefined) return undefined;
      const column = columns[baseField(field) as CriteriaColumn] ?? columns.id ?? 0;
      return at(box, row + 1, column);
    }
    if (scope === "band" && index !== undefined) {
      const { box, rowOf, header } = places.bands;
      const row = rowOf[index];
      if (row === undefined) return undefined;
      const column = Math.max(
        0,
        header.findIndex((h) => BANDS_HEADERS.get(foldHeader(h)) === baseField(field)),
      );
      return at(box, row + 1, column);
    }
    if (scope === "criteria") return at(places.criteria.box, 0, 0);
    if (scope === "bands") return at(places.bands.box, 0, 0);
    if (scope === "rubric" || scope === "settings") {
      const key = baseField(field) as SettingKey;
      const row = places.settings.rowOf[key];
      return row === undefined ? undefined : at(places.settings.box, row, SETTINGS_VALUE_COLUMN);
    }
    return undefined;
  };
}
