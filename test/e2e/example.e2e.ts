// (a) A new workbook: create the example rubric from the pane; the evaluations sheet holds the 146 sample rows.
import { createExample, rubricHeading } from "./support/flows";
import { usePreview } from "./support/session";
import {
  EVALUATIONS_HEADER_ROW,
  EVALUATIONS_SHEET,
  EXAMPLE_IDS,
  RUBRIC_SHEET,
  columnLetter,
  readEvaluations,
} from "./support/workbook";

describe("creating the example rubric from the pane", () => {
  const session = usePreview();

  test("an empty workbook offers the example on the Rubric tab", async () => {
    const { preview } = session;
    await preview.openPaneTab("Rubric");
    await preview.panel.getByRole("heading", { name: "No rubric in this workbook yet" }).waitFor();
    expect(await preview.sheetNames()).not.toContain(RUBRIC_SHEET);
  });

  test("Insert the example rubric writes the rubric and 146 sample evaluations", async () => {
    const { preview } = session;
    await createExample(preview);
    expect(await rubricHeading(preview).isVisible()).toBe(true);

    // The pane lists the seven criteria.
    const criteria = preview.panel.locator("li[data-criterion]");
    expect(await criteria.evaluateAll((items) => items.map((li) => li.getAttribute("data-criterion")))).toEqual(
      EXAMPLE_IDS,
    );

    // The evaluations sheet, as the grid shows it.
    await preview.showSheet(EVALUATIONS_SHEET);
    expect(await preview.grid.getAttribute("aria-label")).toBe(EVALUATIONS_SHEET);
    const table = await readEvaluations(preview);
    expect(table.header).toEqual([
      "Date",
      "Process",
      "Person",
      "Team",
      "Reviewer",
      ...EXAMPLE_IDS,
      "Comment",
      "Rubric version",
      "Total",
      "Points",
      "Band",
      "Key",
    ]);
    expect(table.rows).toHaveLength(146);
    const process = table.column("Process");
    expect(table.rows.map((row) => row[process])).toEqual(
      Array.from({ length: 146 }, (_, i) => `HF-18090${String(i + 1).padStart(3, "0")}`),
    );
    // Every sample row is fully scored, so every Total is a number.
    const total = table.column("Total");
    expect(table.rows.filter((row) => typeof row[total] !== "number")).toEqual([]);

    // The first and last rows on screen, and nothing under the last.
    const first = EVALUATIONS_HEADER_ROW + 1;
    const last = EVALUATIONS_HEADER_ROW + 146;
    const processLetter = columnLetter(process);
    await preview.goTo(`${processLetter}${first}`);
    expect(await preview.cellText(`${processLetter}${first}`)).toBe("HF-18090001");
    await preview.goTo(`${processLetter}${last}`);
    expect(await preview.cellText(`${processLetter}${last}`)).toBe("HF-18090146");
    await preview.goTo(`${processLetter}${last + 1}`);
    expect(await preview.cellText(`${processLetter}${last + 1}`)).toBe("");
  });
});
