// (g) Accessibility: axe-core on the preview page with the task pane open, in each of its states; no violation of
// impact serious or critical (others are listed on stderr).
import AxeBuilder from "@axe-core/playwright";
type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];
import { createExample } from "./support/flows";
import { Preview } from "./support/preview";
import { usePreview } from "./support/session";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

function describeViolations(violations: Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`)
          .join("\n"),
    )
    .join("\n");
}

async function audit(preview: Preview, state: string): Promise<Result[]> {
  const results = await new AxeBuilder({ page: preview.page })
    .withTags(TAGS)
    // Fluent's focus helpers (tabster's "dummy" elements, <i data-tabster-dummy aria-hidden tabindex=0>) redirect
    // focus the moment they get it; axe's aria-hidden-focus flags them, a known false positive (Fluent UI's
    // "By Design" answer on microsoft/fluentui#27517, microsoft/tabster#288).
    .exclude("[data-tabster-dummy]")
    // Only violations' nodes: listing every passing node makes the result, and the run, many times larger.
    .options({ resultTypes: ["violations"] })
    // One axe.run in the page: the page has no frame of its own to audit (office.js's telemetry frame goes nowhere
    // here), and the partial-results mode spends seconds moving results between pages.
    .setLegacyMode(true)
    .analyze();
  const minor = results.violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
  if (minor.length > 0) process.stderr.write(`\naxe, ${state}, minor or moderate:\n${describeViolations(minor)}\n`);
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe("accessibility of the page with the task pane open (axe-core)", () => {
  const session = usePreview();

  test("an empty workbook, Rubric tab", async () => {
    const { preview } = session;
    await preview.openPaneTab("Rubric");
    await preview.panel.getByRole("heading", { name: "No rubric in this workbook yet" }).waitFor();
    const serious = await audit(preview, "empty workbook, Rubric tab");
    expect(describeViolations(serious)).toBe("");
  });

  test("the example rubric, Rubric tab", async () => {
    const { preview } = session;
    await createExample(preview);
    const serious = await audit(preview, "example, Rubric tab");
    expect(describeViolations(serious)).toBe("");
  });

  test("the example rubric, Score tab with an evaluation", async () => {
    const { preview } = session;
    await preview.openPaneTab("Score");
    await preview.panel.getByRole("form", { name: "Score the evaluation" }).waitFor();
    const serious = await audit(preview, "example, Score tab");
    expect(describeViolations(serious)).toBe("");
  });

  test("the example rubric, Export tab", async () => {
    const { preview } = session;
    await preview.openPaneTab("Export");
    await preview.panel.getByTestId("checksum").waitFor({ timeout: 30000 });
    const serious = await audit(preview, "example, Export tab");
    expect(describeViolations(serious)).toBe("");
  });
});
