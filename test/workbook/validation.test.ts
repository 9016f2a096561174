// Score-cell validation as createRubric writes it on the simulated host: Excel refuses a list source over 255
// characters, so a long level list becomes a number range with the levels in the input message.
import { Criterion, Rubric } from "../../src/rubric/model";
import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { applyScoreValidation, scoreValidationMessage } from "../../src/workbook/validation";
import { createSimulatedHost } from "../host";

const EVALUATIONS_SHEET = "proactive-visit evaluations";
// Score cells of the first data row: PREP is F4, PROC I4 (NA allowed).
const PREP = { row: 3, column: 5 };
const PROC = { row: 3, column: 8 };

const levels = (points: number[]) => points.map((p) => ({ label: `L${p}`, points: p }));
const range = (n: number, step = 1) => Array.from({ length: n }, (_, i) => (i * 10 * step) / 10);

async function created(change: (rubric: Rubric) => void) {
  const host = createSimulatedHost();
  const rubric = exampleRubric("en");
  change(rubric);
  await host.run((context) => createRubric(context, rubric, { language: "en" }));
  const sheet = host.model.sheet(EVALUATIONS_SHEET);
  return (cell: { row: number; column: number }) => sheet.validationAt(cell.row, cell.column);
}

const criterion = (rubric: Rubric, id: string) => rubric.criteria.find((c) => c.id === id)!;

describe("score validation of a long level list", () => {
  it("keeps the list, and no input message, where the levels fit in 255 characters", async () => {
    const at = await created(() => undefined);
    expect(at(PREP)?.rule).toEqual({ list: { inCellDropDown: true, source: "0,4,7,10" } });
    expect(at(PREP)?.prompt).toBeUndefined();
  });

  it("falls back to whole numbers from 0 to max, listing the levels in the input message", async () => {
    // 0..100: "0,1,…,100" is 292 characters.
    const at = await created((rubric) => {
      Object.assign(criterion(rubric, "PREP"), { max: 100, levels: levels(range(101)) });
    });
    expect(at(PREP)?.rule).toEqual({ wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } });
    const prompt = at(PREP)?.prompt as Excel.DataValidationPrompt;
    expect(prompt).toMatchObject({ showPrompt: true, title: "PREP" });
    expect(prompt.message).toMatch(/^Levels \(101\): 0, 1, 2, 3, .*, …, 100$/);
    expect(prompt.message!.length).toBeLessThanOrEqual(255);
    expect((at(PREP)?.errorAlert as Excel.DataValidationErrorAlert).message).toBe("PREP: a number from 0 to 100");
  });

  it("uses decimals where a level is not whole, and the NA formula where NA is allowed", async () => {
    // 0, 0.1, …, 10: 101 levels, 401 characters.
    const at = await created((rubric) => {
      criterion(rubric, "PREP").levels = levels(range(101, 0.1));
      criterion(rubric, "PROC").levels = levels(range(101, 0.1));
    });
    expect(at(PREP)?.rule).toEqual({ decimal: { formula1: 0, formula2: 10, operator: "Between" } });
    expect((at(PREP)?.prompt as Excel.DataValidationPrompt).message).toMatch(
      /^Levels \(101\): 0, 0\.1, 0\.2, .*, …, 10$/,
    );
    expect((at(PROC)?.rule as { custom: { formula: string } }).custom.formula).toBe(
      '=OR(AND(ISNUMBER(I4),I4>=0,I4<=10),UPPER(TRIM(I4))="NA",UPPER(TRIM(I4))="N/A")',
    );
    expect((at(PROC)?.prompt as Excel.DataValidationPrompt).message).toMatch(/, …, 10, or NA$/);
  });

  it("is refused by the host as Excel refuses it, were the long list written as a list", async () => {
    const host = createSimulatedHost();
    const long = range(101).join(",");
    await expect(
      host.run(async (context) => {
        const cell = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
        cell.dataValidation.rule = { list: { inCellDropDown: true, source: long } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("score validation texts stay within Excel's limits", () => {
  it("clips a long id in the titles and a long level list in the error message", async () => {
    const c: Criterion = {
      id: "A_criterion_id_longer_than_thirty_two",
      label: "x",
      kind: "score",
      weight: 1,
      max: 1000,
      allowNA: false,
      levels: levels([...range(60).map((p) => p * 10), 999, 1000]),
    };
    const alert = scoreValidationMessage(c);
    expect(alert.title!.length).toBeLessThanOrEqual(32);
    expect(alert.message!.length).toBeLessThanOrEqual(224);
    expect(alert.message).toMatch(/, …, 1000$/);
    // The host accepts what applyScoreValidation writes.
    const host = createSimulatedHost();
    await host.run(async (context) => {
      applyScoreValidation(context.workbook.worksheets.getActiveWorksheet().getRange("A1:A3"), c, "A1");
      await context.sync();
    });
  });
});
