// createRubric: writes a rubric's sheet (settings, criteria and bands tables, live checks) and its evaluations
// sheet (table with one column per criterion, formulas, validation, formats), in two syncs whatever the size.
import { formatLevels } from "../rubric/levels";
import { Rubric } from "../rubric/model";
import { describeProblem } from "../rubric/problem";
import { validateRubric } from "../rubric/validate";
import { CRITERIA_HEADER_TEXT, KIND_TEXT } from "../rubric/vocabulary";
import { cellAddress, rangeAddress, sheetCellReference } from "./address";
import { EvaluationInput, inputRow } from "./cells";
import { fillRange } from "./fill";
import { checkFormula, shareFormula, weightTotalFormula } from "./formulas";
import { WorkbookLanguage } from "./language";
import {
  BANDS_HEADER_TEXT,
  BANDS_ORIGIN,
  CHECK_LABELS,
  CHECKS_BOX,
  CRITERIA_ORIGIN,
  EVALUATIONS_COLUMN,
  EVALUATIONS_HEADER_ROW,
  EVALUATIONS_TITLE_ROW,
  SETTING_KEYS,
  SETTING_LABELS,
  SETTINGS_BOX,
  SETTINGS_VALUE_COLUMN,
  SHARE_HEADER,
  YES_NO_TEXT,
  criteriaHeaders,
  evaluationColumn,
  evaluationHeaders,
  settingRow,
  sheetNames,
  tableNames,
} from "./layout";
import { writeEvaluationColumns } from "./evaluation-columns";

export interface CreateRubricOptions {
  language: WorkbookLanguage;
  /** Rows to write into the new evaluations table (e.g. the sample evaluations), in one write. */
  evaluations?: readonly EvaluationInput[];
}

export interface CreatedRubric {
  rubricSheet: string;
  evaluationsSheet: string;
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
  const problems = validateRubric(rubric).map(describeProblem);
  problems.push(...reservedIds(rubric).map((id) => `${id}: is the name of a fixed evaluation column`));
  if (problems.length > 0) throw new Error(`the rubric has problems: ${problems.join("; ")}`);
  const names = tableNames(rubric.id);
  const sheets = sheetNames(rubric.id, language);

  // Sync 1: nothing of this rubric may exist yet.
  const existing = [
    ...Object.values(names).map((n) => context.workbook.tables.getItemOrNullObject(n)),
    ...Object.values(sheets).map((n) => context.workbook.worksheets.getItemOrNullObject(n)),
  ];
  existing.forEach((item) => item.load("isNullObject"));
  await context.sync();
  const taken = [...Object.values(names), ...Object.values(sheets)].filter((_, i) => !existing[i].isNullObject);
  if (taken.length > 0) throw new Error(`already in the workbook: ${taken.join(", ")}`);

  const rubricSheet = context.workbook.worksheets.add(sheets.rubric);
  writeSettings(rubricSheet, rubric, language);
  writeCriteria(rubricSheet, rubric, language, names.criteria, sheets.rubric);
  writeBands(rubricSheet, rubric, language, names.bands);
  writeChecks(rubricSheet, language, names);

  const evaluationsSheet = context.workbook.worksheets.add(sheets.evaluations);
  writeEvaluationsSheet(evaluationsSheet, rubric, options, names, sheets.rubric);

  // Sync 2: everything above.
  await context.sync();
  return { rubricSheet: sheets.rubric, evaluationsSheet: sheets.evaluations, tables: names };
}

function writeSettings(sheet: Excel.Worksheet, rubric: Rubric, language: WorkbookLanguage): void {
  const value = {
    id: rubric.id,
    title: rubric.title,
    version: rubric.version,
    status: rubric.status,
    scale: rubric.settings.scale,
    decimals: rubric.settings.decimals,
    description: rubric.description ?? "",
  };
  const box = SETTINGS_BOX;
  const range = sheet.getRange(rangeAddress(box.row, box.column, box.rows, box.columns));
  range.values = SETTING_KEYS.map((key) => [SETTING_LABELS[language][key], value[key]]);
  range.getColumn(0).format.font.bold = true;
  const status = sheet.getRange(cellAddress(settingRow("status"), SETTINGS_VALUE_COLUMN));
  status.dataValidation.rule = { list: { inCellDropDown: true, source: "draft,stable,final" } };
}

function writeCriteria(
  sheet: Excel.Worksheet,
  rubric: Rubric,
  language: WorkbookLanguage,
  tableName: string,
  sheetName: string,
): void {
  const headers = criteriaHeaders(language);
  const [yes, no] = YES_NO_TEXT[language];
  const rows = rubric.criteria.map((c) => [
    c.id,
    c.label,
    c.description ?? "",
    KIND_TEXT[language][c.kind],
    c.weight,
    c.max,
    c.allowNA ? yes : no,
    c.levels && c.levels.length > 0 ? formatLevels(c.levels) : "",
    c.section ?? "",
    "",
  ]);
  const { row, column } = CRITERIA_ORIGIN;
  const address = rangeAddress(row, column, rows.length + 1, headers.length);
  sheet.getRange(address).values = [headers, ...rows];
  const table = sheet.tables.add(address, true);
  table.name = tableName;
  const text = CRITERIA_HEADER_TEXT[language];
  const weightTotal = sheetCellReference(sheetName, CHECKS_BOX.row + 1, CHECKS_BOX.column + 1);
  const share = table.columns.getItem(SHARE_HEADER[language]).getDataBodyRange();
  fillRange(share, "formulas", shareFormula(tableName, text.weight, text.kind, weightTotal));
  fillRange(share, "numberFormat", "0.0%");
  const kind = table.columns.getItem(text.kind).getDataBodyRange();
  kind.dataValidation.rule = {
    list: { inCellDropDown: true, source: Object.values(KIND_TEXT[language]).join(",") },
  };
  const allowNA = table.columns.getItem(text.allowNA).getDataBodyRange();
  allowNA.dataValidation.rule = { list: { inCellDropDown: true, source: `${yes},${no}` } };
}

function writeBands(sheet: Excel.Worksheet, rubric: Rubric, language: WorkbookLanguage, tableName: string): void {
  const rows = rubric.bands.map((b) => [b.from === null ? "" : b.from, b.points, b.label ?? ""]);
  if (rows.length === 0) rows.push(["", "", ""]);
  const { row, column } = BANDS_ORIGIN;
  const address = rangeAddress(row, column, rows.length + 1, 3);
  sheet.getRange(address).values = [BANDS_HEADER_TEXT[language], ...rows];
  sheet.tables.add(address, true).name = tableName;
}

function writeChecks(sheet: Excel.Worksheet, language: WorkbookLanguage, names: ReturnType<typeof tableNames>): void {
  const { row, column } = CHECKS_BOX;
  const text = CRITERIA_HEADER_TEXT[language];
  const labels = CHECK_LABELS[language];
  sheet.getRange(rangeAddress(row, column, 2, 1)).values = [[labels.check], [labels.weightTotal]];
  sheet.getRange(rangeAddress(row, column + 1, 2, 1)).formulas = [
    [checkFormula(names.criteria, names.bands)],
    [weightTotalFormula(names.criteria, text.weight, text.kind)],
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

  sheet.getRange(cellAddress(EVALUATIONS_TITLE_ROW, left)).values = [[`${rubric.title} (${rubric.id})`]];
  sheet.getRange(rangeAddress(top, left, 1, headers.length)).values = [headers];
  if (evaluations.length > 0) {
    const rows = evaluations.map((e) => inputRow(e, ids, e.version ?? rubric.version));
    sheet.getRange(rangeAddress(top + 1, left, rows.length, rows[0].length)).values = rows;
  }
  const table = sheet.tables.add(rangeAddress(top, left, dataRows + 1, headers.length), true);
  table.name = names.evaluations;
  writeEvaluationColumns(sheet, table, {
    language,
    names,
    rubricSheet,
    headers,
    criteria: rubric.criteria,
    active: ids,
    labels: headers.map((h) => rubric.criteria.find((c) => c.id === h)?.label ?? ""),
    formatScores: ids,
    decimals: rubric.settings.decimals,
  });
  sheet.freezePanes.freezeRows(top + 1);
}
