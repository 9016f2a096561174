// The evaluation card as a PNG in real Chromium: the Review tab on the example, a scored row selected, Download PNG.
// The file is a PNG (its signature), twice the card's CSS size wide, as tall as a card is, and has text on it (dark
// pixels, counted by drawing the downloaded image on a canvas in the page).
import { copyFileSync, readFileSync } from "fs";
import * as path from "path";
import { createExample } from "./support/flows";
import { EVALUATIONS_SHEET } from "./support/workbook";
import { usePreview } from "./support/session";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The layout's width (640 CSS px and 16 px margins), at twice the size. */
const WIDTH = (640 + 2 * 16) * 2;

describe("the evaluation card as a PNG", () => {
  const session = usePreview();

  test("Download PNG on the Review tab downloads a PNG of the selected evaluation's card", async () => {
    const { preview } = session;
    await createExample(preview);
    await preview.showSheet(EVALUATIONS_SHEET);
    const scores = await preview.values(EVALUATIONS_SHEET, "F4:F12");
    const scored = scores.findIndex(([value]) => typeof value === "number");
    expect(scored).toBeGreaterThanOrEqual(0);
    await preview.goTo(`F${4 + scored}`);
    await preview.openPaneTab("Review");
    const period = preview.panel.getByRole("combobox", { name: "Period" });
    await period.waitFor({ timeout: 20000 });
    await period.selectOption("all");
    const card = preview.panel.getByTestId("review-card");
    await card.waitFor({ timeout: 20000 });
    expect(await card.getAttribute("data-row")).toBe(String(4 + scored));

    const started = preview.page.waitForEvent("download");
    await card.getByRole("button", { name: "Download PNG" }).click();
    const download = await started;
    expect(download.suggestedFilename()).toMatch(/^[\w.-]+-v1-[\w.-]+\.png$/);
    const file = (await download.path())!;
    const bytes = readFileSync(file);
    // SCREENSHOTS=<folder>: the downloaded card, to look at.
    if (process.env.SCREENSHOTS) copyFileSync(file, path.join(process.env.SCREENSHOTS, "card.png"));
    expect([...bytes.subarray(0, 8)]).toEqual(SIGNATURE);
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
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
});
