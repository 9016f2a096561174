import Ajv from "ajv";
import {
  EVALUATION_SCHEMA_ID_PREFIX,
  evaluationSchema,
  evaluationSchemaId,
} from "../../../src/formats/json-schema/evaluation";
import { exampleRubric } from "../../../src/rubric/example";
import { Rubric } from "../../../src/rubric/model";

const HOSTILE = [
  'He said "hi"',
  "two\nlines\r\n",
  "=cmd|' /C calc'!A0",
  "</script><script>alert(1)</script>",
  "}}{{ x }}${y}",
  "back\\slash \u0000 \u2028",
];

/** A draft-07 validator in strict mode, with "date" checked as a calendar date. */
function compile(schema: object) {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addFormat("date", {
    type: "string",
    validate: (s: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return false;
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
    },
  });
  return ajv.compile(schema);
}

const valid = (): Record<string, unknown> => ({
  process: "Proactive visit 2024-031",
  person: "Li Wei",
  team: "East",
  reviewer: "Zhang Min",
  date: "2024-05-06",
  comment: "good",
  rubricId: "proactive-visit",
  rubricVersion: 1,
  PREP: 7,
  MAIL1: 10,
  OAUSE: 4,
  PROC: "NA",
  SUMM: 7,
  MAIL2: 0,
  BONUS: 1,
});

describe("evaluationSchema", () => {
  const schema = evaluationSchema(exampleRubric());
  const validate = compile(schema);
  const check = (data: unknown) => {
    const ok = validate(data);
    return { ok, errors: validate.errors ?? [] };
  };

  test("is a draft-07 schema named by a URN of rubric id and version", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe("urn:rubric-workbench:evaluation:proactive-visit:1");
    expect(evaluationSchemaId({ id: "x", version: 7 })).toBe(`${EVALUATION_SCHEMA_ID_PREFIX}x:7`);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual([
      "process",
      "person",
      "team",
      "reviewer",
      "date",
      "rubricId",
      "rubricVersion",
      "PREP",
      "MAIL1",
      "OAUSE",
      "PROC",
      "SUMM",
      "MAIL2",
      "BONUS",
    ]);
  });

  test("accepts a valid evaluation, with or without comment, with numbers for NA criteria", () => {
    expect(check(valid()).errors).toEqual([]);
    const noComment = valid();
    delete noComment.comment;
    expect(check(noComment).ok).toBe(true);
    expect(check({ ...valid(), PROC: 10, team: "" }).ok).toBe(true);
  });

  test.each([
    ["a point that is not a level", { PREP: 5 }, "/PREP"],
    ["a level point above max", { BONUS: 2 }, "/BONUS"],
    ["NA where not allowed", { PREP: "NA" }, "/PREP"],
    ["lower-case na", { PROC: "na" }, "/PROC"],
    ["a number as text", { PREP: "7" }, "/PREP"],
    ["another rubric", { rubricId: "other" }, "/rubricId"],
    ["another version", { rubricVersion: 2 }, "/rubricVersion"],
    ["a date in another form", { date: "06/05/2024" }, "/date"],
    ["an impossible date", { date: "2024-02-30" }, "/date"],
    ["a blank person", { person: "" }, "/person"],
    ["a person too long", { person: "x".repeat(201) }, "/person"],
  ])("rejects %s", (_, change, path) => {
    const { ok, errors } = check({ ...valid(), ...change });
    expect(ok).toBe(false);
    expect(errors.map((e) => e.instancePath)).toContain(path);
  });

  test("rejects a missing criterion and an extra property", () => {
    const missing = valid();
    delete missing.SUMM;
    expect(check(missing).errors).toEqual([
      expect.objectContaining({ keyword: "required", params: { missingProperty: "SUMM" } }),
    ]);
    expect(check({ ...valid(), EXTRA: 1 }).errors).toEqual([
      expect.objectContaining({ keyword: "additionalProperties", params: { additionalProperty: "EXTRA" } }),
    ]);
  });

  test("criteria without levels take any number in 0..max", () => {
    const rubric = exampleRubric();
    for (const c of rubric.criteria) delete c.levels;
    const v = compile(evaluationSchema(rubric));
    expect(v({ ...valid(), PREP: 5.5, PROC: "NA" })).toBe(true);
    expect(v({ ...valid(), PREP: 10.01 })).toBe(false);
    expect(v({ ...valid(), PREP: -1 })).toBe(false);
    expect(v({ ...valid(), PREP: "NA" })).toBe(false);
  });

  test("titles are the rubric's labels, exactly", () => {
    const rubric = exampleRubric("zh");
    const s = evaluationSchema(rubric) as { title: string; properties: Record<string, { title: string }> };
    expect(s.title).toBe("主动回访流程");
    for (const c of rubric.criteria) expect(s.properties[c.id].title).toBe(c.label);
  });

  test.each(HOSTILE)("hostile text %j stays inside JSON strings", (hostile) => {
    const rubric: Rubric = exampleRubric();
    rubric.title = hostile;
    rubric.description = hostile;
    rubric.criteria[0].label = hostile;
    rubric.criteria[0].description = hostile;
    rubric.criteria[0].levels![1].label = hostile;
    const s = evaluationSchema(rubric) as Record<string, any>;
    const text = JSON.stringify(s);
    expect(JSON.parse(text)).toEqual(s);
    expect(s.title).toBe(hostile);
    expect(s.properties.PREP.title).toBe(hostile);
    // No key anywhere is rubric text: only schema keywords and criterion ids.
    const keys = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, child] of Object.entries(v)) {
          keys.add(k);
          walk(child);
        }
      }
    };
    walk(s);
    expect([...keys].every((k) => /^[$A-Za-z][A-Za-z0-9_]*$/.test(k))).toBe(true);
    // Still a valid strict schema that accepts the same evaluations.
    expect(compile(s)(valid())).toBe(true);
  });

  test("refuses an invalid rubric and criterion ids that clash with evaluation properties", () => {
    const bad = exampleRubric();
    bad.criteria[0].max = 0;
    expect(() => evaluationSchema(bad)).toThrow(/PREP: max/);
    const clash = exampleRubric();
    clash.criteria[1].id = "Date";
    expect(() => evaluationSchema(clash)).toThrow(/Date: a criterion id may not be/);
  });
});
