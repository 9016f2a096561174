// User flows shared by the scenarios, each done through the pane or the grid as a person would.
import { Locator } from "playwright-core";
import { Preview } from "./preview";
import { EVALUATIONS_SHEET, RUBRIC_SHEET } from "./workbook";
import { waitFor } from "./wait";

export const EXAMPLE_HEADING = "Proactive follow-up visit (version 1, draft)";

/** The Rubric tab's heading once a rubric is read: "<title> (version n, status)". */
export function rubricHeading(preview: Preview, text: string | RegExp = EXAMPLE_HEADING): Locator {
  return preview.panel.getByRole("heading", { level: 2, name: text });
}

/** Rubric tab → "Insert the example rubric"; waits for the pane to show it and the grid to hold both sheets. */
export async function createExample(preview: Preview): Promise<void> {
  await preview.openPaneTab("Rubric");
  await preview.panel.getByRole("button", { name: "Insert the example rubric" }).click();
  await rubricHeading(preview).waitFor({ timeout: 60000 });
  await waitFor(
    "both example sheets to be in the sheet tabs",
    () => preview.sheetNames(),
    (names) => names.includes(RUBRIC_SHEET) && names.includes(EVALUATIONS_SHEET),
  );
}

/** The Score tab's form. */
export function scoreForm(preview: Preview): Locator {
  return preview.panel.getByRole("form", { name: "Score the evaluation" });
}

/** The "Evaluation: row N · ..." caption of the Score tab. */
export async function evaluationCaption(preview: Preview): Promise<string> {
  return (await preview.panel.getByText(/^Evaluation: /).textContent()) ?? "";
}

/** Waits until the Score tab shows the evaluation in sheet row `row`. */
export async function waitForEvaluationRow(preview: Preview, row: number): Promise<void> {
  await waitFor(
    `the Score tab to show row ${row}`,
    () => evaluationCaption(preview),
    (caption) => caption.startsWith(`Evaluation: row ${row}`) || caption.startsWith(`Evaluation: row ${row} `),
  );
}

/** The live total, points and band the Score tab's summary shows. */
export async function liveSummary(preview: Preview): Promise<{ total: string; points: string; band: string }> {
  const summary = preview.panel.getByRole("status", { name: "Live total" });
  const text = async (id: string) => ((await summary.getByTestId(id).textContent()) ?? "").trim();
  return { total: await text("total"), points: await text("points"), band: await text("band") };
}

/** A criterion's levels in the Score tab: the radio group labelled "<label>: levels". */
export function levelGroup(preview: Preview, criterionId: string): Locator {
  return scoreForm(preview).locator(`section[data-criterion="${criterionId}"]`).getByRole("radiogroup");
}

/** Clicks the level whose points are `points` (the radio is named "<label> (<points>)"). */
export async function clickLevel(preview: Preview, criterionId: string, points: number): Promise<void> {
  const radio = levelGroup(preview, criterionId).getByRole("radio", { name: new RegExp(`\\(${points}\\)$`) });
  await radio.click();
  await waitFor(
    `${criterionId} level ${points} to be chosen`,
    () => radio.getAttribute("aria-checked"),
    (v) => v === "true",
  );
}

/** The criterion section (data-criterion) and role of the focused element in the pane. */
export async function focused(
  preview: Preview,
): Promise<{ criterion: string | null; role: string | null; text: string }> {
  return preview.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      criterion: el?.closest("[data-criterion]")?.getAttribute("data-criterion") ?? null,
      role: el?.getAttribute("role") ?? el?.tagName.toLowerCase() ?? null,
      text: (el?.getAttribute("aria-label") || el?.textContent || "").trim(),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `accept` holds for the focused element; fails after `max` presses. */
export async function tabUntil(
  preview: Preview,
  what: string,
  accept: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  { backwards = false, max = 60 } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await preview.page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (accept(await focused(preview))) return;
  }
  throw new Error(`no ${what} after ${max} presses of ${backwards ? "Shift+Tab" : "Tab"}`);
}

/** Fills the Score form's required Process number, Person and Reviewer (a new evaluation starts without them when
 * the device remembers no reviewer), as a reviewer types them. */
export async function fillRequired(
  preview: Preview,
  entry: { process: string; person: string; reviewer: string },
): Promise<void> {
  const form = scoreForm(preview);
  await form.getByRole("textbox", { name: /^Process number/ }).fill(entry.process);
  await form.getByRole("combobox", { name: /^Person/ }).fill(entry.person);
  await form.getByRole("textbox", { name: /^Reviewer/ }).fill(entry.reviewer);
}
