/** @jest-environment jsdom */
// Parity of the Camunda form export with the scoring engine: the exported schema is rendered by form-js itself
// (@bpmn-io/form-js-viewer under jsdom), data for an evaluation is imported, the FEEL expression fields compute, and
// the submitted total and points must equal scoreEvaluation + lookupBand exactly.
import fc from "fast-check";
import { Form } from "@bpmn-io/form-js-viewer";
import { act } from "preact/test-utils";
import {
  camundaForm,
  camundaFormData,
  CamundaForm,
  criterionKey,
  naKey,
  POINTS_KEY,
  TOTAL_KEY,
} from "../../../src/formats/camunda/form";
import { JOINER } from "../../../src/formats/camunda/text";
import { exampleRubric } from "../../../src/rubric/example";
import { Band, Criterion, CriterionKind, RawValue, Rubric } from "../../../src/rubric/model";
import { lookupBand } from "../../../src/rubric/points";
import { scoreEvaluation } from "../../../src/rubric/score";
import { validateRubric } from "../../../src/rubric/validate";
import { workedBands, workedCriteria, workedScores } from "../../support/worked-example";
import { rubricArb } from "../arbitraries";

// ---------------------------------------------------------------------------------------------- harness

interface Rendered {
  form: Form;
  container: HTMLElement;
  submitted: { data: Record<string, unknown>; errors: Record<string, unknown> };
}

async function render(schema: CamundaForm, data: Record<string, unknown>): Promise<Rendered> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const form = new Form({ container });
  // act() flushes preact's renders and effects, so the expression fields (computeOn "change") have computed.
  await act(async () => {
    await form.importSchema(schema, data);
  });
  const submitted = form.submit() as Rendered["submitted"];
  return { form, container, submitted };
}

function dispose({ form, container }: Rendered) {
  form.destroy();
  container.remove();
}

interface Result {
  total: number | null;
  points: number | null;
}

/** What the engine computes: the rounded total (null when blank or an error) and the band's points. */
function engine(rubric: Rubric, values: Record<string, RawValue>): Result {
  const outcome = scoreEvaluation(rubric, values);
  if (outcome.status !== "total") return { total: null, points: null };
  const band = lookupBand(outcome.total, rubric.bands);
  return { total: outcome.total, points: band.status === "band" ? rubric.bands[band.index].points : null };
}

async function viaForm(rubric: Rubric, values: Record<string, RawValue>): Promise<Result> {
  const rendered = await render(camundaForm(rubric), camundaFormData(rubric, { values }));
  try {
    const { data } = rendered.submitted;
    return { total: data[TOTAL_KEY] as number | null, points: data[POINTS_KEY] as number | null };
  } finally {
    dispose(rendered);
  }
}

async function expectParity(rubric: Rubric, values: Record<string, RawValue>, expected?: Result) {
  const reference = engine(rubric, values);
  if (expected) expect(reference).toEqual(expected);
  expect(await viaForm(rubric, values)).toEqual(reference);
}

// ---------------------------------------------------------------------------------------------- hand-picked cases

const rubricOf = (criteria: Criterion[], bands: Band[] = workedBands, decimals = 1, scale = 100): Rubric => ({
  id: "parity",
  title: "Parity",
  version: 3,
  status: "draft",
  settings: { scale, decimals },
  criteria,
  bands,
});

const crit = (id: string, kind: CriterionKind, weight: number, max: number, allowNA = false): Criterion => ({
  id,
  label: id,
  kind,
  weight,
  max,
  allowNA,
});

const worked = rubricOf(workedCriteria);
const workedValues = Object.fromEntries(workedCriteria.map((c, i) => [c.id, workedScores[i]]));

describe("camundaForm parity with the engine (form-js under jsdom)", () => {
  test("the worked example: 88.0 → 2 points", async () => {
    await expectParity(worked, workedValues, { total: 88, points: 2 });
  });

  test("the built-in example with levels (radio groups) and N/A", async () => {
    const rubric = exampleRubric("zh");
    const values = { PREP: 7, MAIL1: 10, OAUSE: 7, PROC: "NA", SUMM: 10, MAIL2: 4, BONUS: 1 };
    await expectParity(rubric, values, { total: 86, points: 2 });
  });

  test("totals exactly on a band edge take the upper band", async () => {
    // 85.0 exactly and 75.0 exactly; 84.9 stays below.
    await expectParity(
      worked,
      { ...workedValues, Q1: 8, Q2: 7, Q3: 9, Q4: 6, Q5: 10, B1: 0.7 },
      { total: 85, points: 2 },
    );
    await expectParity(worked, { ...workedValues, B1: 0 }, { total: 78, points: 1.5 });
    const single = rubricOf([crit("A", "score", 1, 100)]);
    await expectParity(single, { A: 75 }, { total: 75, points: 1.5 });
    await expectParity(single, { A: 84.9 }, { total: 84.9, points: 1.5 });
    await expectParity(single, { A: 60 }, { total: 60, points: 1 });
  });

  test("rounding ties go half away from zero, exactly for decimal inputs", async () => {
    const single = rubricOf([crit("A", "score", 1, 100)]);
    await expectParity(single, { A: 84.95 }, { total: 85, points: 2 }); // 84.95 is 84.9499999... in binary
    await expectParity(single, { A: 84.85 }, { total: 84.9, points: 1.5 });
    await expectParity(single, { A: 0.05 }, { total: 0.1, points: 0 });
    await expectParity(rubricOf([crit("A", "score", 1, 100)], workedBands, 0), { A: 84.5 }, { total: 85, points: 2 });
    await expectParity(
      rubricOf([crit("A", "score", 1, 1)], workedBands, 2, 2),
      { A: 0.5025 },
      { total: 1.01, points: 0 },
    );
    // A tie made by the weighted sum: (1 × 0.5 + 1 × 0.35) / 2 × 100 = 42.5 at 0 decimals → 43.
    const two = rubricOf([crit("A", "score", 1, 10), crit("B", "score", 1, 20)], workedBands, 0);
    await expectParity(two, { A: 5, B: 7 }, { total: 43, points: 0 });
  });

  test("N/A renormalises; all N/A but one leaves that one's share", async () => {
    const rubric = rubricOf([
      crit("A", "score", 30, 10, true),
      crit("B", "score", 20, 10, true),
      crit("C", "score", 50, 10, true),
      crit("D", "bonus", 5, 1, true),
    ]);
    await expectParity(rubric, { A: "NA", B: 7.3, C: "N/A", D: "na" }, { total: 73, points: 1 });
    await expectParity(rubric, { A: "NA", B: "NA", C: "NA", D: 1 }, { total: null, points: null }); // all score N/A
  });

  test("a failed gate makes the total 0; a passing one changes nothing", async () => {
    const rubric = rubricOf([...workedCriteria, crit("G", "gate", 0, 4)]);
    await expectParity(rubric, { ...workedValues, G: 1.9 }, { total: 0, points: 0 });
    await expectParity(rubric, { ...workedValues, G: 2 }, { total: 88, points: 2 });
  });

  test("bonus lifts the total over the scale; penalty floors it at 0", async () => {
    const rubric = rubricOf([...workedCriteria, crit("B2", "bonus", 15, 3), crit("P", "penalty", 200, 5)]);
    const full = { Q1: 10, Q2: 10, Q3: 10, Q4: 10, Q5: 10, B1: 1, B2: 3, P: 0 };
    await expectParity(rubric, full, { total: 125, points: 3 });
    await expectParity(rubric, { ...full, B2: 0 }, { total: 110, points: 3 });
    await expectParity(rubric, { ...full, P: 5 }, { total: 0, points: 0 });
    await expectParity(rubric, { ...full, P: 3.1 }, { total: 1, points: 0 });
    await expectParity(rubric, { ...full, P: 3.2 }, { total: 0, points: 0 });
  });

  test("blank, incomplete and below the lowest band give no total or no points", async () => {
    await expectParity(worked, {}, { total: null, points: null });
    await expectParity(worked, { ...workedValues, Q3: "" }, { total: null, points: null });
    const noFloor = rubricOf(workedCriteria, workedBands.slice(1));
    await expectParity(noFloor, { ...workedValues, Q1: 0, Q2: 0 }, { total: 50, points: null });
    await expectParity(rubricOf(workedCriteria, []), workedValues, { total: 88, points: null });
  });

  test("changing a value in the rendered form recomputes total and points", async () => {
    const rubric = exampleRubric();
    const values = { PREP: 7, MAIL1: 10, OAUSE: 7, PROC: "NA", SUMM: 10, MAIL2: 4, BONUS: 1 };
    const rendered = await render(camundaForm(rubric), camundaFormData(rubric, { values }));
    try {
      expect(rendered.container.textContent).toContain("Total: 86.0 · Points: 2");
      // The first radio group is PREP; its "0" option drops PREP from 7 to 0: (57 − 10.5) / 75 × 100 + 10 = 72.0.
      const prepField = [...rendered.container.querySelectorAll(".fjs-form-field-radio")].find((field) =>
        field.textContent?.includes("PREP ·"),
      );
      const prepZero = prepField?.querySelector<HTMLInputElement>('input[type="radio"]'); // the first level: 0
      expect(prepZero).toBeTruthy();
      await act(async () => {
        prepZero!.click();
      });
      const { data } = rendered.form.submit() as Rendered["submitted"];
      expect({ total: data[TOTAL_KEY], points: data[POINTS_KEY] }).toEqual(engine(rubric, { ...values, PREP: 0 }));
      expect(data[TOTAL_KEY]).toBe(72);
      expect(rendered.container.textContent).toContain("Total: 72.0 · Points: 1");
    } finally {
      dispose(rendered);
    }
  });

  test("N/A hides the value field and a complete form submits without errors", async () => {
    const rubric = exampleRubric();
    const values = { PREP: 7, MAIL1: 10, OAUSE: 7, PROC: "NA", SUMM: 10, MAIL2: 4, BONUS: 1 };
    const data = {
      ...camundaFormData(rubric, { values }),
      process: "P-1",
      person: "Ann",
      team: "East",
      reviewer: "Bo",
      date: "2025-03-01",
    };
    const rendered = await render(camundaForm(rubric), data);
    try {
      expect(rendered.submitted.errors).toEqual({});
      expect(rendered.submitted.data).toMatchObject({ reviewer: "Bo", date: "2025-03-01", na_PROC: true, total: 86 });
      expect(rendered.submitted.data).not.toHaveProperty("c_PROC");
    } finally {
      dispose(rendered);
    }
  });
});

// ---------------------------------------------------------------------------------------------- generated cases

const MAXIMA = [1, 2, 3, 4, 5, 10, 20];
const NASTY = ["=cmd|' /C calc'!A0", "{{ total }}", 'say "hi"\nnext', "}}{{", "<b>x</b>", "=1+1", "a\\b"];

interface GenCrit {
  kind: CriterionKind;
  w10: number;
  max: number;
  allowNA: boolean;
  /** Level points in tenths, when the criterion has levels (a radio group). */
  levels: number[] | null;
}

const genCritArb: fc.Arbitrary<GenCrit> = fc
  .record({
    kind: fc.constantFrom<CriterionKind>("score", "score", "score", "bonus", "penalty", "gate"),
    w10: fc.oneof(
      fc.integer({ min: 0, max: 10 }).map((w) => w * 10),
      fc.integer({ min: 0, max: 100 }),
    ),
    max: fc.constantFrom(...MAXIMA),
    allowNA: fc.boolean(),
    hasLevels: fc.boolean(),
  })
  .chain(({ hasLevels, ...c }) =>
    (hasLevels
      ? fc
          .uniqueArray(fc.integer({ min: 0, max: 10 * c.max }), { minLength: 1, maxLength: 6 })
          .map((ls) => [...ls].sort((a, b) => a - b))
      : fc.constant(null)
    ).map((levels) => ({ ...c, levels })),
  );

/** A value in tenths, "NA" or blank; taken from the levels for a radio group. Gates pass when `gatesPass`. */
const genValueArb = (c: GenCrit, gatesPass: boolean): fc.Arbitrary<RawValue> => {
  const lo = c.kind === "gate" && gatesPass ? 5 * c.max : 0;
  const candidates = c.levels?.filter((l) => l >= lo) ?? [];
  const number: fc.Arbitrary<number> =
    c.levels !== null
      ? candidates.length > 0
        ? fc.constantFrom(...candidates).map((v) => v / 10)
        : fc.constant(c.levels[c.levels.length - 1] / 10)
      : fc.oneof(
          fc.integer({ min: Math.ceil(lo / 10), max: c.max }),
          fc.integer({ min: lo, max: 10 * c.max }).map((v) => v / 10),
        );
  return fc.oneof(
    { weight: 20, arbitrary: number },
    { weight: c.allowNA ? 4 : 0, arbitrary: fc.constantFrom<RawValue>("NA", "n/a") },
    { weight: 1, arbitrary: fc.constant<RawValue>(null) },
  );
};

interface GenCase {
  rubric: Rubric;
  values: Record<string, RawValue>;
}

const genCaseArb: fc.Arbitrary<GenCase> = fc
  .record({
    crits: fc.array(genCritArb, { minLength: 1, maxLength: 10 }),
    scale: fc.constantFrom(100, 100, 10, 1, 5),
    decimals: fc.integer({ min: 0, max: 3 }),
    gatesPass: fc.boolean(),
    froms: fc.uniqueArray(fc.integer({ min: 0, max: 1200 }), { maxLength: 5 }),
    openFirst: fc.boolean(),
    bandPoints: fc.array(fc.integer({ min: -10, max: 40 }), { minLength: 6, maxLength: 6 }),
    labels: fc.array(fc.constantFrom(...NASTY), { minLength: 10, maxLength: 10 }),
  })
  .chain(({ crits, scale, decimals, gatesPass, froms, openFirst, bandPoints, labels }) => {
    if (!crits.some((c) => c.kind === "score" && c.w10 > 0)) crits[0] = { ...crits[0], kind: "score", w10: 10 };
    // Band edges in tenths of the scale's range, so that totals land on them now and then.
    const starts: (number | null)[] = [...froms].sort((a, b) => a - b).map((f) => (f * scale) / 1000);
    if (openFirst || starts.length === 0) starts.unshift(null);
    const criteria: Criterion[] = crits.map((c, i) => ({
      id: `C${i + 1}`,
      label: `${labels[i % labels.length]} ${i + 1}`,
      kind: c.kind,
      weight: c.w10 / 10,
      max: c.max,
      allowNA: c.allowNA,
      ...(c.levels ? { levels: c.levels.map((l, j) => ({ label: `${labels[j]} ${l}`, points: l / 10 })) } : {}),
    }));
    const rubric: Rubric = {
      id: "gen",
      title: labels[0],
      version: 1,
      status: "draft",
      settings: { scale, decimals },
      criteria,
      bands: starts.map((from, i) => ({ from, points: bandPoints[i] / 2 })),
    };
    return fc
      .tuple(...crits.map((c) => genValueArb(c, gatesPass)))
      .map((vals) => ({ rubric, values: Object.fromEntries(criteria.map((c, i) => [c.id, vals[i]])) }));
  });

describe("camundaForm parity on generated rubrics and evaluations", () => {
  test("generated decimal rubrics: form total and points equal the engine's (200 runs)", async () => {
    const seen = { totals: 0, nulls: 0 };
    await fc.assert(
      fc.asyncProperty(genCaseArb, async ({ rubric, values }) => {
        expect(validateRubric(rubric)).toEqual([]);
        const reference = engine(rubric, values);
        if (reference.total === null) seen.nulls++;
        else seen.totals++;
        expect(await viaForm(rubric, values)).toEqual(reference);
      }),
      { numRuns: 200 },
    );
    expect(seen.totals).toBeGreaterThan(100); // most cases have a total, ...
    expect(seen.nulls).toBeGreaterThan(0); // ... some are incomplete
  }, 120_000);

  test("arbitrary rubrics (any doubles, any text): form total and points equal the engine's (100 runs)", async () => {
    const arb = rubricArb.chain((rubric) =>
      fc
        .tuple(
          ...rubric.criteria.map((c) =>
            c.levels && c.levels.length > 0
              ? fc.constantFrom<RawValue>(...c.levels.map((l) => l.points), ...(c.allowNA ? ["NA"] : []))
              : fc.oneof(
                  fc.double({ min: 0, max: c.max, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
                  fc.constantFrom<RawValue>(0, c.max, ...(c.allowNA ? ["NA"] : [])),
                ),
          ),
        )
        .map((vals) => ({ rubric, values: Object.fromEntries(rubric.criteria.map((c, i) => [c.id, vals[i]])) })),
    );
    await fc.assert(
      fc.asyncProperty(arb, async ({ rubric, values }) => {
        expect(await viaForm(rubric, values)).toEqual(engine(rubric, values));
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------- safe embedding

describe("camundaForm embeds rubric text safely", () => {
  const nasty: Rubric = {
    ...exampleRubric(),
    title: "=cmd|' /C calc'!A0 {{ total }} <script>alert(1)</script> *x* # y",
    criteria: exampleRubric().criteria.map((c, i) => ({
      ...c,
      label: NASTY[i % NASTY.length],
      description: `${NASTY[(i + 1) % NASTY.length]} {{c_PREP}}`,
      levels: c.levels?.map((l, j) => ({ ...l, label: NASTY[(i + j) % NASTY.length] })),
    })),
  };
  const schema = camundaForm(nasty);
  const strip = (s: string) => s.split(JOINER).join("");
  const oneLine = (s: string) => s.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");

  test("the schema is plain JSON that round-trips", () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    expect(schema).toMatchObject({ type: "default", id: "rubric-proactive-visit", schemaVersion: 19 });
  });

  test("no rubric text reaches an expression, and no label is a template", () => {
    const texts = [nasty.title, ...nasty.criteria.flatMap((c) => [c.label, ...(c.levels ?? []).map((l) => l.label)])];
    for (const component of schema.components) {
      const code = [
        component.expression,
        component.conditional?.hide,
        component.text?.startsWith("=") && component.text,
      ]
        .filter((x): x is string => typeof x === "string")
        .join("\n");
      for (const text of texts) expect(code).not.toContain(text);
      expect(code).not.toMatch(/calc|script|"hi"/);
      const shown = [component.label, component.description, ...(component.values ?? []).map((v) => v.label)];
      for (const s of shown.filter((x): x is string => typeof x === "string")) {
        expect(s.startsWith("=")).toBe(false);
        expect(s).not.toMatch(/\{\{|\}\}|[\r\n]/);
      }
    }
  });

  test("form-js shows every label as written (on one line) and still computes", async () => {
    const values = { PREP: 7, MAIL1: 10, OAUSE: 7, PROC: 4, SUMM: 10, MAIL2: 4, BONUS: 1 };
    const rendered = await render(schema, camundaFormData(nasty, { values }));
    try {
      const labels = [...rendered.container.querySelectorAll(".fjs-label-content")].map((e) => {
        const copy = e.cloneNode(true) as Element;
        copy.querySelectorAll(".fjs-asterix").forEach((star) => star.remove());
        return strip(copy.textContent!);
      });
      for (const c of nasty.criteria) {
        expect(labels).toContain(oneLine(c.label));
        for (const level of c.levels ?? []) expect(labels).toContain(`${oneLine(level.label)} (${level.points})`);
      }
      const descriptions = [...rendered.container.querySelectorAll(".fjs-form-field-description")].map((e) =>
        strip(e.textContent!),
      );
      expect(descriptions.some((d) => d.includes("{{c_PREP}}"))).toBe(true);
      const heading = rendered.container.querySelector("h1");
      expect(strip(heading!.textContent!)).toBe(nasty.title);
      expect(rendered.container.querySelector("script")).toBeNull();
      expect(rendered.submitted.data[TOTAL_KEY]).toEqual(engine(nasty, values).total);
    } finally {
      dispose(rendered);
    }
  });

  test("keys are generated from criterion ids; an invalid rubric is refused", () => {
    expect(criterionKey({ id: "PREP" })).toBe("c_PREP");
    expect(naKey({ id: "PROC" })).toBe("na_PROC");
    expect(() => criterionKey({ id: "a b" })).toThrow();
    expect(() => camundaForm({ ...worked, criteria: [{ ...workedCriteria[0], id: "x}}" }] })).toThrow(/invalid rubric/);
  });
});
