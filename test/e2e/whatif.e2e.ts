// The what-if in the preview, on the example (146 evaluations under version 1): dragging PREP's weight slider moves
// the histogram and the band transitions at once; Apply to draft writes the weight; publishing it as version 2 and
// applying version 2 to every evaluation gives the sheet the totals and points the pane showed "after" the drag.
import * as path from "path";
import { createExample } from "./support/flows";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import { readEvaluations } from "./support/workbook";

describe("what-if", () => {
  const session = usePreview();

  beforeAll(async () => {
    await createExample(session.preview);
  });

  test("drag a weight, see the impact, apply it, and the sheet agrees with the pane", async () => {
    const { preview, page } = session;
    await preview.openPaneTab("What-if");
    const panel = preview.panel;
    const summary = panel.getByTestId("whatif-summary");
    await summary.waitFor({ timeout: 30_000 });
    const histogram = panel.getByTestId("whatif-histogram");
    const transitions = panel.getByTestId("whatif-transitions");
    const beforeHistogram = await histogram.getAttribute("data-before");
    expect(await histogram.getAttribute("data-after")).toBe(beforeHistogram);
    const transitionsBefore = await transitions.textContent();

    // Drag PREP's weight slider most of the way right.
    const slider = panel.getByRole("slider", { name: "Weight of PREP" });
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.15, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const weight = Number(await panel.getByRole("textbox", { name: "Weight of PREP" }).inputValue());
    expect(weight).toBeGreaterThan(30);

    expect(await histogram.getAttribute("data-after")).not.toBe(beforeHistogram);
    // SCREENSHOTS=<folder>: the README's picture of the what-if after the drag.
    if (process.env.SCREENSHOTS) {
      await panel.getByTestId("whatif-summary").scrollIntoViewIfNeeded();
      await preview.pane.screenshot({ path: path.join(process.env.SCREENSHOTS, "whatif.png") });
    }
    expect(await transitions.textContent()).not.toBe(transitionsBefore);
    const meanAfter = Number(await summary.getAttribute("data-mean-after"));
    const pointsAfter = Number(await summary.getAttribute("data-points-after"));
    const totalsAfter = Number(await summary.getAttribute("data-totals-after"));

    await panel.getByRole("button", { name: "Apply to draft" }).click();
    await panel.getByRole("status").filter({ hasText: "0 changes tried" }).waitFor({ timeout: 20_000 });

    // Publish the draft as version 2 and apply it to every evaluation.
    await preview.openPaneTab("Rubric");
    const draft = preview.panel.getByRole("region", { name: /Unpublished changes/ });
    await draft.getByText(`PREP weight 15 → ${weight}`).waitFor({ timeout: 20_000 });
    await draft.getByRole("button", { name: "Publish…" }).click();
    const publish = page.getByRole("dialog", { name: /Publish version 2/ });
    await publish.getByRole("textbox", { name: /Note/ }).fill("PREP weighs more, tried in the what-if");
    await publish.getByRole("button", { name: "Publish", exact: true }).click();
    await publish.waitFor({ state: "hidden", timeout: 20_000 });
    const history = preview.panel.getByRole("region", { name: "Versions", exact: true });
    await history
      .getByText(/Version 2/)
      .first()
      .waitFor({ timeout: 20_000 });
    await history.getByRole("button", { name: "Apply to evaluations…" }).first().click();
    const apply = page.getByRole("dialog", { name: "Apply version 2 to evaluations" });
    await apply.getByRole("radio", { name: "All evaluations" }).check();
    await apply.getByRole("button", { name: "Apply version 2" }).click();

    const table = await waitFor(
      "every evaluation to be under version 2",
      () => readEvaluations(preview),
      (t) => t.rows.length > 0 && t.rows.every((row) => row[t.column("Rubric version")] === 2),
      { timeout: 60_000 },
    );
    const totals = table.rows
      .map((row) => row[table.column("Total")])
      .filter((v): v is number => typeof v === "number");
    const points = table.rows
      .map((row) => row[table.column("Points")])
      .filter((v): v is number => typeof v === "number");
    expect(totals.length).toBe(totalsAfter);
    expect(totals.reduce((a, b) => a + b, 0) / totals.length).toBeCloseTo(meanAfter, 9);
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(pointsAfter, 9);
  });
});
