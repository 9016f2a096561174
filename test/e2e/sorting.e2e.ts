// Sorting the evaluations in the grid between reading an evaluation and saving it: the save lands on the evaluation
// the pane showed (found by its key), and no other evaluation changes.
import { clickLevel, createExample, scoreForm, waitForEvaluationRow } from "./support/flows";
import { CellValue } from "./support/preview";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import { EVALUATIONS_HEADER_ROW, EVALUATIONS_SHEET, columnLetter, readEvaluations } from "./support/workbook";

describe("sorting the evaluations table", () => {
  const session = usePreview();

  beforeAll(async () => {
    await createExample(session.preview);
  });

  /** Every evaluation's cells, by its key. */
  async function byKey(): Promise<Map<string, CellValue[]>> {
    const table = await readEvaluations(session.preview);
    const key = table.column("Key");
    return new Map(table.rows.map((row) => [String(row[key]), row]));
  }

  test("sort by Person, edit the evaluation shown in the pane, Save: that evaluation changed, no other", async () => {
    const { preview } = session;
    const row = 10;
    const table = await readEvaluations(preview);
    const personCell = `${columnLetter(table.column("Person"))}${row}`;
    const shownKey = String(table.rows[row - EVALUATIONS_HEADER_ROW - 1][table.column("Key")]);

    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo(personCell);
    await preview.clickCell(personCell);
    await preview.openPaneTab("Score");
    await waitForEvaluationRow(preview, row);

    await preview.page
      .getByRole("toolbar", { name: "Table Evaluations_proactive_visit" })
      .getByRole("button", { name: "Sort Z to A" })
      .click();
    const sorted = await readEvaluations(preview);
    const movedTo = sorted.rows.findIndex((r) => String(r[sorted.column("Key")]) === shownKey);
    expect(movedTo).not.toBe(row - EVALUATIONS_HEADER_ROW - 1); // the evaluation is in another row now
    const before = await byKey();

    const oause = before.get(shownKey)![sorted.column("OAUSE")];
    const chosen = oause === 10 ? 0 : 10;
    await clickLevel(preview, "OAUSE", chosen);
    await scoreForm(preview).getByRole("button", { name: "Save", exact: true }).click();

    const after = await waitFor(
      `the evaluation ${shownKey} to hold OAUSE ${chosen}`,
      () => byKey(),
      (rows) => rows.get(shownKey)?.[sorted.column("OAUSE")] === chosen,
    );
    const inputs = (cells: CellValue[]) =>
      cells.filter((_, c) => !["Total", "Points", "Band"].some((h) => sorted.column(h) === c));
    const changed = [...after].filter(
      ([key, cells]) => JSON.stringify(inputs(cells)) !== JSON.stringify(inputs(before.get(key)!)),
    );
    expect(changed.map(([key]) => key)).toEqual([shownKey]);
    const columns = inputs(after.get(shownKey)!).flatMap((cell, c) =>
      cell === inputs(before.get(shownKey)!)[c] ? [] : [c],
    );
    expect(columns).toEqual([sorted.column("OAUSE")]);
  });
});
