// An imported rubric comes back intact: a rubric file with hostile texts (what Excel would take for formulas,
// numbers, dates or booleans; separators of the Levels cell; line breaks, end spaces, Chinese) is parsed, created in
// the workbook on the simulated host, read back and exported, and gives the same bytes, checksum included.
import fc from "fast-check";
import { parseRubric, serializeRubric } from "../../src/formats/rubric-json/file";
import { Rubric } from "../../src/rubric/model";
import { createRubric, reservedIds } from "../../src/workbook/create";
import { readRubric } from "../../src/workbook/read-rubric";
import { rubricArb } from "../formats/arbitraries";
import { createSimulatedHost } from "../host";

jest.setTimeout(120_000);

const HOSTILE = ["0", "007", "TRUE", "false", "1e5", "3-4", "4-Mar", "50%", "1,000", "+5", "-5", "=A1", "@x", "'x"];
const PREFIXES = ["=", "+", "-", "@", "'", " ", "\t", ""];
const PIECES = ["; ", "；", " | ", "\\", "\n", " = ", ": ", "中文", "x", "0"];

/** A non-blank text Excel would not keep as written in a General cell, or built from what the Levels cell escapes. */
const hostileText: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...HOSTILE),
    fc
      .tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }))
      .map(([prefix, pieces]) => prefix + pieces.join("")),
    fc.constantFrom(...HOSTILE).map((h) => ` ${h} `),
  )
  .filter((s) => s.trim() !== "");

/** Optional texts: hostile, or absent. A cell cannot tell "" from no text, nor a Levels cell an empty list from no
 * levels, so the workbook keeps neither (see levelsOrNone). */
const maybe = (text: string | undefined, hostile: string, pick: number): string | undefined =>
  pick === 0 ? undefined : pick === 1 ? hostile : text === "" ? undefined : text;

const hostileRubric: fc.Arbitrary<Rubric> = fc
  .tuple(
    rubricArb,
    fc.array(hostileText, { minLength: 40, maxLength: 40 }),
    fc.array(fc.nat(2), { minLength: 40, maxLength: 40 }),
  )
  .map(([rubric, texts, picks]) => {
    let n = 0;
    const next = () => (n = (n + 1) % texts.length);
    const pick = (text: string, required = true) => (picks[next()] === 1 || !required ? texts[n] : text);
    return {
      ...rubric,
      title: picks[next()] > 0 ? texts[n] : rubric.title,
      description: maybe(rubric.description, texts[next()], picks[n]),
      criteria: rubric.criteria.map((c) => ({
        ...c,
        label: pick(c.label),
        description: maybe(c.description, texts[next()], picks[n]),
        section: maybe(c.section, texts[next()], picks[n]),
        levels: levelsOrNone(c.levels)?.map((l) => ({
          ...l,
          label: pick(l.label),
          description: picks[next()] === 1 ? texts[n] : l.description,
        })),
      })),
      bands: rubric.bands.map((b) => ({ ...b, label: maybe(b.label, texts[next()], picks[n]) })),
    };
  })
  .map(dropUndefined)
  .filter((r) => reservedIds(r).length === 0);

const levelsOrNone = <T>(levels: T[] | undefined) => (levels?.length ? levels : undefined);

/** undefined fields removed, as a parsed file has them. */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe("an imported rubric comes back intact", () => {
  it("import, create in the workbook, read back, export: the same file and checksum (both blank modes)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileRubric, fc.boolean(), async (rubric, zero) => {
        const file = serializeRubric(rubric);
        const imported = parseRubric(file);
        if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
        const host = createSimulatedHost(zero ? { emptyCells: "zero" } : {});
        await host.run((context) => createRubric(context, imported.rubric, { language: "en" }));
        const read = await host.run((context) => readRubric(context, imported.rubric.id));
        expect(read.problems).toEqual([]);
        expect(serializeRubric(read.rubric!)).toBe(file);
      }),
      // Each run creates a workbook (~100 ms): few runs, and a time limit on shrinking a failure.
      { numRuns: 30, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true },
    );
  });
});
