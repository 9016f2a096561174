// Chinese mode (?lang=zh) shows no English: on every tab (Rubric, Score, Export) and in the versions panel and its
// dialog, every text node the pane shows, and every label it gives assistive technology, is walked; a Latin-letter
// word fails the test unless it is an id, a unit or a name (the allow-list below).
import { Page } from "playwright-core";
import { previewBaseUrl, PREVIEW_PAGE } from "./support/env";
import { usePreview, watchPage } from "./support/session";
import { Preview } from "./support/preview";
import { waitFor } from "./support/wait";
import { CRITERIA_HEADER_ROW, EVALUATIONS_HEADER_ROW, EXAMPLE_IDS, columnLetter } from "./support/workbook";

const RUBRIC_SHEET = "proactive-visit 评分标准";
const EVALUATIONS_SHEET = "proactive-visit 评价记录";

/** Words that are the same in every language: ids, units, product and format names, keys on the keyboard. */
const ALLOWED = new Set([
  ...EXAMPLE_IDS,
  "proactive-visit", // the example rubric's id
  "rubric-proactive-visit", // the Camunda form's default id (the placeholder of its field)
  "JSON",
  "Schema", // JSON Schema
  "form-js", // Camunda's form library
  "CSV",
  "e-cology",
  "Camunda",
  "BPMN",
  "Excel",
  "Office",
  "Microsoft",
  "OA",
  "ID",
  "NA",
  "UTC",
  "sha256", // the checksum's algorithm, as the canonical JSON writes it
  // The e-cology API's own field names, shown beside the Chinese label so an administrator finds them.
  "workflowid",
  "workflowId",
  "tableDBName",
  "detailTableDBName",
  "Enter",
  "Esc",
  "Tab",
  "Delete",
  "Shift",
  "Ctrl",
]);
const ALLOWED_PATTERNS = [
  /^HF-\d+$/, // the sample's process numbers
  /^RUBRIC(\.[A-Z]+)*$/, // the sheet functions
  /^(?=[0-9a-f]*\d)[0-9a-f]{6,}$/, // checksums
  /^[A-Z]$/, // a key (N marks not applicable)
  /^[a-z]+(_[a-z0-9]+)+$/, // e-cology database field names (the placeholders of the field-name editor)
];

/** The text nodes shown under `selectors` (hidden ones skipped) and their accessible labels, placeholders and titles. */
async function shownTexts(page: Page, selectors: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const texts: string[] = [];
    for (const root of Array.from(document.querySelectorAll(selector))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !element.checkVisibility({ checkVisibilityCSS: true } as never)) continue;
        // An export's output (JSON, a form) is a file's content, not the pane's words.
        if (element.closest("pre, code, textarea")) continue;
        if ((node.textContent ?? "").trim() !== "") texts.push(node.textContent!.trim());
      }
      for (const element of Array.from(root.querySelectorAll("[aria-label],[placeholder],[title],[aria-valuetext]"))) {
        for (const attribute of ["aria-label", "placeholder", "title", "aria-valuetext"]) {
          const value = element.getAttribute(attribute);
          if (value && value.trim() !== "") texts.push(value.trim());
        }
      }
    }
    return texts;
  }, selectors);
}

/** The Latin-letter words of the texts that are on no allow-list, each with the text it stands in. */
function englishIn(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const word of text.match(/[A-Za-z][A-Za-z0-9_.\-']*/g) ?? []) {
      const bare = word.replace(/[.\-']+$/, "");
      if (ALLOWED.has(bare) || ALLOWED_PATTERNS.some((p) => p.test(bare))) continue;
      found.push(`${bare} (in "${text}")`);
    }
  }
  return [...new Set(found)];
}

const PANE = "#pane, [role='dialog']";

describe("Chinese mode shows no English in the pane", () => {
  const session = usePreview({ open: false });
  let page: Page;
  let preview: Preview;

  beforeAll(async () => {
    const context = await session.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    context.setDefaultTimeout(20000);
    page = await context.newPage();
    watchPage(page, session.problems);
    preview = new Preview(page, previewBaseUrl());
    await page.goto(`${previewBaseUrl()}/${PREVIEW_PAGE}?lang=zh`);
    await page.getByRole("tablist", { name: "任务窗格分区" }).waitFor({ timeout: 30000 });
  });

  const tab = (name: string) => page.locator("#pane").getByRole("tab", { name, exact: true });
  const panel = () => page.locator("#pane").getByRole("tabpanel");
  async function openTab(name: string) {
    await tab(name).click();
    await waitFor(
      `the ${name} tab to be selected`,
      () => tab(name).getAttribute("aria-selected"),
      (v) => v === "true",
    );
  }

  test("an empty workbook: every tab", async () => {
    for (const name of ["评分标准", "评分", "导出"]) {
      await openTab(name);
      expect(englishIn(await shownTexts(page, PANE))).toEqual([]);
    }
  });

  test("the example rubric: Rubric, Score (a row and a new evaluation) and Export tabs", async () => {
    await openTab("评分标准");
    await panel().getByRole("button", { name: "插入示例评分标准" }).click();
    await panel()
      .getByRole("heading", { level: 2, name: /主动回访流程/ })
      .waitFor({ timeout: 60000 });
    expect(englishIn(await shownTexts(page, PANE))).toEqual([]);

    // A sample row, selected in the sheet: its caption, form and live total.
    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo(`B${EVALUATIONS_HEADER_ROW + 10}`);
    await openTab("评分");
    await panel()
      .getByText(`第 ${EVALUATIONS_HEADER_ROW + 10} 行`, { exact: false })
      .first()
      .waitFor();
    const scoring = await shownTexts(page, PANE);
    expect(scoring.join(" ")).toContain("徐强"); // the Chinese sample's person of that row
    expect(englishIn(scoring)).toEqual([]);

    await openTab("导出");
    expect(englishIn(await shownTexts(page, PANE))).toEqual([]);
    // Each format the Export tab offers.
    const formats = panel().getByRole("radio");
    for (let i = 0; i < (await formats.count()); i++) {
      await formats.nth(i).check();
      expect(englishIn(await shownTexts(page, PANE))).toEqual([]);
    }
    // The payloads' field names, opened: labels in Chinese beside the database names.
    await panel().getByRole("radio", { name: /请求数据/ }).check();
    await panel().getByRole("button", { name: /^字段名/ }).click();
    await panel().getByRole("heading", { name: "明细表" }).waitFor();
    expect(englishIn(await shownTexts(page, PANE))).toEqual([]);
  });

  test("the versions panel: a draft change, its publish dialog, the history", async () => {
    // OAUSE's weight, typed in the grid: a draft change the Rubric tab lists.
    await preview.showSheet(RUBRIC_SHEET);
    const header = (await preview.values(RUBRIC_SHEET, `A${CRITERIA_HEADER_ROW}:L${CRITERIA_HEADER_ROW}`))[0];
    const ids = await preview.values(RUBRIC_SHEET, `A${CRITERIA_HEADER_ROW + 1}:A${CRITERIA_HEADER_ROW + 7}`);
    const weightCell = `${columnLetter(header.indexOf("权重"))}${CRITERIA_HEADER_ROW + 1 + ids.findIndex((r) => r[0] === "OAUSE")}`;
    await preview.clickCell(weightCell);
    await waitFor(
      `${weightCell} to be active`,
      () => preview.activeAddress(),
      (a) => a === weightCell,
    );
    await preview.typeIntoActiveCell("40");
    await openTab("评分标准");
    await panel().getByText("OAUSE 权重 25 → 40").first().waitFor({ timeout: 20000 });
    expect(englishIn(await shownTexts(page, PANE))).toEqual([]);

    await panel().getByRole("button", { name: "发布…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(englishIn(await shownTexts(page, PANE))).toEqual([]);
    await dialog.getByRole("textbox").first().fill("OAUSE 对回访更重要");
    await dialog.getByRole("button", { name: "发布", exact: true }).click();
    await dialog.waitFor({ state: "hidden", timeout: 20000 });
    await panel().getByText("OAUSE 对回访更重要").first().waitFor({ timeout: 20000 });
    expect(englishIn(await shownTexts(page, PANE))).toEqual([]);
  });
});
