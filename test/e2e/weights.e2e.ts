// (c) A manager changes a weight by typing in the criteria table; every Total, Points and Band of the evaluations
// table then equals what the domain engine (src/rubric) computes from the cells as they now are.
import { createExample, liveSummary, waitForEvaluationRow } from "./support/flows";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import {
  CRITERIA_HEADER_ROW,
  EVALUATIONS_HEADER_ROW,
  EVALUATIONS_SHEET,
  RUBRIC_SHEET,
  columnLetter,
  expectedRow,
  mismatches,
  readEvaluations,
  readTables,
} from "./support/workbook";

describe("changing a weight in the grid", () => {
  const session = usePreview();

  beforeAll(async () => {
    await createExample(session.preview);
  });

  test("every total, points and band follows the new weight, as the engine computes it", async () => {
    const { preview } = session;
    const before = await readTables(preview);
    expect(mismatches(before)).toEqual([]);
    const totalColumn = before.evaluations.column("Total");
    const totalsBefore = before.evaluations.rows.map((row) => row[totalColumn]);

    // OAUSE's Weight cell: the criteria table's Weight column, on OAUSE's row.
    const header = before.criteriaCells[0].map((h) => String(h));
    const weightLetter = columnLetter(header.indexOf("Weight"));
    const oauseRow = CRITERIA_HEADER_ROW + 1 + before.criteria.findIndex((c) => c.id === "OAUSE");
    const weightCell = `${weightLetter}${oauseRow}`;
    expect(before.criteria.find((c) => c.id === "OAUSE")?.weight).toBe(25);

    await preview.showSheet(RUBRIC_SHEET);
    await preview.cell(weightCell).click();
    await waitFor(
      `${weightCell} to be active`,
      () => preview.activeAddress(),
      (a) => a === weightCell,
    );
    expect(await preview.cellText(weightCell)).toBe("25");

    // Escape cancels an entry.
    await preview.page.keyboard.type("99");
    await preview.page.keyboard.press("Escape");
    expect(await preview.value(RUBRIC_SHEET, weightCell)).toBe(25);
    expect(await preview.activeAddress()).toBe(weightCell);

    // Typing replaces the value; Enter commits and moves down.
    await preview.typeIntoActiveCell("40");
    await waitFor(
      `${weightCell} to hold 40`,
      () => preview.value(RUBRIC_SHEET, weightCell),
      (v) => v === 40,
    );
    expect(await preview.activeAddress()).toBe(`${weightLetter}${oauseRow + 1}`);
    expect(await preview.cellText(weightCell)).toBe("40");

    const after = await waitFor(
      "the totals to follow the new weight",
      () => readTables(preview),
      (t) => t.criteria.find((c) => c.id === "OAUSE")?.weight === 40 && mismatches(t).length === 0,
      { timeout: 20000 },
    ).catch(async (error) => {
      const t = await readTables(preview);
      throw new Error(`${String(error)}\n${mismatches(t).slice(0, 20).join("\n")}`);
    });
    expect(after.evaluations.rows).toHaveLength(146);
    expect(mismatches(after)).toEqual([]);
    const changed = after.evaluations.rows.filter((row, i) => row[totalColumn] !== totalsBefore[i]).length;
    // OAUSE is scored differently from the rest in most sample rows, so most totals move.
    expect(changed).toBeGreaterThan(50);

    // Spot checks on screen: the grid shows the same figures (Total with the rubric's 1 decimal).
    await preview.showSheet(EVALUATIONS_SHEET);
    const { evaluations } = after;
    const pointsColumn = evaluations.column("Points");
    for (const index of [0, 72, 145]) {
      const row = EVALUATIONS_HEADER_ROW + 1 + index;
      const expected = expectedRow(after, evaluations, evaluations.rows[index]);
      const totalAddress = `${columnLetter(totalColumn)}${row}`;
      const pointsAddress = `${columnLetter(pointsColumn)}${row}`;
      await preview.goTo(totalAddress);
      expect(await preview.cellText(totalAddress)).toBe((expected.total as number).toFixed(1));
      expect(await preview.cellText(pointsAddress)).toBe(String(expected.points));
    }

    // The pane's live total for a row agrees with the sheet (one number, many paths).
    const index = 72;
    const row = EVALUATIONS_HEADER_ROW + 1 + index;
    await preview.cell(`B${row}`).click();
    // The pane reads the rubric again when the Rubric tab is chosen (the Score tab keeps the rubric it read).
    await preview.openPaneTab("Rubric");
    await waitFor(
      "the pane to read OAUSE's new weight",
      () => preview.panel.locator('li[data-criterion="OAUSE"]').textContent(),
      (text) => (text ?? "").includes("34.8"),
    );
    await preview.openPaneTab("Score");
    await waitForEvaluationRow(preview, row);
    const expected = expectedRow(after, evaluations, evaluations.rows[index]);
    expect(await liveSummary(preview)).toMatchObject({
      total: (expected.total as number).toFixed(1),
      points: String(expected.points),
    });

    // The sheet's table reads back the same after the pane re-read it.
    expect((await readEvaluations(preview)).rows).toEqual(evaluations.rows);
  });
});
