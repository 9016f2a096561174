// (f) Reloading the page finds the workbook as it was left (the preview keeps it in localStorage), and the pane
// reads it back; a new browser profile starts empty.
import {
  clickLevel,
  createExample,
  fillRequired,
  rubricHeading,
  scoreForm,
  waitForEvaluationRow,
} from "./support/flows";
import { Preview } from "./support/preview";
import { usePreview, watchPage } from "./support/session";
import { waitFor } from "./support/wait";
import { EVALUATIONS_SHEET, EXAMPLE_IDS, RUBRIC_SHEET, mismatches, readTables } from "./support/workbook";

describe("reloading the page", () => {
  const session = usePreview();

  async function snapshot(preview: Preview) {
    return {
      sheets: await preview.sheetNames(),
      rubricValues: await preview.values(RUBRIC_SHEET, "A1:N25"),
      rubricFormulas: await preview.formulas(RUBRIC_SHEET, "A1:N25"),
      evaluationValues: await preview.values(EVALUATIONS_SHEET, "A1:Q160"),
      evaluationFormulas: await preview.formulas(EVALUATIONS_SHEET, "A1:Q160"),
    };
  }

  test("keeps the rubric, a weight edited in the grid and an evaluation scored in the pane", async () => {
    const { preview } = session;
    await createExample(preview);

    // Score a new evaluation in the pane.
    await preview.openPaneTab("Score");
    await preview.panel.getByRole("button", { name: "New evaluation" }).click();
    await waitForEvaluationRow(preview, 150);
    for (const id of EXAMPLE_IDS) await clickLevel(preview, id, id === "BONUS" ? 1 : 7);
    await fillRequired(preview, { process: "HF-18090147", person: "Wu Xia", reviewer: "Process owner" });
    await scoreForm(preview).getByRole("button", { name: "Save", exact: true }).click();
    await waitFor(
      "row 150 to be saved",
      () => preview.value(EVALUATIONS_SHEET, "F150"),
      (v) => v === 7,
    );

    // Change a weight in the grid (PREP's, E11: 15 -> 20).
    await preview.showSheet(RUBRIC_SHEET);
    await preview.goTo("E11");
    await preview.typeIntoActiveCell("20");
    await waitFor(
      "E11 to hold 20",
      () => preview.value(RUBRIC_SHEET, "E11"),
      (v) => v === 20,
    );

    const before = await snapshot(preview);
    expect(await preview.storedState()).not.toBeNull();
    expect(mismatches(await readTables(preview))).toEqual([]);

    await preview.reload();
    await waitFor(
      "the sheets to be restored",
      () => preview.sheetNames(),
      (names) => names.includes(RUBRIC_SHEET),
    );
    expect(await snapshot(preview)).toEqual(before);
    expect(mismatches(await readTables(preview))).toEqual([]);

    // The pane reads the restored workbook: the rubric with PREP's new weight.
    await preview.openPaneTab("Rubric");
    await rubricHeading(preview).waitFor();
    const prep = preview.panel.locator('li[data-criterion="PREP"]');
    expect(await preview.panel.locator("li[data-criterion]").count()).toBe(EXAMPLE_IDS.length);
    await prep.getByRole("button", { name: "More actions for PREP" }).click();
    await preview.page.getByRole("menuitem", { name: "Edit PREP" }).click();
    expect(await prep.getByRole("textbox", { name: "Weight" }).inputValue()).toBe("20");
    await prep.getByRole("button", { name: "Cancel" }).click();

    // And the evaluation scored before the reload, in the Score tab.
    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo("B150");
    await preview.clickCell("B150");
    await preview.openPaneTab("Score");
    await waitForEvaluationRow(preview, 150);
    expect(await scoreForm(preview).getByRole("radio", { checked: true }).count()).toBe(EXAMPLE_IDS.length);

    // A second tab of the same browser profile opens the same workbook.
    const page = await session.context.newPage();
    watchPage(page, session.problems);
    const other = new Preview(page, preview.baseUrl);
    await other.open();
    await waitFor(
      "the second tab's sheets",
      () => other.sheetNames(),
      (names) => names.includes(RUBRIC_SHEET),
    );
    expect(await other.values(EVALUATIONS_SHEET, "A1:Q160")).toEqual(before.evaluationValues);
    await page.close();
  });

  test("a new browser profile starts with an empty workbook", async () => {
    const preview = await session.fresh();
    expect(await preview.storedState()).not.toContain(RUBRIC_SHEET);
    expect(await preview.sheetNames()).not.toContain(RUBRIC_SHEET);
    await preview.openPaneTab("Rubric");
    await preview.panel.getByRole("heading", { name: "No rubric in this workbook yet" }).waitFor();
  });
});
