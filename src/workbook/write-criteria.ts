// writeCriteria: a structured edit of a rubric's criteria. Rewrites the criteria table's data rows (resized to the
// new count) with one values write, keeps its formula columns (Share), then syncColumns so the evaluations table
// follows by id (new columns added, removed criteria retired, never deleted). Evaluation data is never touched.
// Syncs: one read and one write here, then syncColumns' two: four whatever the sizes.
import { formatLevels } from "../rubric/levels";
import { Criterion, Rubric } from "../rubric/model";
import { CRITERIA_HEADERS, CRITERIA_HEADER_TEXT, CriteriaColumn, KIND_TEXT, foldHeader } from "../rubric/vocabulary";
import { parseAddress, rangeAddress } from "./address";
import { SyncColumnsResult, syncColumns } from "./columns";
import { fillRange } from "./fill";
import { WorkbookLanguage } from "./language";
import { SHARE_HEADER, YES_NO_TEXT, tableNames } from "./layout";

function cellOf(criterion: Criterion, column: CriteriaColumn, language: WorkbookLanguage): unknown {
  const [yes, no] = YES_NO_TEXT[language];
  switch (column) {
    case "id":
      return criterion.id;
    case "label":
      return criterion.label;
    case "description":
      return criterion.description ?? "";
    case "kind":
      return KIND_TEXT[language][criterion.kind];
    case "weight":
      return criterion.weight;
    case "max":
      return criterion.max;
    case "allowNA":
      return criterion.allowNA ? yes : no;
    case "levels":
      return criterion.levels && criterion.levels.length > 0 ? formatLevels(criterion.levels) : "";
    case "section":
      return criterion.section ?? "";
  }
}

/** The language the criteria table was written in, from its Kind (or ID) header; English when unknown. */
function criteriaLanguage(headers: readonly unknown[]): WorkbookLanguage {
  const zh = CRITERIA_HEADER_TEXT.zh;
  const folded = headers.map(foldHeader);
  return folded.includes(foldHeader(zh.kind)) || folded.includes(foldHeader(zh.id)) ? "zh" : "en";
}

export async function writeCriteria(
  context: Excel.RequestContext,
  rubricId: string,
  rubric: Pick<Rubric, "criteria">,
): Promise<SyncColumnsResult> {
  const table = context.workbook.tables.getItem(tableNames(rubricId).criteria);
  const whole = table.getRange().load("address");
  const header = table.getHeaderRowRange().load("values");
  const first = table.getDataBodyRange().getRow(0).load("formulas");
  await context.sync();

  const headers = header.values[0];
  const language = criteriaLanguage(headers);
  const columns = headers.map((h) => CRITERIA_HEADERS.get(foldHeader(h)));
  // Other columns keep their formula (Share); a column of plain values there has no row to follow and is blanked.
  const kept = first.formulas[0].map((f) => (typeof f === "string" && f.startsWith("=") ? f : ""));
  const rows = rubric.criteria.map((c) => columns.map((column, i) => (column ? cellOf(c, column, language) : kept[i])));
  if (rows.length === 0) rows.push(columns.map((column, i) => (column ? "" : kept[i]))); // a table keeps one row

  const box = parseAddress(whole.address);
  const oldRows = box.rows - 1;
  table.resize(rangeAddress(box.row, box.column, rows.length + 1, box.columns));
  // Cells relative to the table's old range (getCell may point below it).
  whole.getCell(1, 0).getResizedRange(rows.length - 1, box.columns - 1).values = rows;
  if (oldRows > rows.length) {
    whole
      .getCell(1 + rows.length, 0)
      .getResizedRange(oldRows - rows.length - 1, box.columns - 1)
      .clear("Contents");
  }

  // New rows get the columns' formats and drop-downs.
  const headerAt = (column: CriteriaColumn) => headers.find((_, i) => columns[i] === column);
  const bodyOf = (name: unknown) => table.columns.getItem(String(name)).getDataBodyRange();
  const share = headers.find((h) => foldHeader(h) === foldHeader(SHARE_HEADER[language]));
  if (share !== undefined) fillRange(bodyOf(share), "numberFormat", "0.0%");
  const kindHeader = headerAt("kind");
  if (kindHeader !== undefined) {
    const kind = bodyOf(kindHeader);
    kind.dataValidation.clear();
    kind.dataValidation.rule = {
      list: { inCellDropDown: true, source: Object.values(KIND_TEXT[language]).join(",") },
    };
  }
  const allowNAHeader = headerAt("allowNA");
  if (allowNAHeader !== undefined) {
    const allowNA = bodyOf(allowNAHeader);
    allowNA.dataValidation.clear();
    allowNA.dataValidation.rule = { list: { inCellDropDown: true, source: YES_NO_TEXT[language].join(",") } };
  }
  await context.sync();

  return await syncColumns(context, rubricId);
}
