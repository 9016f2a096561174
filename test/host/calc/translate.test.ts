import { TableLayout, translateFormula } from "./translate";

const table = (totals: boolean): TableLayout => ({
  name: "T",
  sheet: "S",
  row: 0,
  column: 0,
  rows: totals ? 6 : 5,
  columns: 3,
  headers: ["A", "B", "C"],
  totals,
});
const at = { sheet: "S", row: 2, column: 4 };

describe("structured references against a table with and without a Total Row", () => {
  it("reads [[#Headers],[#Data],[A]:[B]] as the headers and data of those columns, never the totals", () => {
    for (const totals of [false, true]) {
      expect(translateFormula("=ROWS(T[[#Headers],[#Data],[A]:[B]])", at, [table(totals)])).toBe(
        "=ROWS('S'!$A$1:$B$5)",
      );
    }
  });

  it("takes the totals row into [#All] and [#Totals] only when it is shown", () => {
    expect(translateFormula("=T[#All]", at, [table(true)])).toBe("='S'!$A$1:$C$6");
    expect(translateFormula("=T[#All]", at, [table(false)])).toBe("='S'!$A$1:$C$5");
    expect(translateFormula("=T[[#Totals],[C]]", at, [table(true)])).toBe("='S'!$C$6");
    expect(translateFormula("=T[[#Totals],[C]]", at, [table(false)])).toBe("=#REF!");
    expect(translateFormula("=T[[#Data],[#Totals],[B]]", at, [table(true)])).toBe("='S'!$B$2:$B$6");
    expect(translateFormula("=T[B]", at, [table(true)])).toBe("='S'!$B$2:$B$5");
  });
});
