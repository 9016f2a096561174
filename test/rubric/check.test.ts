import { checkTables } from "../../src/rubric/check";
import { workedBandCells, workedCriteriaCells } from "../support/worked-example";

describe("checkTables", () => {
  test("the worked example has no problems", () => {
    expect(checkTables(workedCriteriaCells, workedBandCells)).toEqual([]);
  });
  test("every problem, criteria then bands, one message per cell", () => {
    const criteria = [
      ["ID", "Criterion", "Weight", "Max"],
      ["Q1", "One", -5, 10],
      ["Q2", "", "heavy", 10],
      ["q1", "Three", 1, 10],
    ];
    const bands = [
      ["From", "Points"],
      [null, 0],
      [75, 1],
      [70, 2],
    ];
    expect(checkTables(criteria, bands)).toEqual([
      'Q2: weight "heavy" is not a number',
      "Q1: weight is negative",
      "Q2: label is empty",
      "q1: id repeats the id of criterion 1 (ids ignore case)",
      "bands: row 3: from 70 is not above 75",
    ]);
  });
  test("an empty table and a table without its headers", () => {
    expect(checkTables([["ID", "Weight", "Max"]])).toEqual(["criteria: there are no criteria"]);
    expect(checkTables([["Name"], ["x"]])).toEqual(["criteria: no column headed ID, Weight, Max"]);
  });
});
