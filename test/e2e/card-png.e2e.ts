// The evaluation card as a PNG in real Chromium: the Review tab on the example, a scored row selected, Download PNG.
// The file is a PNG (its signature), twice the card's CSS size wide, as tall as a card is, and has text on it (dark
// pixels, counted by drawing the downloaded image on a canvas in the page).
import { copyFileSync, readFileSync } from "fs";
import * as path from "path";
import { Download } from "playwright-core";
import { previewBaseUrl, PREVIEW_PAGE } from "./support/env";
import { createExample } from "./support/flows";
import { Preview } from "./support/preview";
import { EVALUATIONS_SHEET } from "./support/workbook";
import { usePreview, watchPage } from "./support/session";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The layout's width (640 CSS px and 16 px margins), at twice the size. */
const WIDTH = (640 + 2 * 16) * 2;

/** The downloaded file's bytes, and its width and height from the IHDR chunk (big-endian, at bytes 16 and 20). */
async function pngOf(download: Download, copyAs: string) {
  const file = (await download.path())!;
  const bytes = readFileSync(file);
  // SCREENSHOTS=<folder>: the downloaded card, to look at.
  if (process.env.SCREENSHOTS) copyFileSync(file, path.join(process.env.SCREENSHOTS, copyAs));
  expect([...bytes.subarray(0, 8)]).toEqual(SIGNATURE);
  expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
  return { bytes, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Selects the first scored row of the example's evaluations (F holds the first criterion's score). */
async function selectScoredRow(preview: Preview, sheet = EVALUATIONS_SHEET): Promise<number> {
  await preview.showSheet(sheet);
  const scores = await preview.values(sheet, "F4:F12");
  const scored = scores.findIndex(([value]) => typeof value === "number");
  expect(scored).toBeGreaterThanOrEqual(0);
  await preview.goTo(`F${4 + scored}`);
  return 4 + scored;
}

describe("the evaluation card as a PNG", () => {
  const session = usePreview();

  test("Download PNG on the Review tab downloads a PNG of the selected evaluation's card", async () => {
    const { preview } = session;
    await createExample(preview);
    const row = await selectScoredRow(preview);
    await preview.openPaneTab("Review");
    const period = preview.panel.getByRole("combobox", { name: "Period" });
    await period.waitFor({ timeout: 20000 });
    await period.selectOption("all");
    const card = preview.panel.getByTestId("review-card");
    await card.waitFor({ timeout: 20000 });
    expect(await card.getAttribute("data-row")).toBe(String(row));

    const started = preview.page.waitForEvent("download");
    await card.getByRole("button", { name: "Download PNG" }).click();
    const download = await started;
    expect(download.suggestedFilename()).toMatch(/^[\w.-]+-v1-[\w.-]+\.png$/);
    const { bytes, width, height } = await pngOf(download, "card.png");
    process.stdout.write(`\ncard PNG: ${width} × ${height} px, ${bytes.length} bytes\n`);
    expect(width).toBe(WIDTH);
    // The example's card: a heading, six fields, a dozen criteria, the sum and results: taller than wide, and not
    // absurdly so.
    expect(height).toBeGreaterThan(800);
    expect(height).toBeLessThan(4000);

    // Drawn, not blank: the page decodes the file and counts its dark (text) pixels and its white ones.
    const pixels = await preview.page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      let white = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] < 96 && data[i + 1] < 96 && data[i + 2] < 96) dark++;
        if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) white++;
      }
      return { dark, white, all: data.length / 4 };
    }, bytes.toString("base64"));
    expect(pixels.dark / pixels.all).toBeGreaterThan(0.01);
    expect(pixels.white / pixels.all).toBeGreaterThan(0.5);
    // No failure said.
    expect(await card.getByText(/cannot draw|too long|no image|Could not/).count()).toBe(0);
  });

  test("in Chinese: 下载 PNG downloads the Chinese pane's card, as wide", async () => {
    // A context of its own: empty storage, so the preview starts with an empty workbook.
    const context = await session.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    context.setDefaultTimeout(20000);
    const page = await context.newPage();
    watchPage(page, session.problems);
    const preview = new Preview(page, previewBaseUrl());
    await page.goto(`${previewBaseUrl()}/${PREVIEW_PAGE}?lang=zh`);
    const pane = page.locator("#pane");
    await pane.getByRole("tab", { name: "评分标准", exact: true }).click();
    await pane.getByRole("button", { name: "插入示例评分标准" }).click();
    await pane.getByRole("heading", { level: 2, name: /主动回访流程/ }).waitFor({ timeout: 60000 });
    const row = await selectScoredRow(preview, "proactive-visit 评价记录");
    await pane.getByRole("tab", { name: "周评", exact: true }).click();
    const period = pane.getByRole("combobox", { name: "期间" });
    await period.waitFor({ timeout: 20000 });
    await period.selectOption("all");
    const card = pane.getByTestId("review-card");
    await card.waitFor({ timeout: 20000 });
    expect(await card.getAttribute("data-row")).toBe(String(row));
    const started = page.waitForEvent("download");
    await card.getByRole("button", { name: "下载 PNG" }).click();
    const { width, height } = await pngOf(await started, "card.zh.png");
    process.stdout.write(`\ncard PNG in Chinese: ${width} × ${height} px\n`);
    expect(width).toBe(WIDTH);
    expect(height).toBeGreaterThan(800);
    expect(height).toBeLessThan(4000);
    await context.close();
  });
});
