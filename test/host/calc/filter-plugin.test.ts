// Excel's FILTER in the simulated host (filter-plugin.ts): rows of a 2-D array by a column include, columns by a
// row include, if_empty and #CALC!, include values coerced, and FILTER's result handed to RUBRIC.* as a range, as the
// rubric version formulas do.
import { DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { createSimulatedHost, SimulatedHost } from "../index";
import { EmptyCells } from "./rubric-plugin";
import { EMPTY_FILTER_MESSAGE, ExcelFilterPlugin, registerExcelFilter } from "./filter-plugin";

// The first test: nothing here has registered the plugin yet, so the simulated host's engine (calculation.ts) must.
test("the simulated host's engine has this FILTER in place of HyperFormula's", () => {
  expect(HyperFormula.getFunctionPlugin("FILTER")).not.toBe(ExcelFilterPlugin);
  createSimulatedHost();
  expect(HyperFormula.getFunctionPlugin("FILTER")).toBe(ExcelFilterPlugin);
});

/** What a formula under `data` computes, spilled: errors as their code, empty cells as null. */
function spilled(data: RawCellContent[][], formula: string): unknown[][] {
  registerExcelFilter();
  const hf = HyperFormula.buildFromArray([...data, [formula]], { licenseKey: "gpl-v3", useArrayArithmetic: true });
  try {
    return hf
      .getSheetValues(0)
      .slice(data.length)
      .map((row) => row.map((v) => (v instanceof DetailedCellError ? v.value : v)));
  } finally {
    hf.destroy();
  }
}

/** The one value a formula under `data` computes (the top left of a spilled array). */
function computed(data: RawCellContent[][], formula: string): unknown {
  registerExcelFilter();
  const hf = HyperFormula.buildFromArray([...data, [formula]], { licenseKey: "gpl-v3", useArrayArithmetic: true });
  try {
    const v = hf.getCellValue({ sheet: 0, row: data.length, col: 0 });
    return v instanceof DetailedCellError ? { type: v.type, message: v.message } : v;
  } finally {
    hf.destroy();
  }
}

// A version snapshot table in A1:C5: Version, ID, Weight; row 3 has a blank Weight.
const SNAPSHOT: RawCellContent[][] = [
  ["Version", "ID", "Weight"],
  [1, "A", 3],
  [2, "B", null],
  [1, "C", 5],
  [2, "D", 7],
];

describe("FILTER as Excel's", () => {
  test("keeps the rows of a 2-D array where a one-column include is TRUE (the header row by ISTEXT)", () => {
    expect(spilled(SNAPSHOT, "=FILTER(A1:C5, ISTEXT(A1:A5)+(A1:A5=1))")).toEqual([
      ["Version", "ID", "Weight"],
      [1, "A", 3],
      [1, "C", 5],
    ]);
    expect(spilled(SNAPSHOT, "=FILTER(B2:C5, A2:A5=2)")).toEqual([["B"], ["D", 7]]);
  });

  test("keeps the columns of a 2-D array where a one-row include is TRUE", () => {
    expect(spilled(SNAPSHOT, '=FILTER(A1:C3, A1:C1<>"ID")')).toEqual([["Version", "Weight"], [1, 3], [2]]);
  });

  test("include values are coerced: a number is TRUE unless 0, blank is FALSE, booleans are themselves", () => {
    const data: RawCellContent[][] = [
      ["a", 2],
      ["b", 0],
      ["c", true],
      ["d", null],
      ["e", -0.5],
      ["f", false],
    ];
    expect(spilled(data, "=FILTER(A1:A6, B1:B6)")).toEqual([["a"], ["c"], ["e"]]);
  });

  test("nothing kept: if_empty when given, else #CALC! (which HyperFormula lacks: its error with our message)", () => {
    expect(spilled(SNAPSHOT, '=FILTER(A2:C5, A2:A5=9, "none")')).toEqual([["none"]]);
    expect(spilled(SNAPSHOT, '=FILTER(A2:C5, A2:A5=9, "")')).toEqual([[""]]);
    expect(computed(SNAPSHOT, "=FILTER(A2:C5, A2:A5=9)")).toEqual({ type: "ERROR", message: EMPTY_FILTER_MESSAGE });
    expect(computed(SNAPSHOT, '=FILTER(A1:C5, A1:C1="Points")')).toEqual({
      type: "ERROR",
      message: EMPTY_FILTER_MESSAGE,
    });
    // if_empty is not used when something is kept.
    expect(spilled(SNAPSHOT, '=FILTER(B2:B5, A2:A5=2, "none")')).toEqual([["B"], ["D"]]);
  });

  test("an error among the include values is FILTER's error; text and a wrong shape are #VALUE!", () => {
    const data: RawCellContent[][] = [
      ["a", 1, 1],
      ["b", "=1/0", "yes"],
    ];
    expect(computed(data, "=FILTER(A1:A2, B1:B2)")).toMatchObject({ type: "DIV_BY_ZERO" });
    expect(computed(data, "=FILTER(A1:A2, C1:C2)")).toEqual({
      type: "VALUE",
      message: 'FILTER: include value "yes" is not TRUE or FALSE',
    });
    expect(computed(data, "=FILTER(A1:C2, B1:C2)")).toEqual({
      type: "VALUE",
      message:
        "FILTER: include is 2×2; the array is 2×3: include must be one column as tall as the array or one row as wide as it",
    });
    expect(computed(data, "=FILTER(A1:B2, C1:C1)")).toMatchObject({ type: "VALUE" });
    // One value is a row as wide as a one-column array: that column is kept or not.
    expect(spilled(data, "=FILTER(A1:A2, B1:B1)")).toEqual([["a"], ["b"]]);
  });

  test("an error value in the array is kept as a value, as any other", () => {
    const data: RawCellContent[][] = [
      ["=1/0", "x", 1],
      ["y", "z", 0],
    ];
    expect(spilled(data, "=FILTER(A1:B2, C1:C2)")).toEqual([["#DIV/0!", "x"]]);
  });

  test('IF(ISBLANK(range),"",range) inside: blank cells come out as "", not empty', () => {
    expect(spilled(SNAPSHOT, "=FILTER(A1:C5, ISTEXT(A1:A5)+(A1:A5=2))")).toEqual([
      ["Version", "ID", "Weight"],
      [2, "B"],
      [2, "D", 7],
    ]);
    expect(
      spilled(SNAPSHOT, '=FILTER(IF(ISBLANK(A1:C5),"",A1:C5), ISTEXT(A1:A5)+(A1:A5=2))').map((r) => r.slice(0, 3)),
    ).toEqual([
      ["Version", "ID", "Weight"],
      [2, "B", ""],
      [2, "D", 7],
    ]);
  });

  test("if_empty may be larger than the array: the room kept for the result takes it", () => {
    const data: RawCellContent[][] = [
      [1, "x", "y"],
      [2, "z", "w"],
    ];
    expect(spilled(data, "=FILTER(A1, A1=9, B1:C2)")).toEqual([
      ["x", "y"],
      ["z", "w"],
    ]);
  });

  test("ROWS and COLUMNS of the result are its size, not the array's", () => {
    expect(computed(SNAPSHOT, "=ROWS(FILTER(A1:C5, ISTEXT(A1:A5)+(A1:A5=1)))")).toBe(3);
    expect(computed(SNAPSHOT, '=COLUMNS(FILTER(A1:C5, A1:C1<>"ID"))')).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------- on the host

// A snapshot table as the rubric version formulas read it: Version, then the criteria table's columns. Version 1
// and version 2 differ in Q1's and Q2's weights and B1's points; Description, Levels and Section are left blank, and
// so are some Kind and Allow NA cells (score, no).
const VC = "VersionCriteria_demo";
const VERSION_HEADERS = [
  "Version",
  "ID",
  "Criterion",
  "Description",
  "Kind",
  "Weight",
  "Max",
  "Allow NA",
  "Levels",
  "Section",
];
const VERSION_ROWS: unknown[][] = [
  [1, "Q1", "Prepared", null, "score", 60, 10, "no", null, null],
  [1, "Q2", "Followed up", null, null, 40, 10, null, null, null],
  [1, "B1", "Extra", null, "bonus", 5, 1, "no", null, null],
  [2, "Q1", "Prepared", null, "score", 50, 10, "no", null, null],
  [2, "Q2", "Followed up", null, null, 50, 10, null, null, null],
  [2, "B1", "Extra", null, "bonus", 10, 1, "no", null, null],
];
// Settings per version (Versions_demo in M1:O3): Version, Decimals, Scale.
const SETTINGS_ROWS: unknown[][] = [
  [1, 1, 100],
  [2, 2, 100],
];
// Score ids in R1:T1; each evaluation row from row 2: version in Q, scores in R:T, the formula in U.
const IDS = ["Q1", "Q2", "B1"];

const all = (column: string) => `${VC}[[#Headers],[#Data],[${column}]]`;
const criteriaOf = (ver: string) => {
  const block = `${VC}[[#Headers],[#Data],[ID]:[Section]]`;
  return `FILTER(IF(ISBLANK(${block}),"",${block}), ISTEXT(${all("Version")})+(${all("Version")}=${ver}))`;
};
const setting = (name: string, ver: string) =>
  `IFERROR(INDEX(Versions_demo[${name}], MATCH(${ver}, Versions_demo[Version], 0)), "")`;
/** The Total formula of evaluation row `row` (1-based sheet row), as the workbook layer writes it for versions. */
const totalFormula = (row: number) => {
  const ver = `Q${row}`;
  const scores = `R${row}:T${row}`;
  return (
    `=RUBRIC.TOTAL(IF(ISBLANK(${scores}),"",${scores}), $R$1:$T$1, ${criteriaOf(ver)}, ` +
    `${setting("Decimals", ver)}, ${setting("Scale", ver)}, ${ver})`
  );
};

function versionsHost(emptyCells: EmptyCells, evaluations: unknown[][]): SimulatedHost {
  const host = createSimulatedHost({ emptyCells });
  const { model } = host;
  const sheet = model.sheet("Sheet1");
  const put = (row: number, column: number, values: readonly unknown[]) =>
    values.forEach((v, j) => {
      if (v !== null) model.write(sheet, row, column + j, v);
    });
  [VERSION_HEADERS, ...VERSION_ROWS].forEach((values, i) => put(i, 0, values));
  model.renameTable(model.addTable(sheet, { row: 0, column: 0, rows: 7, columns: VERSION_HEADERS.length }), VC);
  [["Version", "Decimals", "Scale"], ...SETTINGS_ROWS].forEach((values, i) => put(i, 12, values));
  model.renameTable(model.addTable(sheet, { row: 0, column: 12, rows: 3, columns: 3 }), "Versions_demo");
  put(0, 17, IDS);
  evaluations.forEach((values, i) => {
    put(i + 1, 16, values);
    model.write(sheet, i + 1, 20, totalFormula(i + 2));
  });
  return host;
}

const totals = (host: SimulatedHost, rows: number) =>
  Array.from({ length: rows }, (_, i) => host.model.valueAt(host.model.sheet("Sheet1"), i + 1, 20));

describe.each<[string, EmptyCells]>([
  ["web (empty cells as null)", "null"],
  ["desktop (empty cells as 0)", "zero"],
])("FILTER's result handed to RUBRIC.*, %s", (_, emptyCells) => {
  test("RUBRIC.TOTAL scores each row under its own version's criteria", () => {
    // v1: 100 × (60·0.8 + 40·0.5) / 100 + 5 = 73; v2: 100 × (50·0.8 + 50·0.5) / 100 + 10 = 75.
    const host = versionsHost(emptyCells, [
      [1, 8, 5, 1],
      [2, 8, 5, 1],
      [2, 8, null, 1],
      [1, null, null, null],
    ]);
    expect(totals(host, 4)).toEqual([73, 75, "1 of 3 not scored", ""]);
  });

  test("a version with no rows: FILTER keeps only the header row, and RUBRIC.TOTAL says the version does not exist", () => {
    const host = versionsHost(emptyCells, [[3, 8, 5, 1]]);
    expect(totals(host, 1)).toEqual([{ error: "#N/A", message: "rubric version 3 does not exist" }]);
  });

  test("RUBRIC.CHECK reads a filtered version as a criteria table", () => {
    const host = versionsHost(emptyCells, []);
    const sheet = host.model.sheet("Sheet1");
    host.model.write(sheet, 10, 16, `=RUBRIC.CHECK(${criteriaOf("2")})`);
    host.model.write(sheet, 11, 16, `=ROWS(${criteriaOf("2")})`);
    expect(host.model.valueAt(sheet, 10, 16)).toBe("OK");
    expect(host.model.valueAt(sheet, 11, 16)).toBe(4);
  });

  test("nothing kept and no if_empty shows #CALC! with its message", () => {
    const host = versionsHost(emptyCells, []);
    const sheet = host.model.sheet("Sheet1");
    // Side by side: HyperFormula keeps room below a spilling formula for the whole array (filter-plugin.ts).
    host.model.write(sheet, 10, 16, `=FILTER(${VC}[ID], ${VC}[Version]=9)`);
    host.model.write(sheet, 10, 17, `=FILTER(${VC}[ID], ${VC}[Version]=9, "none")`);
    expect(host.model.valueAt(sheet, 10, 16)).toEqual({ error: "#CALC!", message: EMPTY_FILTER_MESSAGE });
    expect(host.model.valueAt(sheet, 10, 17)).toBe("none");
  });
});
