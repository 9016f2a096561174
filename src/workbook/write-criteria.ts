// writeCriteria: a structured edit of a rubric's criteria. Rewrites the criteria table's data rows (resized to the
// new count) with one values write, keeps its formula columns (Share), then syncColumns so the evaluations table
// follows by id (new columns added, removed criteria retired, never deleted). Evaluation data is never touched.
// Syncs: one read and one write here, then syncColumns' two: four whatever the sizes.
import { Rubric } from "../rubric/model";
import { SHEET_VOCABULARY, kindChoices, yesNoText } from "../rubric/vocabulary";
import { criteriaRow } from "./criteria-row";

export { criteriaRow } from "./criteria-row";
import { parseAddress, rangeAddress } from "./address";
import { SyncColumnsResult, syncColumns } from "./columns";
import { CriteriaLayout, criteriaHeader, criteriaLayout, shareHeader } from "./criteria-layout";
import { fillRange } from "./fill";
import { totalFormulaProblem } from "./formulas";
import { versionedFormulaNames } from "./versions/layout";
import { NUMBER_FORMATS, tableNames } from "./layout";
import { criteriaTextColumns, formatTableColumnsAsText } from "./text-cells";

/** Queues the columns' formats and drop-downs over the whole table (new rows included); no sync. Queue it before
 * writing rows: text columns must be text before anything lands in them. */
export function formatCriteriaColumns(table: Excel.Table, layout: CriteriaLayout): void {
  const bodyOf = (name: string) => table.columns.getItem(name).getDataBodyRange();
  const text = criteriaTextColumns(layout);
  formatTableColumnsAsText(
    table,
    layout.headers.filter((_, i) => text[i]).map((h) => String(h)),
  );
  const share = shareHeader(layout);
  if (share !== undefined) fillRange(bodyOf(share), "numberFormat", NUMBER_FORMATS.share);
  const rules = SHEET_VOCABULARY[layout.language].criteriaRules;
  // Kind and Allow NA take only their list's words in the table's language: anything else reads as a problem.
  const dropDown = (header: string | undefined, choices: readonly string[], message: string) => {
    if (header === undefined) return;
    const body = bodyOf(header);
    body.dataValidation.clear(); // Excel refuses to set a rule over one
    body.dataValidation.rule = { list: { inCellDropDown: true, source: choices.join(",") } };
    const listed = choices.join(layout.language === "zh" ? "、" : ", ");
    body.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: header,
      message: message.replace("{choices}", listed),
    };
  };
  dropDown(criteriaHeader(layout, "kind"), kindChoices(layout.language), rules.kind);
  dropDown(criteriaHeader(layout, "allowNA"), yesNoText(layout.language), rules.allowNA);
  // Weight and Max take numbers only (a typed "ten" or -5 would turn every Total into an error).
  const numberRule = (header: string | undefined, operator: Excel.DataValidationOperator, message: string) => {
    if (header === undefined) return;
    const body = bodyOf(header);
    body.dataValidation.clear();
    body.dataValidation.rule = { decimal: { formula1: 0, operator } };
    body.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: header, message };
  };
  numberRule(criteriaHeader(layout, "weight"), "GreaterThanOrEqualTo" as Excel.DataValidationOperator, rules.weight);
  numberRule(criteriaHeader(layout, "max"), "GreaterThan" as Excel.DataValidationOperator, rules.max);
}

export async function writeCriteria(
  context: Excel.RequestContext,
  rubricId: string,
  rubric: Pick<Rubric, "criteria">,
): Promise<SyncColumnsResult> {
  const names = tableNames(rubricId);
  const table = context.workbook.tables.getItem(names.criteria);
  const whole = table.getRange().load("address");
  table.load("showTotals");
  const header = table.getHeaderRowRange().load("values");
  const first = table.getDataBodyRange().getRow(0).load("formulas");
  await context.sync();
  // Refused before anything is written: every evaluation row's Total formula must fit Excel's limit.
  const language = criteriaLayout(header.values[0]).language;
  const tooLong = totalFormulaProblem(
    versionedFormulaNames(rubricId, language, {
      table: names.evaluations,
      versionHeader: SHEET_VOCABULARY[language].evaluations.version,
    }),
    rubric.criteria.map((c) => c.id),
  );
  if (tooLong) throw new Error(tooLong);

  const layout = criteriaLayout(header.values[0]);
  // Other columns keep their formula (Share); a column of plain values there has no row to follow and is blanked.
  const kept = first.formulas[0].map((f) => (typeof f === "string" && f.startsWith("=") ? f : ""));
  const rows = rubric.criteria.map((c) => criteriaRow(c, layout, kept));
  if (rows.length === 0) rows.push(layout.columns.map((column, i) => (column ? "" : kept[i]))); // a table keeps one row

  const box = parseAddress(whole.address);
  // The table's range includes a Total Row the user turned on: it stays under the criteria.
  const totals = table.showTotals ? 1 : 0;
  const newRows = rows.length + 1 + totals;
  table.resize(rangeAddress(box.row, box.column, newRows, box.columns));
  // Formats and drop-downs over the resized table, new rows included, before the rows are written.
  formatCriteriaColumns(table, layout);
  // Cells relative to the table's old range (getCell may point below it).
  whole.getCell(1, 0).getResizedRange(rows.length - 1, box.columns - 1).values = rows;
  if (box.rows > newRows) {
    // Fewer criteria: what the table's old rows held below its new end is cleared.
    whole
      .getCell(newRows, 0)
      .getResizedRange(box.rows - newRows - 1, box.columns - 1)
      .clear("Contents");
  }
  await context.sync();

  return await syncColumns(context, rubricId);
}
