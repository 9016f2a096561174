import { typeInto, valueAt } from "../../support/host-helpers";
import { scoresHost, SHEET } from "./fixture";

describe("renaming a header in the grid", () => {
  it("rewrites every formula naming the column, in the table and on other sheets", () => {
    const host = scoresHost();
    typeInto(host, SHEET, 0, 1, "Score");
    const sheet = host.model.sheet(SHEET);
    expect(sheet.cell(1, 2)?.formula).toBe("=[@Score]*2");
    expect(sheet.cell(0, 4)?.formula).toBe("=SUM(Scores[Score])");
    expect(host.model.sheet("Summary").cell(0, 0)?.formula).toBe("=COUNT(Scores[[#Headers],[#Data],[Score]:[Double]])");
    expect(valueAt(host, SHEET, "C2")).toBe(60);
    expect(valueAt(host, SHEET, "E1")).toBe(70);
  });

  it("brackets and escapes a new name with spaces or special characters; leaves strings alone", () => {
    const host = scoresHost();
    const sheet = host.model.sheet(SHEET);
    host.model.write(sheet, 1, 4, '="Points"&Scores[@Points]');
    typeInto(host, SHEET, 0, 1, "Points [max 30]");
    expect(sheet.cell(1, 2)?.formula).toBe("=[@[Points '[max 30']]]*2");
    expect(sheet.cell(0, 4)?.formula).toBe("=SUM(Scores[[Points '[max 30']]])");
    expect(sheet.cell(1, 4)?.formula).toBe("=\"Points\"&Scores[@[Points '[max 30']]]");
    expect(valueAt(host, SHEET, "E1")).toBe(70);
  });
});
