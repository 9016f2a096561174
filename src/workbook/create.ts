// createRubric: writes a rubric's sheet (settings, criteria and bands tables, live checks) and its evaluations
// sheet (table with one column per criterion, formulas, validation, formats), in two syncs whatever the size.
import { newEvaluationKeys } from "../rubric/evaluation-key";
import { Language } from "../rubric/language";
import { Rubric } from "../rubric/model";
import { describeProblem } from "../rubric/problem";
import { validateRubric } from "../rubric/validate";
import { SHEET_VOCABULARY, evaluationColumn, statusText } from "../rubric/vocabulary";
import { cellAddress, rangeAddress, sheetCellReference } from "./address";
import { EvaluationInput, inputRow } from "./cells";
import { criteriaHeader, criteriaHeaders, criteriaLayout, shareHeader } from "./criteria-layout";
import { writeEvaluationColumns } from "./evaluation-columns";
import {
  EVALUATIONS_COLUMN,
  EVALUATIONS_HEADER_ROW,
  EVALUATIONS_TITLE_ROW,
  evaluationHeaders,
  evaluationsLayout,
} from "./evaluations-layout";
import { fillRange } from "./fill";
import { checkFormula, shareFormula, totalFormulaProblem, weightTotalFormula } from "./formulas";
import {
  BANDS_ORIGIN,
  CHECKS_BOX,
  CRITERIA_ORIGIN,
  SETTING_KEYS,
  SETTINGS_BOX,
  SETTINGS_VALUE_COLUMN,
  bandsHeaders,
  settingRow,
  sheetNames,
  tableNames,
  versionTableNames,
} from "./layout";
import { TEXT_FORMAT, criteriaTextColumns, evaluationTextColumns, textFormats, writeValues } from "./text-cells";
import { criteriaRow, formatCriteriaColumns } from "./write-criteria";
import { queueStatusDropDown } from "./status-cell";
import { queueVersionsSheet } from "./versions/store";
import { versionedFormulaNames } from "./versions/layout";
import { publishDraft } from "../rubric/publish";
import { DEFAULT_STABILITY_RULE } from "../rubric/version";
import { loadChecksum } from "../rubric/canonical/load";

export interface CreateRubricOptions {
  language: Language;
  /** When it is created: version 1's publish time (ISO 8601; default now). */
  at?: string;
  /** Who creates it, for the history (default ""). */
  by?: string;
  /** Rows to write into the new evaluations table (e.g. the sample evaluations), in one write. */
  evaluations?: readonly EvaluationInput[];
}

export interface CreatedRubric {
  rubricSheet: string;
  evaluationsSheet: string;
  versionsSheet: string;
  tables: ReturnType<typeof tableNames>;
}

/** Criterion ids that would clash with a fixed evaluation header (Excel would rename the duplicate). */
export function reservedIds(rubric: Rubric): string[] {
  return rubric.criteria.filter((c) => evaluationColumn(c.id) !== undefined).map((c) => c.id);
}

export async function createRubric(
  context: Excel.RequestContext,
  rubric: Rubric,
  options: CreateRubricOptions,
): Promise<CreatedRubric> {
  const { language } = options;
  const problems = validateRubric(rubric).map((p) => describeProblem(p));
  problems.push(...reservedIds(rubric).map((id) => `${id}: is the name of a fixed evaluation column`));
  const names = tableNames(rubric.id);
  const sheets = sheetNames(rubric.id, language);
  const tooLong = totalFormulaProblem(
    versionedFormulaNames(rubric.id, language, {
      table: names.evaluations,
      versionHeader: SHEET_VOCABULARY[language].evaluations.version,
    }),
    rubric.criteria.map((c) => c.id),
  );
  if (tooLong) problems.push(tooLong);
  if (problems.length > 0) throw new Error(`the rubric has problems: ${problems.join("; ")}`);

  const checksumOf = await loadChecksum();
  // Sync 1: nothing of this rubric may exist yet.
  const versionNames = versionTableNames(rubric.id);
  const existing = [
    ...[...Object.values(names), ...Object.values(versionNames)].map((n) =>
      context.workbook.tables.getItemOrNullObject(n),
    ),
    ...Object.values(sheets).map((n) => context.workbook.worksheets.getItemOrNullObject(n)),
  ];
  existing.forEach((item) => item.load("isNullObject"));
  await context.sync();
  const taken = [...Object.values(names), ...Object.values(versionNames), ...Object.values(sheets)].filter(
    (_, i) => !existing[i].isNullObject,
  );
  if (taken.length > 0) throw new Error(`already in the workbook: ${taken.join(", ")}`);

  const rubricSheet = context.workbook.worksheets.add(sheets.rubric);
  writeSettings(rubricSheet, rubric, language);
  writeCriteria(rubricSheet, rubric, language, names.criteria, sheets.rubric);
  writeBands(rubricSheet, rubric, language, names.bands);
  writeChecks(rubricSheet, language, names);

  const evaluationsSheet = context.workbook.worksheets.add(sheets.evaluations);
  writeEvaluationsSheet(evaluationsSheet, rubric, options, names, sheets.rubric);

  // The rubric as created is its first published version: every evaluation is scored under a version.
  const at = options.at ?? new Date().toISOString();
  const note = SHEET_VOCABULARY[language].versions.created;
  const first = publishDraft(
    { versions: [], entries: [], moves: [] },
    rubric,
    { at, note, by: options.by },
    checksumOf,
  );
  queueVersionsSheet(context, rubric.id, sheets.versions, language, {
    version: first.version,
    changes: "",
    entry: first.entry,
    evaluations: { table: names.evaluations, versionHeader: SHEET_VOCABULARY[language].evaluations.version },
  });

  // Sync 2: everything above.
  await context.sync();
  return {
    rubricSheet: sheets.rubric,
    evaluationsSheet: sheets.evaluations,
    versionsSheet: sheets.versions,
    tables: names,
  };
}

/** Settings that hold text: their cells are text cells (text-cells.ts); the others hold numbers. */
const TEXT_SETTINGS = new Set(["id", "title", "status", "description"]);

function writeSettings(sheet: Excel.Worksheet, rubric: Rubric, language: Language): void {
  const value = {
    id: rubric.id,
    title: rubric.title,
    version: rubric.version,
    status: statusText(language, rubric.status),
    scale: rubric.settings.scale,
    decimals: rubric.settings.decimals,
    description: rubric.description ?? "",
    stableWeeks: DEFAULT_STABILITY_RULE.weeks,
    stableEvaluations: DEFAULT_STABILITY_RULE.evaluations,
  };
  const box = SETTINGS_BOX;
  const range = sheet.getRange(rangeAddress(box.row, box.column, box.rows, box.columns));
  range.numberFormat = SETTING_KEYS.map((key) => [TEXT_FORMAT, TEXT_SETTINGS.has(key) ? TEXT_FORMAT : null]);
  range.values = SETTING_KEYS.map((key) => [SHEET_VOCABULARY[language].settings[key], value[key]]);
  range.getColumn(0).format.font.bold = true;
  queueStatusDropDown(sheet.getRange(cellAddress(settingRow("status"), SETTINGS_VALUE_COLUMN)), language);
}

function writeCriteria(
  sheet: Excel.Worksheet,
  rubric: Rubric,
  language: Language,
  tableName: string,
  sheetName: string,
) {
  const headers = criteriaHeaders(language);
  const layout = criteriaLayout(headers);
  const rows = rubric.criteria.map((c) =>
    criteriaRow(
      c,
      layout,
      headers.map(() => ""),
    ),
  );
  const { row, column } = CRITERIA_ORIGIN;
  const address = rangeAddress(row, column, rows.length + 1, headers.length);
  writeValues(sheet.getRange(address), [headers, ...rows], criteriaTextColumns(layout));
  const table = sheet.tables.add(address, true);
  table.name = tableName;
  const weightTotal = sheetCellReference(sheetName, CHECKS_BOX.row + 1, CHECKS_BOX.column + 1);
  const [weight, kind] = [criteriaHeader(layout, "weight")!, criteriaHeader(layout, "kind")!];
  const share = table.columns.getItem(shareHeader(layout)!).getDataBodyRange();
  fillRange(share, "formulas", shareFormula(tableName, weight, kind, weightTotal));
  formatCriteriaColumns(table, layout);
}

function writeBands(sheet: Excel.Worksheet, rubric: Rubric, language: Language, tableName: string): void {
  const rows = rubric.bands.map((b) => [b.from === null ? "" : b.from, b.points, b.label ?? ""]);
  if (rows.length === 0) rows.push(["", "", ""]);
  const { row, column } = BANDS_ORIGIN;
  const address = rangeAddress(row, column, rows.length + 1, 3);
  writeValues(sheet.getRange(address), [bandsHeaders(language), ...rows], [false, false, true]); // From, Points, Label
  sheet.tables.add(address, true).name = tableName;
}

function writeChecks(sheet: Excel.Worksheet, language: Language, names: ReturnType<typeof tableNames>): void {
  const { row, column } = CHECKS_BOX;
  const { criteria: headers, checks: labels } = SHEET_VOCABULARY[language];
  sheet.getRange(rangeAddress(row, column, 2, 1)).values = [[labels.check], [labels.weightTotal]];
  sheet.getRange(rangeAddress(row, column + 1, 2, 1)).formulas = [
    [checkFormula(names.criteria, names.bands)],
    [weightTotalFormula(names.criteria, headers.weight[0], headers.kind[0])],
  ];
}

function writeEvaluationsSheet(
  sheet: Excel.Worksheet,
  rubric: Rubric,
  options: CreateRubricOptions,
  names: ReturnType<typeof tableNames>,
  rubricSheet: string,
): void {
  const { language } = options;
  const ids = rubric.criteria.map((c) => c.id);
  const headers = evaluationHeaders(language, ids);
  const evaluations = options.evaluations ?? [];
  const dataRows = Math.max(evaluations.length, 1);
  const top = EVALUATIONS_HEADER_ROW;
  const left = EVALUATIONS_COLUMN;

  writeValues(sheet.getRange(cellAddress(EVALUATIONS_TITLE_ROW, left)), [[`${rubric.title} (${rubric.id})`]]);
  writeValues(sheet.getRange(rangeAddress(top, left, 1, headers.length)), [headers]);
  // The text columns are text from the first data row, before the sample evaluations land in them.
  const blank = Array.from({ length: dataRows }, () => headers.map(() => null));
  const textColumns = evaluationTextColumns(evaluationsLayout(headers));
  sheet.getRange(rangeAddress(top + 1, left, dataRows, headers.length)).numberFormat = textFormats(blank, textColumns);
  if (evaluations.length > 0) {
    // Every evaluation written with a new rubric is scored under its first version.
    const rows = evaluations.map((e) => inputRow(e, ids, rubric.version));
    sheet.getRange(rangeAddress(top + 1, left, rows.length, rows[0].length)).values = rows;
    // Every evaluation gets its key now; the Key column is the table's last.
    const keys = newEvaluationKeys(rows.length).map((key) => [key]);
    sheet.getRange(rangeAddress(top + 1, left + headers.length - 1, keys.length, 1)).values = keys;
  }
  const table = sheet.tables.add(rangeAddress(top, left, dataRows + 1, headers.length), true);
  table.name = names.evaluations;
  writeEvaluationColumns(sheet, table, {
    rubricId: rubric.id,
    names,
    rubricSheet,
    headers,
    criteria: rubric.criteria,
    labels: headers.map((h) => rubric.criteria.find((c) => c.id === h)?.label ?? ""),
    formatScores: ids,
    decimals: rubric.settings.decimals,
  });
  sheet.freezePanes.freezeRows(top + 1);
}
