import Ajv from "ajv";
import fc from "fast-check";
import {
  EcologyRequest,
  ecologyFormParameters,
  ecologyPayload,
  ecologyVersionedPayload,
} from "../../../src/formats/ecology/payload";
import { ecologyFormSpec } from "../../../src/formats/ecology/spec";
import { fixed } from "../../../src/formats/ecology/values";
import { EvaluationInput } from "../../../src/rubric/evaluation";
import { exampleRubric } from "../../../src/rubric/example";
import { Rubric } from "../../../src/rubric/model";
import { roundHalfAway } from "../../../src/rubric/round";
import { scoreEvaluation } from "../../../src/rubric/score";
import { engineText } from "../../../src/rubric/vocabulary/messages";
import type { RefusedRow } from "../../../src/formats/ecology/row-problem";
import { batchText } from "../../../src/formats/ecology/mapping-problem";

/** Refused rows with the engine's reasons worded (in English), as the pane shows them. */
const worded = (refused: readonly RefusedRow[]) =>
  refused.map((r) => ({
    ...r,
    problems: r.problems.map((p) => ("reason" in p ? { problem: p.problem, message: engineText(p.reason) } : p)),
  }));
import { workedBands, workedCriteria, workedScores } from "../../support/worked-example";

const mapping = { workflowId: "1234", detailTableDBName: "formtable_main_88_dt1" };

const workedRubric = (): Rubric => ({
  id: "worked",
  title: "Worked example",
  version: 3,
  status: "stable",
  settings: { scale: 100, decimals: 1 },
  criteria: structuredClone(workedCriteria),
  bands: structuredClone(workedBands),
});

const workedEvaluation = (scores: readonly number[] = workedScores): EvaluationInput => ({
  date: "2024-05-06",
  process: "Visit 031",
  person: "Li Wei",
  team: "East",
  reviewer: "Zhang Min",
  values: Object.fromEntries(workedCriteria.map((c, i) => [c.id, scores[i]])),
  comment: "",
});

const exampleRow = (values: Record<string, unknown>, extra: Partial<EvaluationInput> = {}): EvaluationInput => ({
  date: "2024-05-07",
  process: "Visit 032",
  person: "Wang Fang",
  team: "West",
  reviewer: "Zhang Min",
  values: values as EvaluationInput["values"],
  ...extra,
});

/** The doCreateRequest body, as E9 documents it: every value a string. */
const requestSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  additionalProperties: false,
  required: ["workflowId", "requestName", "mainData", "detailData"],
  definitions: {
    field: {
      type: "object",
      additionalProperties: false,
      required: ["fieldName", "fieldValue"],
      properties: {
        fieldName: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9_]{0,29}$" },
        fieldValue: { type: "string" },
      },
    },
  },
  properties: {
    workflowId: { type: "string", pattern: "^[0-9]+$" },
    requestName: { type: "string", minLength: 1 },
    mainData: { type: "array", minItems: 1, items: { $ref: "#/definitions/field" } },
    detailData: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["tableDBName", "workflowRequestTableRecords"],
        properties: {
          tableDBName: { type: "string", minLength: 1 },
          workflowRequestTableRecords: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["recordOrder", "workflowRequestTableFields"],
              properties: {
                recordOrder: { type: "integer", minimum: 0 },
                workflowRequestTableFields: { type: "array", items: { $ref: "#/definitions/field" } },
              },
            },
          },
        },
      },
    },
  },
};
const validateRequest = new Ajv({ strict: true, allErrors: true }).compile(requestSchema);

const ok = (result: ReturnType<typeof ecologyPayload>): EcologyRequest[] => {
  if (!result.ok) throw new Error(`expected payloads, got problems: ${result.problems.join("; ")}`);
  for (const p of result.payloads) {
    expect(validateRequest(p) ? [] : validateRequest.errors).toEqual([]);
  }
  return result.payloads;
};
/** The batch's problems in English (mapping problems are codes, worded by mappingText). */
const problemsOf = (result: ReturnType<typeof ecologyPayload>): string[] => {
  if (result.ok) throw new Error("expected problems");
  return result.problems.map(batchText);
};
const main = (p: EcologyRequest) => Object.fromEntries(p.mainData.map((f) => [f.fieldName, f.fieldValue]));
const detail = (p: EcologyRequest) =>
  p.detailData[0].workflowRequestTableRecords.map((r) =>
    Object.fromEntries(r.workflowRequestTableFields.map((f) => [f.fieldName, f.fieldValue])),
  );

describe("ecologyPayload: the seed worked example", () => {
  const [payload] = ok(ecologyPayload(workedRubric(), [workedEvaluation()], mapping));

  test("main table: 88.0, 2 points, the band, the rubric, as strings", () => {
    expect(payload.workflowId).toBe("1234");
    expect(payload.requestName).toBe("Worked example - Li Wei - 2024-05-06");
    expect(main(payload)).toEqual({
      process_name: "Visit 031",
      person_name: "Li Wei",
      team_name: "East",
      reviewer_name: "Zhang Min",
      eval_date: "2024-05-06",
      score_q1: "8",
      score_q2: "7",
      score_q3: "9",
      score_q4: "6",
      score_q5: "10",
      score_b1: "1",
      total_score: "88.0",
      band_points: "2",
      band_label: "85–101",
      total_check: "88.000",
      rubric_id: "worked",
      rubric_version: "3",
      eval_comment: "",
    });
  });

  test("detail table: one record per criterion whose row rule reproduces its contribution", () => {
    expect(payload.detailData).toHaveLength(1);
    expect(payload.detailData[0].tableDBName).toBe("formtable_main_88_dt1");
    const rows = detail(payload);
    expect(payload.detailData[0].workflowRequestTableRecords.map((r) => r.recordOrder)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.crit_id)).toEqual(["Q1", "Q2", "Q3", "Q4", "Q5", "B1"]);
    expect(rows.map((r) => r.crit_contrib)).toEqual(["24.000", "14.000", "18.000", "12.000", "10.000", "10.000"]);
    expect(rows.map((r) => r.crit_factor)).toEqual([
      "1.000000",
      "1.000000",
      "1.000000",
      "1.000000",
      "1.000000",
      "1.000000",
    ]);
    expect(rows[0]).toEqual({
      crit_id: "Q1",
      crit_label: "Q1",
      crit_kind: "score",
      crit_weight: "30",
      crit_max: "10",
      crit_score: "8",
      crit_factor: "1.000000",
      crit_contrib: "24.000",
    });
  });

  test("as E9's form parameters, mainData and detailData are JSON text", () => {
    const params = ecologyFormParameters(payload);
    expect(JSON.parse(params.mainData)).toEqual(payload.mainData);
    expect(JSON.parse(params.detailData)).toEqual(payload.detailData);
  });

  test("property: e-cology's row and column rules on the payload give back the engine's total", () => {
    const rubric = workedRubric();
    const spec = ecologyFormSpec(rubric);
    expect(spec.calculation.fits).toBe(true);
    fc.assert(
      fc.property(
        fc.tuple(...workedCriteria.map((c) => fc.integer({ min: 0, max: c.max }))),
        fc.constantFrom(0, 1, 2),
        (scores, decimals) => {
          rubric.settings.decimals = decimals;
          const result = ecologyPayload(rubric, [workedEvaluation(scores)], mapping);
          if (!result.ok) return false;
          const p = result.payloads[0];
          const m = main(p);
          const rows = detail(p);
          const cd = decimals + 2;
          // Row rule: contribution = score / max * weight * factor, rounded to the field's decimals.
          for (const r of rows) {
            const rule = (Number(r.crit_score) / Number(r.crit_max)) * Number(r.crit_weight) * Number(r.crit_factor);
            expect(fixed(rule, cd)).toBe(r.crit_contrib);
          }
          // Column rule: the sum of contributions.
          const sum = rows.reduce((s, r) => s + Math.round(Number(r.crit_contrib) * 10 ** cd), 0) / 10 ** cd;
          expect(fixed(sum, cd)).toBe(m.total_check);
          const outcome = scoreEvaluation(rubric, workedEvaluation(scores).values);
          if (outcome.status !== "total") return false;
          expect(m.total_score).toBe(outcome.total.toFixed(decimals));
          expect(fixed(roundHalfAway(Number(m.total_check), decimals), decimals)).toBe(m.total_score);
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("ecologyPayload: the example rubric", () => {
  const rubric = exampleRubric();
  const rows = [
    exampleRow({ PREP: 7, MAIL1: 10, OAUSE: 4, PROC: "NA", SUMM: 7, MAIL2: 0, BONUS: 1 }, { comment: "first visit" }),
    exampleRow({ PREP: "10", MAIL1: 10, OAUSE: 10, PROC: 10, SUMM: 10, MAIL2: 10, BONUS: 1 }, { date: 45420 }),
  ];
  const payloads = ok(ecologyPayload(rubric, rows, mapping));

  test("totals, points and bands are the engine's, NA renormalised", () => {
    expect(payloads).toHaveLength(2);
    const [a, b] = payloads.map(main);
    // 100 × (10.5 + 10 + 10 + 10.5 + 0) / 75 + 10 = 64.67 → 64.7
    expect([a.total_score, a.band_points, a.band_label]).toEqual(["64.7", "1", "60–75"]);
    expect([b.total_score, b.band_points, b.band_label]).toEqual(["110.0", "3", "≥ 110"]);
    expect(b.eval_date).toBe("2024-05-08");
    expect(a.eval_comment).toBe("first visit");
    for (const [row, p] of rows.map((r, i) => [r, main(payloads[i])] as const)) {
      const outcome = scoreEvaluation(rubric, row.values);
      expect(outcome.status === "total" && outcome.total.toFixed(1)).toBe(p.total_score);
    }
  });

  test("select boxes get the option value; the detail table the raw value or NA", () => {
    const a = main(payloads[0]);
    expect([a.score_prep, a.score_mail1, a.score_oause, a.score_proc, a.score_mail2, a.score_bonus]).toEqual([
      "2",
      "3",
      "1",
      "4",
      "0",
      "1",
    ]);
    const rows0 = detail(payloads[0]);
    expect(rows0.map((r) => r.crit_score)).toEqual(["7", "10", "4", "NA", "7", "0", "1"]);
    expect(rows0.find((r) => r.crit_id === "PROC")!.crit_contrib).toBe("0.000");
    expect(rows0.find((r) => r.crit_id === "PREP")!.crit_factor).toBe("1.333333");
    expect(rows0.find((r) => r.crit_id === "BONUS")!.crit_contrib).toBe("10.000");
  });

  test("every value is a string", () => {
    for (const p of payloads) {
      for (const f of p.mainData) expect(typeof f.fieldValue).toBe("string");
      for (const r of p.detailData[0].workflowRequestTableRecords) {
        for (const f of r.workflowRequestTableFields) expect(typeof f.fieldValue).toBe("string");
      }
    }
  });

  test("field overrides rename fields in both tables", () => {
    const [p] = ok(
      ecologyPayload(rubric, [rows[0]], {
        ...mapping,
        fields: { total_score: "field_total", score_prep: "zb_prep", crit_contrib: "mx_contrib" },
      }),
    );
    expect(main(p).field_total).toBe("64.7");
    expect(main(p).zb_prep).toBe("2");
    expect(main(p).total_score).toBeUndefined();
    expect(detail(p)[0].mx_contrib).toBe("14.000"); // 7 / 10 × 15 × 100 / 75
  });

  test("hostile text stays inside JSON strings", () => {
    const hostile = ["=cmd|' /C calc'!A0", '"}, {"fieldName": "total_score"', "</script>\n}}{{", "a\u2028b"];
    const r = exampleRubric();
    r.title = hostile[1];
    r.criteria[0].label = hostile[0];
    const evaluation = exampleRow(rows[0].values, {
      person: hostile[0],
      process: hostile[1],
      team: hostile[2],
      comment: hostile[3],
    });
    const [p] = ok(ecologyPayload(r, [evaluation], mapping));
    const text = JSON.stringify(p);
    expect(JSON.parse(text)).toEqual(p);
    expect(main(p).person_name).toBe(hostile[0]);
    expect(main(p).process_name).toBe(hostile[1]);
    expect(p.mainData.filter((f) => f.fieldName === "total_score")).toHaveLength(1);
    expect(detail(p)[0].crit_label).toBe(hostile[0]);
    expect(p.requestName).toBe(`${hostile[1]} - ${hostile[0]} - 2024-05-07`);
  });
});

describe("ecologyPayload: the good rows get payloads, each bad row is listed with its reasons", () => {
  const rubric = exampleRubric();
  const full = { PREP: 7, MAIL1: 10, OAUSE: 4, PROC: 7, SUMM: 7, MAIL2: 0, BONUS: 1 };

  test("rows not fully scored or with an engine error are left out; the others are as if sent alone", () => {
    const rows = [
      exampleRow(full),
      exampleRow({ ...full, SUMM: "" }, { person: "Chen" }),
      exampleRow({ ...full, PREP: 11 }),
      exampleRow({ ...full, PREP: "NA" }),
      exampleRow({}),
      exampleRow({ ...full, PREP: 5 }),
      exampleRow({ ...full, PREP: 4 }, { person: "Li" }),
    ];
    const result = ecologyPayload(rubric, rows, mapping);
    expect(worded(result.refused)).toEqual([
      { index: 1, problems: [{ problem: "incomplete", blanks: 1, count: 7 }] },
      { index: 2, problems: [{ problem: "score", message: "PREP: 11 is outside 0..10" }] },
      { index: 3, problems: [{ problem: "score", message: "PREP: NA is not allowed" }] },
      { index: 4, problems: [{ problem: "notScored" }] },
      { index: 5, problems: [{ problem: "notALevel", criterion: "PREP", value: "5", levels: "0, 4, 7, 10" }] },
    ]);
    const payloads = ok(result);
    expect(payloads).toEqual([
      ...ok(ecologyPayload(rubric, [rows[0]], mapping)),
      ...ok(ecologyPayload(rubric, [rows[6]], mapping)),
    ]);
    expect(payloads.map((p) => main(p).person_name)).toEqual(["Wang Fang", "Li"]);
  });

  test("a blank Process (or Person, Reviewer, Date), a bad date, long text, another rubric version", () => {
    const result = ecologyPayload(
      rubric,
      [
        exampleRow(full, { process: " " }),
        exampleRow(full, { date: "2024-02-30", person: "", version: 2 }),
        exampleRow(full, { date: "", reviewer: "", team: "x".repeat(500) }),
        exampleRow(full),
      ],
      mapping,
    );
    expect(result.refused).toEqual([
      { index: 0, problems: [{ problem: "missingField", field: "process" }] },
      {
        index: 1,
        problems: [
          { problem: "badDate", value: "2024-02-30" },
          { problem: "missingField", field: "person" },
          { problem: "otherVersion", version: 2, rubricVersion: 1 },
        ],
      },
      {
        index: 2,
        problems: [
          { problem: "missingField", field: "date" },
          { problem: "tooLong", field: "team", max: expect.any(Number) },
          { problem: "missingField", field: "reviewer" },
        ],
      },
    ]);
    expect(ok(result).map((p) => main(p).process_name)).toEqual(["Visit 032"]);
  });

  test("every row bad: nothing is produced, and every row is listed", () => {
    const result = ecologyPayload(rubric, [exampleRow(full, { process: "" }), exampleRow({})], mapping);
    expect(result).toEqual({
      ok: false,
      problems: [],
      refused: [
        { index: 0, problems: [{ problem: "missingField", field: "process" }] },
        { index: 1, problems: [{ problem: "notScored" }] },
      ],
    });
  });

  test("mapping: empty workflowId, unknown and unmapped fields, duplicates refuse the whole batch", () => {
    const problems = problemsOf(
      ecologyPayload(rubric, [exampleRow(full)], {
        workflowId: " ",
        detailTableDBName: "",
        fields: { nosuch: "x", total_score: "", band_label: "1abc", person_name: "team_name" },
      }),
    );
    expect(problems).toEqual([
      "mapping: workflowId is empty",
      "mapping: detailTableDBName is empty",
      'mapping: fields: "nosuch" is not a field of the specification',
      "mapping: fields: total_score is mapped to no field name",
      'mapping: fields: band_label is mapped to "1abc", which is not an e-cology field name',
      "mapping: fields: person_name and team_name are both mapped to team_name",
    ]);
    expect(problemsOf(ecologyPayload(rubric, [], mapping))).toEqual(["there are no evaluations to send"]);
    expect(problemsOf(ecologyPayload(rubric, [exampleRow(full)], { ...mapping, workflowId: "abc" }))).toEqual([
      'mapping: workflowId "abc" is not a workflow number',
    ]);
    // A bad mapping with a bad row: no payload, the batch's problem and the row's both said.
    const both = ecologyPayload(rubric, [exampleRow(full), exampleRow({})], { ...mapping, workflowId: "" });
    expect(both).toEqual({
      ok: false,
      problems: [{ problem: "workflowIdEmpty" }],
      refused: [{ index: 1, problems: [{ problem: "notScored" }] }],
    });
  });

  test("an invalid rubric and a total below every band", () => {
    const bad = exampleRubric();
    bad.criteria[0].weight = -1;
    expect(problemsOf(ecologyPayload(bad, [exampleRow(full)], mapping))[0]).toMatch(/^rubric: PREP: weight/);
    const high = exampleRubric();
    high.bands = [{ from: 50, points: 1 }];
    const result = ecologyPayload(
      high,
      [exampleRow({ ...full, PREP: 0, MAIL1: 0, OAUSE: 0, PROC: 0, SUMM: 0, BONUS: 0 }), exampleRow(full)],
      mapping,
    );
    expect(worded(result.refused)).toEqual([
      { index: 0, problems: [{ problem: "band", message: "total 0 is below the lowest band (50)" }] },
    ]);
    expect(ok(result)).toHaveLength(1);
  });
});

describe("ecologyVersionedPayload: each evaluation under its own version", () => {
  const full = { PREP: 7, MAIL1: 10, OAUSE: 4, PROC: 7, SUMM: 7, MAIL2: 0, BONUS: 1 };
  const first = (): Rubric => ({ ...exampleRubric(), version: 1 });
  /** Version 2: PREP weighs 30 and a new criterion, EXTRA (0..5), joins. */
  const second = (): Rubric => {
    const r = { ...first(), version: 2, criteria: structuredClone(first().criteria) };
    r.criteria[0].weight = 30;
    r.criteria.push({ id: "EXTRA", label: "Extra care", kind: "score", weight: 5, max: 5, allowNA: false });
    return r;
  };
  const versions = () => [second(), first()]; // in any order
  const rows = [
    exampleRow(full, { version: 1, person: "A" }),
    exampleRow({ ...full, EXTRA: 5 }, { version: 2, person: "B" }),
    exampleRow({ ...full, EXTRA: 2 }, { person: "C" }), // no version: the latest
    exampleRow({ ...full, PREP: 4 }, { version: 1, person: "D" }),
  ];

  test("each payload is the one its own version gives the evaluation alone", () => {
    const result = ecologyVersionedPayload(versions(), rows, mapping);
    const payloads = ok(result);
    expect(result.ok && result.versions).toEqual([1, 2]);
    const own = [first(), second(), second(), first()];
    payloads.forEach((p, i) => {
      expect(p).toEqual(ok(ecologyPayload(own[i], [{ ...rows[i], version: own[i].version }], mapping))[0]);
    });
    expect(payloads.map((p) => main(p).rubric_version)).toEqual(["1", "2", "2", "1"]);
    expect(payloads.map((p) => "score_extra" in main(p))).toEqual([false, true, true, false]);
    expect(payloads.map((p) => detail(p).find((d) => d.crit_id === "PREP")!.crit_weight)).toEqual([
      "15",
      "30",
      "30",
      "15",
    ]);
  });

  test("one version only: its number alone", () => {
    const result = ecologyVersionedPayload(versions(), [rows[0], rows[3]], mapping);
    expect(result.ok && result.versions).toEqual([1]);
    expect(ecologyPayload(first(), [rows[0]], mapping)).toMatchObject({ ok: true, versions: [1] });
  });

  test("an evaluation of a version not published is left out, naming the version; the others are sent", () => {
    const result = ecologyVersionedPayload(versions(), [rows[0], exampleRow({}, { version: 7, person: "E" })], mapping);
    expect(result.refused).toEqual([
      { index: 1, problems: [{ problem: "unpublishedVersion", version: 7, published: "1, 2" }] },
    ]);
    expect(ok(result).map((p) => main(p).rubric_version)).toEqual(["1"]);
  });

  test("a field of any version's specification can be mapped; every version involved is checked", () => {
    const fields = { score_extra: "zz_extra" };
    const payloads = ok(ecologyVersionedPayload(versions(), rows, { ...mapping, fields }));
    expect(payloads.map((p) => "zz_extra" in main(p))).toEqual([false, true, true, false]);
    const bad = second();
    bad.criteria[1].weight = -1;
    expect(problemsOf(ecologyVersionedPayload([first(), bad], rows, mapping))[0]).toMatch(
      /^rubric version 2: MAIL1: weight/,
    );
    // A version no evaluation names is not checked.
    expect(ecologyVersionedPayload([first(), bad], [rows[0]], mapping).ok).toBe(true);
    expect(() => ecologyVersionedPayload([], rows, mapping)).toThrow(RangeError);
  });
});
