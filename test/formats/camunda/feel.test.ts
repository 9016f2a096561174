// The FEEL building blocks of the Camunda form, evaluated with feelin (the FEEL interpreter form-js uses): numbers
// read back exactly, and rounding matches src/rubric/round.ts on ties and on arbitrary doubles.
import fc from "fast-check";
import { evaluate } from "@bpmn-io/feelin";
import { feelName, feelNumber, feelRoundHalfAway, plainDecimal } from "../../../src/formats/camunda/feel";
import { roundHalfAway } from "../../../src/rubric/round";

const feel = (expression: string, context: Record<string, unknown> = {}): unknown =>
  evaluate(expression, context).value;

describe("FEEL numbers", () => {
  test("every finite double is written in positional notation and reads back exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = feelNumber(n);
        expect(text).not.toMatch(/e/i);
        expect(Object.is(feel(text), n) || (n === 0 && feel(text) === 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(plainDecimal(1e-7)).toBe("0.0000001");
    expect(plainDecimal(1.5e21)).toBe("1500000000000000000000");
    expect(feelNumber(-2.5)).toBe("(-2.5)");
    expect(() => feelNumber(NaN)).toThrow();
  });

  test("names are checked", () => {
    expect(feelName("c_PREP")).toBe("c_PREP");
    for (const bad of ["not", "a b", "x}", "1a", "", "null"]) expect(() => feelName(bad)).toThrow();
  });
});

describe("FEEL rounding half away from zero", () => {
  const round = (x: number, decimals: number) => feel(feelRoundHalfAway("v", decimals), { v: x });

  test("decimal ties go up, however they are held in binary", () => {
    const tieArb = fc.record({
      // Up to 99,999 with 6 decimals and the tie digit: at most 12 significant digits, where both the engine and
      // the form are exact. (At 13 digits the snap to 12 digits meets a tie of its own, and binary noise decides:
      // 100000.8141145 reached as (x / 7) * 7 rounds either way.)
      whole: fc.integer({ min: 0, max: 99_999 }),
      digits: fc.integer({ min: 0, max: 999_999 }),
      decimals: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(tieArb, ({ whole, digits, decimals }) => {
        const fraction = String(digits).padStart(6, "0").slice(0, decimals);
        const text = `${whole}.${fraction}5`; // exactly halfway at `decimals` places
        const ways = [Number(text), (Number(text) * 3) / 3, (Number(text) / 7) * 7, (Number(text) * 10) / 10];
        for (const x of ways) expect(round(x, decimals)).toBe(roundHalfAway(x, decimals));
        // The engine is exact for ties of up to 10 significant digits; beyond that its fast path (|frac − 0.5| >
        // 1e-6 at the scaled value) can see binary noise, and the form follows the engine there too (above).
        if (`${whole}${fraction}5`.replace(/^0+/, "").length <= 10) {
          const up = Number(`${BigInt(`${whole}${fraction}`) + 1n}e-${decimals}`);
          expect(round(Number(text), decimals)).toBe(up);
        }
      }),
      { numRuns: 500 },
    );
    expect(round(84.95, 1)).toBe(85);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(0.5, 0)).toBe(1);
    expect(round(2.675, 2)).toBe(2.68);
  });

  test("arbitrary doubles round as the engine rounds them", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        expect(round(x, d)).toBe(roundHalfAway(x, d));
      }),
      { numRuns: 1000 },
    );
    for (const x of [0, 1e-7, 5e-7, 0.05, 99.95, 1e11 + 0.5, 123456.7895]) {
      for (let d = 0; d <= 6; d++) expect(round(x, d)).toBe(roundHalfAway(x, d));
    }
  });
});
