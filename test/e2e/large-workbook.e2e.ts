// (7) The reviewer's interactions at 10,000 evaluations, in the browser preview: each timed in the page from the
// input event (the click, or Enter in the name box) to the pane showing its result (a MutationObserver on the pane),
// median of a few runs. One JSON line per figure on stdout and in bench/results/e2e-large.json; only a generous
// bound is asserted, since machines are noisy. The targets are in each figure (target_ms).
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { clickLevel, evaluationCaption, scoreForm, waitForEvaluationRow } from "./support/flows";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import { EVALUATIONS_HEADER_ROW, EVALUATIONS_SHEET, columnLetter, readEvaluations } from "./support/workbook";

const EVALUATIONS = 10_000;
/** test/preview/seed.ts leaves the last criterion of every 50th row blank. */
const UNSCORED_EVERY = 50;
const RUNS = 5;
const WARM_UP = 1;
const SANITY_BOUND_MS = 30_000;
const RESULTS = path.resolve(__dirname, "../../bench/results/e2e-large.json");

/** What starts the clock: a click on a pane button with this text, or Enter in the name box. */
type Trigger = { click: string } | { enterIn: string };
/** What stops it: the pane's caption names this sheet row; no "Unsaved changes" mark; a criterion shows a weight. */
type Done = { captionRow: number } | { saved: true } | { weight: { id: string; weight: number } };

interface Timing {
  start?: number;
  end?: number;
}

declare global {
  interface Window {
    __timing?: Timing;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Arms the page's clock: it starts on the trigger's event (capture phase, before any handler of the page) and
 * stops at the first change of the pane's DOM after which `done` holds. */
async function arm(page: Page, trigger: Trigger, done: Done): Promise<void> {
  await page.evaluate(
    ([trigger, done]) => {
      const timing: Timing = {};
      window.__timing = timing;
      const pane = document.getElementById("pane")!;
      const holds = (): boolean => {
        if ("captionRow" in done)
          return new RegExp(`Evaluation: row ${done.captionRow}(?!\\d)`).test(pane.textContent ?? "");
        if ("saved" in done) return pane.querySelector('[data-testid="unsaved"]') === null;
        // The editor closed and the criterion's actions enabled again: the edit is written and read back.
        const item = pane.querySelector(`li[data-criterion="${done.weight.id}"]`);
        const more = item?.querySelector<HTMLButtonElement>(`button[aria-label="More actions for ${done.weight.id}"]`);
        return item?.querySelector("form") === null && !!more && !more.disabled;
      };
      const observer = new MutationObserver(() => {
        if (timing.start === undefined || !holds()) return;
        timing.end = performance.now();
        observer.disconnect();
      });
      observer.observe(pane, { subtree: true, childList: true, characterData: true, attributes: true });
      const [type, matches] =
        "click" in trigger
          ? ["click", (e: Event) => (e.target as Element).closest?.("button")?.textContent?.trim() === trigger.click]
          : [
              "keydown",
              (e: Event) =>
                (e as KeyboardEvent).key === "Enter" &&
                (e.target as Element).getAttribute?.("aria-label") === trigger.enterIn,
            ];
      const start = (e: Event) => {
        if (!matches(e)) return;
        timing.start = performance.now();
        document.removeEventListener(type as string, start, true);
      };
      document.addEventListener(type as string, start, true);
    },
    [trigger, done] as const,
  );
}

/** Milliseconds from the trigger to `done`, once `act` has fired the trigger. */
async function timed(page: Page, trigger: Trigger, done: Done, act: () => Promise<void>): Promise<number> {
  await arm(page, trigger, done);
  await act();
  await page.waitForFunction(() => window.__timing?.end !== undefined, undefined, { timeout: 60_000 });
  const { start, end } = await page.evaluate(() => window.__timing!);
  return Math.round((end! - start!) * 10) / 10;
}

describe(`the pane at ${EVALUATIONS.toLocaleString("en")} evaluations`, () => {
  const session = usePreview();
  const figures: Record<string, unknown>[] = [];
  let seedMs = 0;

  /** Runs `once` WARM_UP + RUNS times (its argument: the run's number, from 0) and records the figure. */
  async function measure(name: string, what: string, targetMs: number, once: (run: number) => Promise<number>) {
    const runs: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const ms = await once(i);
      if (i >= WARM_UP) runs.push(ms);
    }
    const figure = {
      name,
      what,
      median_ms: median(runs),
      runs,
      warm_up: WARM_UP,
      evaluations: EVALUATIONS,
      target_ms: targetMs,
    };
    process.stdout.write(`${JSON.stringify(figure)}\n`);
    figures.push(figure);
    expect(runs).toHaveLength(RUNS);
    expect(figure.median_ms).toBeGreaterThan(0);
    expect(figure.median_ms).toBeLessThan(SANITY_BOUND_MS);
  }

  beforeAll(async () => {
    const { preview, page } = session;
    await preview.openPaneTab("Score");
    seedMs = await page.evaluate(async (count) => {
      const t0 = performance.now();
      await (
        window as unknown as { rubricPreview: { seedExample(n: number): Promise<void> } }
      ).rubricPreview.seedExample(count);
      return performance.now() - t0;
    }, EVALUATIONS);
    // The first read builds the whole calculation: slow, and not one of the figures.
    await waitFor(
      "the Score tab to show the first evaluation",
      () => evaluationCaption(preview),
      (caption) => caption.startsWith(`Evaluation: row ${EVALUATIONS_HEADER_ROW + 1} `),
      { timeout: 180_000, interval: 500 },
    );
    const table = await readEvaluations(preview);
    expect(table.rows.length).toBeGreaterThanOrEqual(2000); // the helper reads the first 2,000 rows at most
  }, 300_000);

  afterAll(() => {
    const seed = {
      name: "large.seed",
      what: "writing the example rubric with the evaluations (createRubric, test only)",
      ms: Math.round(seedMs),
      evaluations: EVALUATIONS,
    };
    process.stdout.write(`${JSON.stringify(seed)}\n`);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, [...figures, seed].map((f) => `${JSON.stringify(f)}\n`).join(""));
  });

  test("select a row in the grid: the form shows it", async () => {
    const { preview, page } = session;
    await preview.showSheet(EVALUATIONS_SHEET);
    const column = columnLetter(8); // a score column
    await measure(
      "large.select",
      "Enter in the name box on a row's cell to the Score tab's caption naming it",
      150,
      async (i) => {
        const row = EVALUATIONS_HEADER_ROW + 1 + 1500 * (i + 1) + i;
        await preview.nameBox.click();
        await preview.nameBox.fill(`${column}${row}`);
        return timed(page, { enterIn: "Name box" }, { captionRow: row }, () => preview.nameBox.press("Enter"));
      },
    );
  });

  test("Next unscored: the form shows the next row with a blank criterion", async () => {
    const { preview, page } = session;
    const from = EVALUATIONS_HEADER_ROW + 1 + 3000;
    await preview.goTo(`${columnLetter(8)}${from}`);
    await waitForEvaluationRow(preview, from);
    await measure(
      "large.next_unscored",
      "click on Next unscored to the caption naming the next unscored row",
      200,
      async (i) => {
        // Rows 50, 100, ... (data rows 49, 99, ...) are the unscored ones.
        const row = EVALUATIONS_HEADER_ROW + (Math.floor(3000 / UNSCORED_EVERY) + i + 1) * UNSCORED_EVERY;
        return timed(page, { click: "Next unscored" }, { captionRow: row }, () =>
          scoreForm(preview).getByRole("button", { name: "Next unscored" }).click(),
        );
      },
    );
  });

  test("Save: the form's change is written", async () => {
    const { preview, page } = session;
    const row = EVALUATIONS_HEADER_ROW + 1 + 4000;
    await preview.goTo(`${columnLetter(8)}${row}`);
    await waitForEvaluationRow(preview, row);
    const levels = [0, 10, 4, 0, 10, 4];
    await measure(
      "large.save",
      "click on Save (one level changed) to the form no longer marked unsaved",
      300,
      async (i) => {
        // A level other than the one the row holds, so that the form has something to save.
        for (const level of [levels[i], ...[0, 4, 7, 10].filter((l) => l !== levels[i])]) {
          await clickLevel(preview, "PREP", level);
          levels[i] = level;
          if (await preview.panel.getByTestId("unsaved").isVisible()) break;
        }
        await preview.panel.getByTestId("unsaved").waitFor();
        return timed(page, { click: "Save" }, { saved: true }, () =>
          scoreForm(preview).getByRole("button", { name: "Save", exact: true }).click(),
        );
      },
    );
    const table = await readEvaluations(preview);
    const prep = table.column("PREP");
    const cell = `${columnLetter(prep)}${row}`;
    await waitFor(
      `${cell} to hold the last saved level`,
      () => preview.value(EVALUATIONS_SHEET, cell),
      (v) => v === levels[RUNS],
    );
  });

  test("New evaluation: the form shows a new row under the last", async () => {
    const { preview, page } = session;
    await measure(
      "large.new_evaluation",
      "click on New evaluation to the caption naming the new row",
      300,
      async (i) => {
        const row = EVALUATIONS_HEADER_ROW + EVALUATIONS + i + 1;
        return timed(page, { click: "New evaluation" }, { captionRow: row }, () =>
          scoreForm(preview).getByRole("button", { name: "New evaluation" }).click(),
        );
      },
    );
  });

  test("an edit in the Rubric tab: a criterion's weight applied", async () => {
    const { preview, page } = session;
    await preview.openPaneTab("Rubric");
    const weights = [25, 30, 35, 40, 45, 50];
    await measure(
      "large.edit_weight",
      "click on Apply (PREP's weight changed in the pane) to the pane showing the new weight",
      1000,
      async (i) => {
        const item = preview.panel.locator('li[data-criterion="PREP"]');
        const more = item.getByRole("button", { name: "More actions for PREP" });
        await waitFor(
          "PREP's actions to be enabled",
          () => more.isEnabled(),
          (v) => v,
          { timeout: 60_000 },
        );
        await more.click();
        await page.getByRole("menuitem", { name: "Edit PREP" }).click();
        await item
          .getByRole("spinbutton", { name: "Weight" })
          .or(item.getByRole("textbox", { name: "Weight" }))
          .fill(String(weights[i]));
        return timed(page, { click: "Apply" }, { weight: { id: "PREP", weight: weights[i] } }, () =>
          item.getByRole("button", { name: "Apply" }).click(),
        );
      },
    );
  });
});
