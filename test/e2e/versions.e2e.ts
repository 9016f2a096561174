// Rubric versions in the preview: a weight typed into the criteria table is a draft change the Rubric tab lists, and
// no total moves; publishing it with a note shows version 2 in the history; a new evaluation is scored under
// version 2 and its total uses the new weight, as the engine computes it, while the sample rows stay under version 1.
import { clickLevel, createExample, fillRequired, scoreForm, waitForEvaluationRow } from "./support/flows";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import {
  CRITERIA_HEADER_ROW,
  EVALUATIONS_HEADER_ROW,
  RUBRIC_SHEET,
  columnLetter,
  expectedRow,
  mismatches,
  readEvaluations,
  readTables,
} from "./support/workbook";

const SAMPLE_ROWS = 146;

describe("rubric versions", () => {
  const session = usePreview();

  beforeAll(async () => {
    await createExample(session.preview);
  });

  test("edit a weight in the grid, publish it with a note, score a new row under version 2", async () => {
    const { preview } = session;
    const before = await readTables(preview);
    expect(mismatches(before)).toEqual([]);
    const totalColumn = before.evaluations.column("Total");
    const versionColumn = before.evaluations.column("Rubric version");
    const totalsBefore = before.evaluations.rows.map((row) => row[totalColumn]);

    // OAUSE's Weight cell: 25 -> 40, typed in the grid.
    const header = before.criteriaCells[0].map((h) => String(h));
    const weightLetter = columnLetter(header.indexOf("Weight"));
    const weightCell = `${weightLetter}${CRITERIA_HEADER_ROW + 1 + before.criteria.findIndex((c) => c.id === "OAUSE")}`;
    await preview.showSheet(RUBRIC_SHEET);
    await preview.clickCell(weightCell);
    await waitFor(
      `${weightCell} to be active`,
      () => preview.activeAddress(),
      (a) => a === weightCell,
    );
    await preview.typeIntoActiveCell("40");
    await waitFor(
      `${weightCell} to hold 40`,
      () => preview.value(RUBRIC_SHEET, weightCell),
      (v) => v === 40,
    );

    // The Rubric tab lists the draft change; no total has moved.
    await preview.openPaneTab("Rubric");
    const draft = preview.panel.getByRole("region", { name: /Unpublished changes/ });
    await draft.getByText("OAUSE weight 25 → 40").waitFor({ timeout: 20000 });
    expect((await readEvaluations(preview)).rows.map((row) => row[totalColumn])).toEqual(totalsBefore);

    // Publish with a note: the history shows version 2, and still no total moves.
    await draft.getByRole("button", { name: "Publish…" }).click();
    const dialog = preview.page.getByRole("dialog", { name: /Publish version 2/ });
    await dialog.getByRole("textbox", { name: /Note/ }).fill("OAUSE matters more for follow-ups");
    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await dialog.waitFor({ state: "hidden", timeout: 20000 });
    const history = preview.panel.getByRole("region", { name: "Versions", exact: true });
    await history.getByText("OAUSE matters more for follow-ups").waitFor({ timeout: 20000 });
    await history
      .getByText(/Version 2/)
      .first()
      .waitFor();
    const published = await readEvaluations(preview);
    expect(published.rows.map((row) => row[totalColumn])).toEqual(totalsBefore);
    expect(published.rows.every((row) => row[versionColumn] === 1)).toBe(true);

    // A new evaluation is scored under version 2: its total uses OAUSE's new weight.
    await preview.openPaneTab("Score");
    await preview.panel.getByRole("button", { name: "New evaluation" }).click();
    const row = EVALUATIONS_HEADER_ROW + SAMPLE_ROWS + 1;
    await waitForEvaluationRow(preview, row);
    await clickLevel(preview, "PREP", 10);
    await clickLevel(preview, "MAIL1", 7);
    await clickLevel(preview, "OAUSE", 4);
    await clickLevel(preview, "PROC", 10);
    await clickLevel(preview, "SUMM", 10);
    await clickLevel(preview, "MAIL2", 4);
    await clickLevel(preview, "BONUS", 1);
    await fillRequired(preview, { process: "HF-18090147", person: "Wu Xia", reviewer: "Process owner" });
    await scoreForm(preview).getByRole("button", { name: "Save", exact: true }).click();

    const after = await waitFor(
      "the new row to be saved under version 2",
      () => readTables(preview),
      (t) =>
        t.evaluations.rows.length === SAMPLE_ROWS + 1 &&
        typeof t.evaluations.rows[SAMPLE_ROWS][totalColumn] === "number",
      { timeout: 20000 },
    );
    const saved = after.evaluations.rows[SAMPLE_ROWS];
    expect(saved[versionColumn]).toBe(2);
    // The working tables are version 2 as published: the engine's total from them is the new row's.
    expect(after.criteria.find((c) => c.id === "OAUSE")?.weight).toBe(40);
    const expected = expectedRow(after, after.evaluations, saved);
    expect(saved[totalColumn]).toBe(expected.total);
    // Under version 1 (weight 25) the same scores give another total: the new weight is what moved it.
    const v1 = expectedRow(before, after.evaluations, saved);
    expect(v1.total).not.toBe(expected.total);
  });
});
