// Reading the example's tables out of the preview (window.rubricPreview.values) and computing, node-side with the
// domain engine (src/rubric), what every Total, Points and Band cell of the evaluations table must hold.
import { columnLetter } from "../../../src/workbook/address";
import { Band, Criterion, Rubric, RubricSettings } from "../../../src/rubric/model";
import { describeProblem } from "../../../src/rubric/problem";
import { cellNumber, readBandsTable, readCriteriaTable } from "../../../src/rubric/table";
import { validateBands, validateCriteria } from "../../../src/rubric/validate";
import { foldHeader } from "../../../src/rubric/vocabulary";
import { expectedRow as sheetRow } from "../../support/expected-row";
import { versionTableColumns, versionTableHeaders } from "../../../src/workbook/versions/layout";
import { readVersionTables } from "../../../src/workbook/versions/snapshot-read";
import { CellValue, Preview, errorCode } from "./preview";

export const RUBRIC_SHEET = "proactive-visit rubric";
export const VERSIONS_SHEET = "proactive-visit versions";
export const EVALUATIONS_SHEET = "proactive-visit evaluations";
export const EXAMPLE_IDS = ["PREP", "MAIL1", "OAUSE", "PROC", "SUMM", "MAIL2", "BONUS"];
/** Row 3 holds the evaluations table's header; data rows start in row 4. */
export const EVALUATIONS_HEADER_ROW = 3;
/** The criteria table's header is in row 10 (A10), the bands table's in L10. */
export const CRITERIA_HEADER_ROW = 10;

export { columnLetter };

const FIXED = [
  "date",
  "process",
  "person",
  "team",
  "reviewer",
  "comment",
  "rubricversion",
  "total",
  "points",
  "band",
  "key",
];
export const isBlankCell = (v: CellValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Rows from the first until the first entirely blank one. */
function untilBlankRow(cells: CellValue[][]): CellValue[][] {
  const end = cells.findIndex((row) => row.every(isBlankCell));
  return end < 0 ? cells : cells.slice(0, end);
}

export interface EvaluationsTable {
  header: string[];
  /** Column index of each header, folded (lower case, no spaces). */
  column: (header: string) => number;
  /** Data rows: rows[i] is sheet row EVALUATIONS_HEADER_ROW + 1 + i. */
  rows: CellValue[][];
  /** Score column headers (criterion ids, active or retired) in sheet order. */
  scoreHeaders: string[];
}

export interface WorkbookTables {
  /** The published versions' snapshots, by number (read from the versions sheet). */
  versions: Map<number, Rubric>;
  settings: RubricSettings;
  criteriaCells: CellValue[][];
  criteria: Criterion[];
  bands: Band[];
  evaluations: EvaluationsTable;
}

export async function readEvaluations(preview: Preview, sheet = EVALUATIONS_SHEET): Promise<EvaluationsTable> {
  const top = EVALUATIONS_HEADER_ROW;
  const headerCells = (await preview.values(sheet, `A${top}:AZ${top}`))[0];
  const width = headerCells.findIndex(isBlankCell);
  const header = headerCells.slice(0, width < 0 ? headerCells.length : width).map((h) => String(h));
  const last = columnLetter(header.length - 1);
  const folded = header.map((h) => foldHeader(h));
  const column = (name: string) => folded.indexOf(foldHeader(name));
  // The table's extent: the rows whose Total cell holds a formula.
  const totalLetter = columnLetter(column("Total"));
  const totalFormulas = await preview.formulas(sheet, `${totalLetter}${top + 1}:${totalLetter}${top + 2000}`);
  let count = totalFormulas.findIndex(([f]) => typeof f !== "string" || !f.startsWith("="));
  if (count < 0) count = totalFormulas.length;
  const rows = count === 0 ? [] : await preview.values(sheet, `A${top + 1}:${last}${top + count}`);
  return { header, column, rows, scoreHeaders: header.filter((h, i) => !FIXED.includes(folded[i])) };
}

export async function readTables(preview: Preview): Promise<WorkbookTables> {
  const settingsCells = await preview.values(RUBRIC_SHEET, "A1:B7");
  const setting = (label: string) => settingsCells.find(([l]) => foldHeader(l) === foldHeader(label))?.[1];
  const settings: RubricSettings = {
    scale: cellNumber(setting("Scale")) ?? 100,
    decimals: cellNumber(setting("Decimals")) ?? 1,
  };
  const criteriaCells = untilBlankRow(
    await preview.values(RUBRIC_SHEET, `A${CRITERIA_HEADER_ROW}:J${CRITERIA_HEADER_ROW + 60}`),
  );
  const criteriaTable = readCriteriaTable(criteriaCells, { levels: false });
  const criteriaProblems = [
    ...criteriaTable.problems,
    ...validateCriteria(criteriaTable.criteria, { scoringOnly: true }),
  ];
  if (criteriaProblems.length > 0) {
    throw new Error(`the criteria table does not read: ${criteriaProblems.map((p) => describeProblem(p)).join("; ")}`);
  }
  const bandsTable = readBandsTable(
    untilBlankRow(await preview.values(RUBRIC_SHEET, `L${CRITERIA_HEADER_ROW}:N${CRITERIA_HEADER_ROW + 40}`)),
  );
  const bandProblems = [...bandsTable.problems, ...validateBands(bandsTable.bands)];
  if (bandProblems.length > 0) {
    throw new Error(`the bands table does not read: ${bandProblems.map((p) => describeProblem(p)).join("; ")}`);
  }
  return {
    versions: await readVersions(preview),
    settings,
    criteriaCells,
    criteria: criteriaTable.criteria,
    bands: bandsTable.bands,
    evaluations: await readEvaluations(preview),
  };
}

/** Every published version's snapshot, as the versions sheet holds them (the tables from row 3, side by side). */
export async function readVersions(preview: Preview): Promise<Map<number, Rubric>> {
  const at = versionTableColumns();
  const headers = versionTableHeaders("en");
  const table = async (name: keyof typeof at) => {
    const first = columnLetter(at[name]);
    const last = columnLetter(at[name] + headers[name].length - 1);
    return untilBlankRow(await preview.values(VERSIONS_SHEET, `${first}3:${last}2000`));
  };
  const read = readVersionTables("proactive-visit", {
    versions: await table("versions"),
    history: await table("history"),
    moves: await table("moves"),
    criteria: await table("criteria"),
    bands: await table("bands"),
  });
  if (read.problems.length > 0) throw new Error(`the versions sheet does not read: ${read.problems.join("; ")}`);
  return new Map(read.history.versions.map((v) => [v.version, v.rubric]));
}

/** What a Total/Points/Band cell holds: a number, text, "" (blank) or an error code ("#N/A"). */
export type Expected = number | string;

/** A computed cell as comparable with Expected: an error as its code, blank as "". */
export function comparable(v: CellValue): Expected {
  const error = errorCode(v);
  if (error !== null) return error;
  if (v === null || v === undefined || typeof v === "object") return "";
  if (typeof v === "boolean") return String(v).toUpperCase();
  return v;
}

/** The engine's Total, Points and Band for one evaluation row, as the sheet's formulas are meant to show them
 * (test/support/expected-row.ts, shared with the integration tests). */
export function expectedRow(
  tables: Pick<WorkbookTables, "settings" | "criteria" | "bands">,
  evaluations: EvaluationsTable,
  row: readonly CellValue[],
): { total: Expected; points: Expected; band: Expected } {
  const rubric: Rubric = {
    id: "e2e",
    title: "e2e",
    version: 1,
    status: "draft",
    settings: tables.settings,
    criteria: tables.criteria,
    bands: tables.bands,
  };
  const valuesById: Record<string, number | string | boolean | null> = {};
  for (const criterion of tables.criteria) {
    const column = evaluations.column(criterion.id);
    if (column < 0) throw new Error(`criterion ${criterion.id} has no column in the evaluations table`);
    const v = row[column];
    valuesById[criterion.id] = isBlankCell(v) ? null : (comparable(v) as number | string);
  }
  const [total, points, band] = sheetRow(rubric, valuesById);
  return { total, points, band };
}

/** Every evaluation row whose Total, Points or Band differs from the engine's, described; [] when all agree. */
export function mismatches(tables: WorkbookTables): string[] {
  const { evaluations } = tables;
  const columns = {
    total: evaluations.column("Total"),
    points: evaluations.column("Points"),
    band: evaluations.column("Band"),
  };
  const out: string[] = [];
  // Each row is scored under its own version (a blank Rubric version: the latest).
  const versionColumn = evaluations.column("Rubric version");
  const latest = Math.max(...tables.versions.keys());
  evaluations.rows.forEach((row, i) => {
    const number = cellNumber(row[versionColumn]) ?? latest;
    const version = tables.versions.get(number);
    if (!version) {
      out.push(`row ${EVALUATIONS_HEADER_ROW + 1 + i}: version ${number} is not on the versions sheet`);
      return;
    }
    const expected = expectedRow(version, evaluations, row);
    for (const key of ["total", "points", "band"] as const) {
      const actual = comparable(row[columns[key]]);
      if (actual !== expected[key]) {
        out.push(
          `row ${EVALUATIONS_HEADER_ROW + 1 + i} ${key}: sheet ${JSON.stringify(actual)}, engine ${JSON.stringify(expected[key])}`,
        );
      }
    }
  });
  return out;
}
