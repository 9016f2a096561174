// "Before" is each evaluation as awarded: under the version its Rubric version cell names (blank: the latest), as
// the sheet's Total, Points and Band show it.
import { engineMessage } from "../../../src/rubric/messages";
import { evaluationData, resultAt, scoreAsAwarded, selectRows, WhatIfEvaluation } from "../../../src/rubric/whatif";
import { handRubric } from "./cases";

const v1 = handRubric(1);
// Version 2 weighs Q1 three times and starts the top band at 85.
const v2 = {
  ...handRubric(2),
  criteria: handRubric().criteria.map((c) => (c.id === "Q1" ? { ...c, weight: 3 } : c)),
  bands: [
    { from: null, points: 0 },
    { from: 60, points: 1 },
    { from: 85, points: 2 },
  ],
};
const at = (version: number | undefined, q1: number, q2: number, sheetRow: number): WhatIfEvaluation => ({
  key: `k${sheetRow}`,
  sheetRow,
  values: { Q1: q1, Q2: q2 },
  ...(version === undefined ? {} : { version }),
});
const evaluations = [at(1, 10, 6, 5), at(2, 10, 6, 6), at(undefined, 10, 6, 7), at(9, 10, 6, 8)];
const data = evaluationData(evaluations);

describe("scoreAsAwarded", () => {
  test("scores each evaluation under its pinned version, a blank version under the latest", () => {
    const awarded = scoreAsAwarded(data, { versions: [v2, v1] });
    expect(resultAt(awarded, 0)).toEqual({ status: "total", total: 80, band: 2, points: 2 });
    expect(resultAt(awarded, 1)).toEqual({ status: "total", total: 90, band: 2, points: 2 });
    expect(resultAt(awarded, 2)).toEqual({ status: "total", total: 90, band: 2, points: 2 });
    expect(Array.from(awarded.version!)).toEqual([1, 2, 2, 9]);
  });

  test("a version that is not there is an error naming it", () => {
    const awarded = scoreAsAwarded(data, { versions: [v1, v2] });
    expect(resultAt(awarded, 3)).toEqual({
      status: "error",
      code: "version-missing",
      reason: engineMessage("version-missing", { version: 9 }),
    });
  });

  test("rows with a blank version follow `unversioned` when given", () => {
    const awarded = scoreAsAwarded(data, { versions: [v1, v2], unversioned: v1 });
    expect(awarded.total[2]).toBe(80);
  });

  test("without any rubric to score under, it says so", () => {
    expect(() => scoreAsAwarded(data, { versions: [] })).toThrow(/no rubric to score the evaluations under/);
    expect(() => scoreAsAwarded(data, { versions: [v1, v1] })).toThrow(/version 1 is given twice/);
  });

  test("the version filter keeps the evaluations scored under the versions chosen", () => {
    const awarded = scoreAsAwarded(data, { versions: [v1, v2] });
    expect(Array.from(selectRows(data, { versions: [2] }, awarded))).toEqual([1, 2]);
    expect(() => selectRows(data, { versions: [2] })).toThrow(/needs the evaluations as awarded/);
  });

  test("a tried rubric that breaks a rule gives every evaluation its error, with the problems listed", () => {
    const broken = {
      ...v1,
      bands: [
        { from: 70, points: 1 },
        { from: 60, points: 2 },
      ],
    };
    const awarded = scoreAsAwarded(data, { versions: [broken] });
    const result = resultAt(awarded, 0);
    expect(result).toMatchObject({ status: "error", code: "invalid-bands", total: 80 });
    const noColumn = { ...v1, criteria: [...v1.criteria, { ...v1.criteria[0], id: "Q3" }] };
    expect(resultAt(scoreAsAwarded(data, { versions: [noColumn] }), 0)).toEqual({
      status: "error",
      code: "missing-column",
      reason: engineMessage("missing-column", { id: "Q3" }),
    });
  });
});
