// Issue 12, item 2: three new evaluations scored by keyboard alone with Save and next, counting the keys. The
// device remembers the reviewer (as after a first save), so a new evaluation starts with the reviewer's own Person
// and Team; per evaluation the reviewer presses one digit per criterion (focus moves on by itself), types the
// process number (the one required field still empty, where focus lands after the last criterion), and Ctrl+Enter.
import { scoreEvaluation } from "../../src/rubric/score";
import { exampleRubric } from "../../src/rubric/example";
import { createExample, evaluationCaption, focused, scoreForm, waitForEvaluationRow } from "./support/flows";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import { EVALUATIONS_HEADER_ROW, EXAMPLE_IDS, mismatches, readEvaluations, readTables } from "./support/workbook";

const SAMPLE_ROWS = 146;
const FIRST_NEW = EVALUATIONS_HEADER_ROW + SAMPLE_ROWS + 1; // sheet row 150
const REVIEWER = "Process owner";
const MAX_KEYS = 12;

/** What the reviewer enters for each new row: a digit per criterion (the level's position) and a process number. */
const entries = [
  { row: FIRST_NEW + 2, digits: "4322431", process: "701", scores: [10, 7, 4, 4, 10, 7, 0] },
  { row: FIRST_NEW, digits: "3333332", process: "702", scores: [7, 7, 7, 7, 7, 7, 1] },
  { row: FIRST_NEW + 1, digits: "2224441", process: "703", scores: [4, 4, 4, 10, 10, 10, 0] },
];

describe("scoring by keyboard alone", () => {
  const session = usePreview();

  beforeAll(async () => {
    await createExample(session.preview);
  });

  test(`three new evaluations with Save and next, at most ${MAX_KEYS} keys each`, async () => {
    const { preview } = session;
    const { page } = preview;
    await page.evaluate((name) => localStorage.setItem("rubric-workbench:reviewer:proactive-visit", name), REVIEWER);
    await preview.openPaneTab("Score");
    // Three new rows (150–152); the form shows the last, focus on its first criterion.
    for (let i = 0; i < 3; i++) {
      await preview.panel.getByRole("button", { name: "New evaluation", exact: true }).click();
      await waitForEvaluationRow(preview, FIRST_NEW + i);
    }

    let keys = 0;
    const press = async (key: string) => {
      keys++;
      await page.keyboard.press(key);
    };
    const focusIs = (
      what: string,
      accept: (f: Awaited<ReturnType<typeof focused>> & { field: string | null }) => boolean,
    ) =>
      waitFor(
        what,
        async () => ({
          ...(await focused(preview)),
          field: await page.evaluate(() => document.activeElement?.getAttribute("data-field") ?? null),
        }),
        accept,
      );

    const counts: number[] = [];
    for (const entry of entries) {
      await waitForEvaluationRow(preview, entry.row);
      await focusIs(`row ${entry.row}: focus on PREP's levels`, (f) => f.criterion === "PREP" && f.role === "radio");
      keys = 0;
      for (const digit of entry.digits) await press(digit);
      await focusIs(`row ${entry.row}: focus on the process number`, (f) => f.field === "process");
      for (const char of entry.process) await press(char);
      await press("Control+Enter");
      counts.push(keys);
      await waitFor(
        `row ${entry.row} to be saved`,
        () => readEvaluations(preview),
        (t) => t.rows[entry.row - EVALUATIONS_HEADER_ROW - 1]?.[t.column("Process")] === entry.process,
      );
    }
    // After the third, no row is left unscored: the pane says so and stays on the form.
    await preview.panel.getByText("Every evaluation is scored.").waitFor();
    expect(await evaluationCaption(preview)).toMatch(new RegExp(`^Evaluation: row ${FIRST_NEW + 1} `));
    expect(await scoreForm(preview).getByRole("status").filter({ hasText: "Saved" }).count()).toBe(1);

    expect(counts).toEqual(entries.map((e) => e.digits.length + e.process.length + 1));
    for (const count of counts) expect(count).toBeLessThanOrEqual(MAX_KEYS);
    console.log(`keys per 7-criterion evaluation: ${counts.join(", ")}`);

    const table = await readEvaluations(preview);
    const rubric = exampleRubric("en");
    for (const entry of entries) {
      const cells = table.rows[entry.row - EVALUATIONS_HEADER_ROW - 1];
      expect(EXAMPLE_IDS.map((id) => cells[table.column(id)])).toEqual(entry.scores);
      // Text stays text ("701", not 701); the reviewer's own last Person and Team (sheet row 149 is theirs).
      expect(cells.slice(table.column("Process"), table.column("Reviewer") + 1)).toEqual([
        entry.process,
        "Wu Xia",
        "Team 3 / 客服三组",
        REVIEWER,
      ]);
      const values = Object.fromEntries(EXAMPLE_IDS.map((id, i) => [id, entry.scores[i]]));
      const outcome = scoreEvaluation(rubric, values);
      expect(outcome.status).toBe("total");
      if (outcome.status === "total") expect(cells[table.column("Total")]).toBe(outcome.total);
    }
    expect(mismatches(await readTables(preview))).toEqual([]);
  });
});
