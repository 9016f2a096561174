// What Excel makes of strings written into General cells, and that a cell formatted as text keeps them as written.
import { createSimulatedHost } from "..";
import { typedEntry } from "./typed-entry";

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const thisYear = new Date().getFullYear();

describe("typedEntry", () => {
  it.each([
    ["=A1", { formula: "=A1" }],
    ["+A1", { formula: "=+A1" }],
    ["-x", { formula: "=-x" }],
    ["@x", { formula: "=x" }],
    ["+5", { value: 5 }],
    ["-5", { value: -5 }],
    ["007", { value: 7 }],
    ["1e5", { value: 100000 }],
    [" 12 ", { value: 12 }],
    ["1,000", { value: 1000, format: "#,##0" }],
    ["50%", { value: 0.5, format: "0%" }],
    ["TRUE", { value: true }],
    ["false", { value: false }],
    ["3-4", { value: serial(thisYear, 3, 4), format: "d-mmm" }],
    ["3/4/2024", { value: serial(2024, 3, 4), format: "m/d/yyyy" }],
    ["2024-03-04", { value: serial(2024, 3, 4), format: "m/d/yyyy" }],
    ["4-Mar", { value: serial(thisYear, 3, 4), format: "d-mmm" }],
    ["'=A1", { value: "=A1" }],
    ["'", { empty: true }],
  ])("%j is taken as Excel takes it typed", (entry, expected) => {
    expect(typedEntry(entry)).toEqual(expected);
  });

  it.each(["Rubric ID", "0 = Not done", "3 4", "13-40", "Done well", "May be", "+", "-", "@", "=", "中文", " x "])(
    "%j stays text",
    (entry) => {
      expect(typedEntry(entry)).toEqual({ value: entry });
    },
  );
});

describe("writing strings through Range.values", () => {
  it("parses them in General cells and keeps them as written in text cells, whatever they look like", async () => {
    const host = createSimulatedHost();
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const hostile = ["=2*21", "+5", "-5", "@x", "007", "1e5", "3-4", "TRUE", "0"];
    sheet.getRange("B1:B9").numberFormat = hostile.map(() => ["@"]);
    sheet.getRange("A1:A9").values = hostile.map((h) => [h]);
    sheet.getRange("B1:B9").values = hostile.map((h) => [h]);
    const read = sheet.getRange("A1:B9").load("values,numberFormat");
    await context.sync();
    expect(read.values.map((r) => r[1])).toEqual(hostile);
    expect(read.values.map((r) => r[0]).every((v, i) => v !== hostile[i])).toBe(true);
    expect(read.values[0][0]).toBe(42);
    expect(read.numberFormat[6][0]).toBe("d-mmm"); // Excel gives a typed date a date format
  });
});
