// (b) Scoring three evaluations in the Score tab: a new one with the mouse, a new one with the keyboard alone, and
// an existing row picked in the grid; each lands in the grid with the engine's total.
import { exampleRubric } from "../../src/rubric/example";
import { RawValue } from "../../src/rubric/model";
import { scoreEvaluation } from "../../src/rubric/score";
import {
  clickLevel,
  createExample,
  focused,
  liveSummary,
  scoreForm,
  tabUntil,
  waitForEvaluationRow,
} from "./support/flows";
import { CellValue, expectSameText } from "./support/preview";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import {
  EVALUATIONS_HEADER_ROW,
  EVALUATIONS_SHEET,
  EXAMPLE_IDS,
  columnLetter,
  mismatches,
  readEvaluations,
  readTables,
} from "./support/workbook";

const SAMPLE_ROWS = 146;

/** A total as the grid shows it. Rows added by "New evaluation" show it without the column's "0.0" format in the
 * preview (its table resize does not carry the column's number format to the new row, as Excel does), so the text
 * is compared as a number with at most one decimal. */
function expectShown(text: string, total: number): void {
  expect(text).toMatch(/^\d+(\.\d)?$/);
  expect(Number(text)).toBe(total);
}

function engineTotal(values: Record<string, RawValue>): number {
  const outcome = scoreEvaluation(exampleRubric("en"), values);
  if (outcome.status !== "total") throw new Error(`the engine gives ${JSON.stringify(outcome)}`);
  return outcome.total;
}

describe("scoring evaluations in the Score tab", () => {
  const session = usePreview();

  /** The row's score cells (in EXAMPLE_IDS order), comment and total, read from the workbook. */
  async function rowOf(row: number) {
    const table = await readEvaluations(session.preview);
    const cells = table.rows[row - EVALUATIONS_HEADER_ROW - 1] ?? [];
    return {
      count: table.rows.length,
      scores: EXAMPLE_IDS.map((id) => cells[table.column(id)]),
      comment: cells[table.column("Comment")],
      total: cells[table.column("Total")],
      points: cells[table.column("Points")],
      person: cells[table.column("Person")],
      totalAddress: `${columnLetter(table.column("Total"))}${row}`,
    };
  }

  async function waitForRow(row: number, scores: CellValue[], total: number) {
    return waitFor(
      `row ${row} to hold ${JSON.stringify(scores)} and total ${total}`,
      () => rowOf(row),
      (r) => JSON.stringify(r.scores) === JSON.stringify(scores) && r.total === total,
    );
  }

  beforeAll(async () => {
    await createExample(session.preview);
  });

  test("a new evaluation scored with the mouse is saved to a new row", async () => {
    const { preview } = session;
    await preview.openPaneTab("Score");
    await preview.panel.getByRole("button", { name: "New evaluation" }).click();
    const row = EVALUATIONS_HEADER_ROW + SAMPLE_ROWS + 1;
    await waitForEvaluationRow(preview, row);

    await clickLevel(preview, "PREP", 10);
    await clickLevel(preview, "MAIL1", 7);
    await clickLevel(preview, "OAUSE", 7);
    await scoreForm(preview)
      .locator('section[data-criterion="PROC"]')
      .getByRole("button", { name: "Not applicable" })
      .click();
    await clickLevel(preview, "SUMM", 10);
    await clickLevel(preview, "MAIL2", 4);
    await clickLevel(preview, "BONUS", 1);
    await scoreForm(preview).getByRole("textbox", { name: "Comment" }).click();
    await preview.page.keyboard.type("Scored with the mouse");
    // Process, Person and Reviewer are required (the e-cology export needs them); this device knows no reviewer yet.
    await scoreForm(preview)
      .getByRole("textbox", { name: /^Process number/ })
      .fill("HF-18090147");
    await scoreForm(preview)
      .getByRole("combobox", { name: /^Person/ })
      .fill("Wu Xia");
    await scoreForm(preview)
      .getByRole("textbox", { name: /^Reviewer/ })
      .fill("Process owner");

    const values = { PREP: 10, MAIL1: 7, OAUSE: 7, PROC: "NA", SUMM: 10, MAIL2: 4, BONUS: 1 };
    const total = engineTotal(values);
    expect(total).toBe(88);
    expect(await liveSummary(preview)).toEqual({ total: "88.0", points: "2", band: "85–101" });

    await scoreForm(preview).getByRole("button", { name: "Save", exact: true }).click();
    const saved = await waitForRow(row, [10, 7, 7, "NA", 10, 4, 1], total);
    expect(saved.count).toBe(SAMPLE_ROWS + 1);
    expect(saved.comment).toBe("Scored with the mouse");
    expect(saved.points).toBe(2);
    expect(saved.person).toBe("Wu Xia");
    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo(saved.totalAddress);
    expectShown(await preview.cellText(saved.totalAddress), total);
  });

  test("a new evaluation scored with the keyboard alone is saved to the next row", async () => {
    const { preview } = session;
    // From wherever focus is, Tab to "New evaluation" and press Enter.
    await scoreForm(preview).getByRole("button", { name: "Save", exact: true }).focus();
    await tabUntil(preview, '"New evaluation" button', (f) => f.text === "New evaluation");
    await preview.page.keyboard.press("Enter");
    const row = EVALUATIONS_HEADER_ROW + SAMPLE_ROWS + 2;
    await waitForEvaluationRow(preview, row);

    // Focus is on the first criterion's levels; a digit chooses and moves on, arrow keys stay, Tab moves on.
    const press = async (criterion: string, ...keys: string[]) => {
      expect(await focused(preview)).toMatchObject({ criterion, role: "radio" });
      for (const key of keys) await preview.page.keyboard.press(key);
    };
    await waitFor(
      "focus on PREP's levels",
      () => focused(preview),
      (f) => f.criterion === "PREP" && f.role === "radio",
    );
    await press("PREP", "4"); // 4th level: 10
    await press("MAIL1", "3"); // 7
    await press("OAUSE", "ArrowRight", "ArrowRight"); // 4, then 7
    await preview.page.keyboard.press("Tab");
    await press("PROC", "2"); // 4
    await press("SUMM", "End"); // 10
    await preview.page.keyboard.press("Tab");
    await press("MAIL2", "3"); // 7
    await press("BONUS", "1"); // 0, and on to the Process number, the one required field still empty
    await waitFor(
      "focus on the process number",
      () => preview.page.evaluate(() => document.activeElement?.getAttribute("data-field") ?? null),
      (f) => f === "process",
    );
    await preview.page.keyboard.type("HF-18090148");
    await tabUntil(preview, "Comment box", (f) => f.role === "textarea");
    await preview.page.keyboard.type("Scored with the keyboard");

    const values = { PREP: 10, MAIL1: 7, OAUSE: 7, PROC: 4, SUMM: 10, MAIL2: 7, BONUS: 0 };
    const total = engineTotal(values);
    expect((await liveSummary(preview)).total).toBe(total.toFixed(1));

    await tabUntil(preview, "Save button", (f) => f.text === "Save");
    await preview.page.keyboard.press("Enter");
    const saved = await waitForRow(row, [10, 7, 7, 4, 10, 7, 0], total);
    expect(saved.count).toBe(SAMPLE_ROWS + 2);
    expect(saved.comment).toBe("Scored with the keyboard");
    await preview.goTo(saved.totalAddress);
    expectShown(await preview.cellText(saved.totalAddress), total);
  });

  test("a score the rubric does not allow, typed in the grid, is refused and changes nothing", async () => {
    const { preview } = session;
    const table = await readEvaluations(preview);
    const row = EVALUATIONS_HEADER_ROW + 1;
    const prepCell = `${columnLetter(table.column("PREP"))}${row}`;
    const before = await preview.value(EVALUATIONS_SHEET, prepCell);
    const contentBefore = await preview.savedContent();
    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo(prepCell);
    // PREP's levels are 0, 4, 7 and 10: the cell's validation refuses 5.
    await preview.typeIntoActiveCell("5");
    const alert = preview.page.getByRole("alert");
    await alert.waitFor();
    // The cell's validation message names the criterion and its levels.
    expect(await alert.textContent()).toContain("PREP");
    expect(await preview.value(EVALUATIONS_SHEET, prepCell)).toBe(before);
    expectSameText(await preview.savedContent(), contentBefore);
    await preview.page.getByRole("button", { name: "Dismiss" }).click();
    await alert.waitFor({ state: "detached" });
    await preview.page.keyboard.press("Escape");
  });

  test("an existing evaluation picked in the grid is re-scored in place", async () => {
    const { preview } = session;
    const row = 10; // the 7th sample evaluation
    const before = await rowOf(row);
    const table = await readEvaluations(preview);
    const leading = (r: CellValue[] | undefined) => (r ?? []).slice(0, table.column("Reviewer") + 1);
    const leadingBefore = leading(table.rows[row - EVALUATIONS_HEADER_ROW - 1]);

    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo(`B${row}`);
    await preview.clickCell(`B${row}`);
    await preview.openPaneTab("Score");
    await waitForEvaluationRow(preview, row);

    const scores = [...before.scores];
    const oause = EXAMPLE_IDS.indexOf("OAUSE");
    const mail2 = EXAMPLE_IDS.indexOf("MAIL2");
    scores[oause] = before.scores[oause] === 10 ? 4 : 10;
    scores[mail2] = before.scores[mail2] === 0 ? 7 : 0;
    await clickLevel(preview, "OAUSE", scores[oause] as number);
    await clickLevel(preview, "MAIL2", scores[mail2] as number);
    await scoreForm(preview).getByRole("button", { name: "Save", exact: true }).click();

    const values = Object.fromEntries(EXAMPLE_IDS.map((id, i) => [id, scores[i] as RawValue]));
    const total = engineTotal(values);
    const saved = await waitForRow(row, scores, total);
    expect(saved.count).toBe(SAMPLE_ROWS + 2);
    const after = await readEvaluations(preview);
    expect(leading(after.rows[row - EVALUATIONS_HEADER_ROW - 1])).toEqual(leadingBefore);
    await preview.goTo(saved.totalAddress);
    expect(await preview.cellText(saved.totalAddress)).toBe(total.toFixed(1));

    // Every row of the table still agrees with the engine.
    expect(mismatches(await readTables(preview))).toEqual([]);
  });
});
