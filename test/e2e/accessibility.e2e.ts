// (g) Accessibility: axe-core on the preview page with the task pane open, in each of its states and in both themes
// (Office's light and dark); no violation of impact serious or critical (others are listed on stderr).
import AxeBuilder from "@axe-core/playwright";
type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];
import { createExample } from "./support/flows";
import { Preview } from "./support/preview";
import { previewBaseUrl } from "./support/env";
import { usePreview, watchPage } from "./support/session";
import { waitFor } from "./support/wait";

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

/** The background the page paints behind the pane's heading and behind the grid, as "rgb(r, g, b)". */
async function backgrounds(preview: Preview): Promise<{ pane: string; grid: string }> {
  const painted = (selector: string) =>
    preview.page.evaluate((sel) => {
      // The first ancestor (or itself) that paints a background.
      for (let el = document.querySelector(sel); el; el = el.parentElement) {
        const color = getComputedStyle(el).backgroundColor;
        if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
      }
      return "none";
    }, selector);
  return { pane: await painted("#pane h1"), grid: await painted('[role="grid"]') };
}

/** Dark: each channel of an "rgb(r, g, b)" colour below a third of full. */
const isDark = (color: string) => {
  const channels = (/rgba?\(([^)]+)\)/.exec(color)?.[1] ?? "").split(",").slice(0, 3).map(Number);
  return channels.length === 3 && channels.every((c) => c < 85);
};

// Every tab in both themes: the preview reports ?theme=dark to the pane as Office's dark theme, and its grid follows.
describe.each(["light", "dark"] as const)(
  "accessibility of the page with the task pane open, %s theme (axe-core)",
  (theme) => {
    const session = usePreview({ search: theme === "dark" ? "?theme=dark" : "" });

    test("an empty workbook, Rubric tab", async () => {
      const { preview } = session;
      await preview.openPaneTab("Rubric");
      await preview.panel.getByRole("heading", { name: "No rubric in this workbook yet" }).waitFor();
      await preview.grid.waitFor();
      const painted = await backgrounds(preview);
      expect({ pane: isDark(painted.pane), grid: isDark(painted.grid) }).toEqual({
        pane: theme === "dark",
        grid: theme === "dark",
      });
      const serious = await audit(preview, `empty workbook, Rubric tab, ${theme}`);
      expect(describeViolations(serious)).toBe("");
    });

    test("the example rubric, Rubric tab", async () => {
      const { preview } = session;
      await createExample(preview);
      const serious = await audit(preview, `example, Rubric tab, ${theme}`);
      expect(describeViolations(serious)).toBe("");
    });

    test("the example rubric, Score tab with an evaluation", async () => {
      const { preview } = session;
      await preview.openPaneTab("Score");
      await preview.panel.getByRole("form", { name: "Score the evaluation" }).waitFor();
      const serious = await audit(preview, `example, Score tab, ${theme}`);
      expect(describeViolations(serious)).toBe("");
    });

    test("the example rubric, Export tab", async () => {
      const { preview } = session;
      await preview.openPaneTab("Export");
      await preview.panel.getByTestId("checksum").waitFor({ timeout: 30000 });
      const serious = await audit(preview, `example, Export tab, ${theme}`);
      expect(describeViolations(serious)).toBe("");
    });
  },
);

describe("the browser's colour preference, without ?theme=", () => {
  const session = usePreview({ open: false });

  test.each(["dark", "light"] as const)(
    "prefers-color-scheme: %s shows the pane and the grid in that scheme, and follows a change",
    async (scheme) => {
      const context = await session.browser.newContext({
        viewport: { width: 1600, height: 1000 },
        colorScheme: scheme,
      });
      try {
        const page = await context.newPage();
        watchPage(page, session.problems);
        const preview = new Preview(page, previewBaseUrl());
        await preview.open();
        await preview.grid.waitFor();
        const painted = await backgrounds(preview);
        expect({ pane: isDark(painted.pane), grid: isDark(painted.grid) }).toEqual({
          pane: scheme === "dark",
          grid: scheme === "dark",
        });
        // A change of preference while the page is open reaches the pane as Office's theme-changed event.
        await page.emulateMedia({ colorScheme: scheme === "dark" ? "light" : "dark" });
        await waitFor(
          "the pane to follow the new preference",
          () => backgrounds(preview),
          (now) => isDark(now.pane) === (scheme !== "dark") && isDark(now.grid) === (scheme !== "dark"),
        );
      } finally {
        await context.close();
      }
    },
  );
});
