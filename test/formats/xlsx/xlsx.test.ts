/** @jest-environment jsdom */
// The .xlsx writer: read back with fflate and an XML parser, each value keeps its type (numbers, text, booleans,
// dates as serials with a date format, blanks), hostile text stays text (markup, "=formulas", control characters,
// "_x0041_"), sheet names are fitted to Excel's rules, and the package has the parts Excel needs.
import { DATE_FORMAT, dateSerial, fitSheetName, toBase64, xlsxFile, xlsxParts } from "../../../src/formats/xlsx";
import { fromBase64, readXlsx, unzipXlsx } from "./read-xlsx";

const HOSTILE = [
  "=SUM(A1:A2)",
  '=HYPERLINK("http://x","y")',
  "+1+2",
  "@cmd",
  "<script>alert('x')</script>",
  "a & b \"quoted\" 'single'",
  "]]><x/>",
  "bell\u0007 nul\u0000 esc\u001b",
  "tab\tline\nreturn\r",
  "_x0041_ stays literal",
  "  padded  ",
  "客服一组 😀",
  "007",
];

describe("xlsxFile", () => {
  it("writes numbers, text, booleans, dates and blanks with their types and formats", () => {
    const date = new Date(Date.UTC(2019, 1, 11));
    const bytes = xlsxFile([
      {
        name: "Values",
        rows: [
          ["Name", "Total", "Passed", "Date", "Serial date"],
          ["Ann", 88, true, date, 43507],
          ["Bob", -0.125, false, null, undefined],
          [],
          ["", 1e21],
        ],
        formats: [[], [null, "0.0", null, null, "yyyy-mm-dd"], [null, "0.000"]],
        frozenRows: 1,
      },
    ]);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    const [sheet] = readXlsx(bytes);
    expect(sheet.name).toBe("Values");
    expect(sheet.frozenRows).toBe(1);
    const at = (ref: string) => sheet.cells.get(ref);
    expect(at("A1")).toEqual({ type: "inlineStr", value: "Name", format: "General", formula: null });
    expect(at("B2")).toEqual({ type: undefined, value: 88, format: "0.0", formula: null });
    expect(at("C2")).toMatchObject({ type: "b", value: true });
    expect(at("C3")).toMatchObject({ type: "b", value: false });
    expect(dateSerial(date)).toBe(43507); // 2019-02-11 in Excel's 1900 date system
    expect(at("D2")).toMatchObject({ type: undefined, value: 43507, format: DATE_FORMAT });
    expect(at("E2")).toMatchObject({ value: 43507, format: "yyyy-mm-dd" });
    expect(at("B3")).toMatchObject({ value: -0.125, format: "0.000" });
    expect(at("B5")).toMatchObject({ value: 1e21 });
    // Blanks are no cell at all.
    for (const ref of ["D3", "E3", "A4", "A5"]) expect(at(ref)).toBeUndefined();
    expect([...sheet.cells.values()].every((c) => c.formula === null)).toBe(true);
  });

  it("keeps every hostile text as the same text, in a text cell, with no formula", () => {
    const bytes = xlsxFile([{ name: "Texts", rows: HOSTILE.map((t) => [t]) }]);
    const [sheet] = readXlsx(bytes); // every part parses as XML
    HOSTILE.forEach((text, r) => {
      const cell = sheet.cells.get(`A${r + 1}`)!;
      expect(cell.type).toBe("inlineStr");
      expect(cell.formula).toBeNull();
      expect(cell.value).toBe(text);
    });
    const xml = unzipXlsx(bytes)["xl/worksheets/sheet1.xml"];
    expect(xml).not.toContain("<f>");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("_x0007_");
    expect(xml).toContain("_x005F_x0041_");
  });

  it("refuses a number a cell cannot hold, naming the cell", () => {
    expect(() => xlsxFile([{ name: "S", rows: [[1, Number.NaN]] }])).toThrow('Sheet "S", cell B1: NaN');
    expect(() => xlsxFile([{ name: "S", rows: [[], [Infinity]] }])).toThrow("cell A2");
    expect(() => xlsxFile([{ name: "S", rows: [[new Date(Number.NaN)]] }])).toThrow("cell A1");
    expect(() => xlsxFile([{ name: "S", rows: [["x".repeat(32_768)]] }])).toThrow("more than a cell holds");
    expect(() => xlsxFile([])).toThrow("at least one sheet");
  });

  it("writes the parts Excel needs, one per sheet, the first sheet selected", () => {
    const parts = xlsxParts([
      { name: "One", rows: [["a"]] },
      { name: "Two", rows: [[1]], formats: [["0.0"]] },
    ]);
    expect(Object.keys(parts).sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
      ].sort(),
    );
    expect(parts["[Content_Types].xml"]).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(parts["xl/worksheets/sheet1.xml"]).toContain('tabSelected="1"');
    expect(parts["xl/worksheets/sheet2.xml"]).not.toContain("tabSelected");
    expect(parts["xl/styles.xml"]).toContain('<numFmt numFmtId="164" formatCode="0.0"/>');
    const sheets = readXlsx(
      xlsxFile([
        { name: "One", rows: [["a"]] },
        { name: "Two", rows: [[1]], formats: [["@"]] },
      ]),
    );
    expect(sheets.map((s) => s.name)).toEqual(["One", "Two"]);
    expect(sheets[1].cells.get("A1")?.format).toBe("@");
  });

  it("fits sheet names to Excel's rules and keeps them unique", () => {
    const sheets = readXlsx(
      xlsxFile([
        { name: "a/b:c?d*e[f]g\\h", rows: [] },
        { name: "'quoted'", rows: [] },
        { name: "x".repeat(40), rows: [] },
        { name: "X".repeat(40), rows: [] },
        { name: "History", rows: [] },
        { name: "", rows: [] },
        { name: "<&>", rows: [] },
      ]),
    );
    expect(sheets.map((s) => s.name)).toEqual([
      "a_b_c_d_e_f_g_h",
      "quoted",
      "x".repeat(31),
      `${"X".repeat(27)} (2)`,
      "History_",
      "Sheet",
      "<&>",
    ]);
    expect(fitSheetName("Values", ["values", "Values (2)"])).toBe("Values (3)");
    // Never half of a surrogate pair when shortening.
    expect(fitSheetName(`${"a".repeat(30)}😀`, [])).toBe("a".repeat(30));
  });
});

describe("toBase64", () => {
  it("encodes as Node's Buffer does, every padding length", () => {
    for (const length of [0, 1, 2, 3, 4, 5, 10_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
  });
});
