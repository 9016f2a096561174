// The Friday review in the preview, on the example (146 evaluations of 2018–2019): a manager opens the Review tab,
// narrows it to one team and one ISO week, sets the points targets up in the workbook, writes that week's review
// pack to a sheet, copies the selected evaluation's card for the sign-off (HTML and text on the clipboard), and
// shares a values copy whose cells hold no RUBRIC formula and the same numbers as the evaluations table.
import { strFromU8, unzipSync } from "fflate";
import { readFile } from "fs/promises";
import * as path from "path";
import { createExample } from "./support/flows";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import { EVALUATIONS_HEADER_ROW, EVALUATIONS_SHEET, columnLetter, readEvaluations } from "./support/workbook";

const TEAM = "Team 3 / 客服三组"; // four evaluations that week
const WEEK = "2019-W07"; // Monday 11 to Sunday 17 February 2019
const [MONDAY, SUNDAY] = ["2019-02-11", "2019-02-17"];

/** An Excel date serial as yyyy-mm-dd (serial 25569 is 1970-01-01). */
const isoDay = (serial: number) => new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10);

describe("weekly review", () => {
  const session = usePreview();

  beforeAll(async () => {
    await createExample(session.preview);
  });

  test("one team's week: the review pack, the card copied, and a values copy without formulas", async () => {
    const { preview, page } = session;
    const table = await readEvaluations(preview);
    const at = {
      date: table.column("Date"),
      team: table.column("Team"),
      process: table.column("Process"),
      total: table.column("Total"),
      points: table.column("Points"),
    };
    const week = table.rows
      .map((row, i) => ({ row, sheetRow: EVALUATIONS_HEADER_ROW + 1 + i }))
      .filter(({ row }) => {
        const day = isoDay(row[at.date] as number);
        return row[at.team] === TEAM && day >= MONDAY && day <= SUNDAY;
      });
    expect(week.length).toBeGreaterThan(1);
    // The reviewer's row: the team's first evaluation of the week, selected in the sheet.
    const chosen = week[0];
    await preview.goTo(`${columnLetter(at.process)}${chosen.sheetRow}`);

    await preview.openPaneTab("Review");
    const panel = preview.panel;
    await panel.getByTestId("review-summary").waitFor({ timeout: 30_000 });
    await panel.getByRole("combobox", { name: "Which" }).selectOption(WEEK);
    await panel.getByRole("combobox", { name: "Team" }).selectOption(TEAM);
    const points = week.reduce((sum, { row }) => sum + (row[at.points] as number), 0);
    await panel
      .getByTestId("review-summary")
      .getByText(`${week.length} evaluations, ${Math.round(points * 100) / 100} points`)
      .waitFor({ timeout: 20_000 });
    // Points targets from the workbook: Set up targets lists the persons on a sheet of its own; the manager types a
    // target for each in the grid, then Refresh puts them in the ledger with the persons closest to theirs.
    await panel.getByRole("button", { name: "Set up targets" }).click();
    await panel.getByText("Targets from the sheet Points targets").waitFor({ timeout: 20_000 });
    await preview.showSheet("Points targets");
    const listed = (await preview.values("Points targets", "A2:A40")).map(([name]) => name).filter((n) => n);
    expect(listed.length).toBeGreaterThan(0);
    await preview.goTo("C2");
    for (let i = 0; i < listed.length; i++) await preview.typeIntoActiveCell(String(10 + 2 * i));
    await panel.getByRole("button", { name: "Refresh" }).click();
    await panel.getByText(`${listed.length} persons with a target`, { exact: false }).waitFor({ timeout: 20_000 });
    const ledgerPersons = panel.getByTestId("review-ledger-persons").locator("tr[data-name]");
    for (const tr of await ledgerPersons.all()) {
      const name = await tr.getAttribute("data-name");
      expect(Number(await tr.getAttribute("data-target"))).toBe(10 + 2 * listed.indexOf(name));
    }
    await panel.getByTestId("review-closest").waitFor();

    // SCREENSHOTS=<folder>: the README's pictures of the Review tab and the ledger.
    if (process.env.SCREENSHOTS) {
      await panel.getByRole("heading", { name: "Filters" }).scrollIntoViewIfNeeded();
      await preview.pane.screenshot({ path: path.join(process.env.SCREENSHOTS, "review.png") });
      await panel
        .getByRole("heading", { name: "Points ledger" })
        .evaluate((heading) => heading.scrollIntoView({ block: "start" }));
      await preview.pane.screenshot({ path: path.join(process.env.SCREENSHOTS, "ledger.png") });
    }

    // The review pack: a sheet of its own with the team's week, every process of theirs and no other.
    const sheets = await preview.sheetNames();
    await panel.getByRole("button", { name: "Write the review pack" }).click();
    const status = panel.getByTestId("review-sheets-status");
    await status.getByText(/^Written to the sheet/).waitFor({ timeout: 30_000 });
    const [pack] = (await preview.sheetNames()).filter((name) => !sheets.includes(name));
    expect(await status.textContent()).toBe(`Written to the sheet “${pack}”.`);
    const packCells = (await preview.values(pack, "A1:Z80")).flat();
    for (const { row } of week) expect(packCells).toContain(row[at.process]);
    const others = table.rows.filter((row) => !week.some((w) => w.row === row)).map((row) => row[at.process]);
    expect(others.filter((process) => packCells.includes(process))).toEqual([]);

    // The pack's sheet is shown now; back on the evaluations, the reviewer's row again. Its card, copied for the
    // sign-off: a formatted table and plain text.
    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo(`${columnLetter(at.process)}${chosen.sheetRow}`);
    const card = panel.getByTestId("review-card");
    await card.scrollIntoViewIfNeeded();
    expect(await card.getAttribute("data-row")).toBe(String(chosen.sheetRow));
    await page.evaluate(() => {
      const copied: Record<string, string>[] = [];
      Object.assign(window, { copied });
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: {
          write: async (items: ClipboardItem[]) => {
            for (const item of items) {
              const texts: Record<string, string> = {};
              for (const type of item.types) texts[type] = await (await item.getType(type)).text();
              copied.push(texts);
            }
          },
          writeText: async (text: string) => void copied.push({ "text/plain": text }),
        },
      });
    });
    await card.getByRole("button", { name: "Copy" }).click();
    await panel.getByText("Copied as a formatted table and as text.").waitFor({ timeout: 10_000 });
    const [copied] = await page.evaluate(() => (window as unknown as { copied: Record<string, string>[] }).copied);
    expect(Object.keys(copied).sort()).toEqual(["text/html", "text/plain"]);
    expect(copied["text/html"]).toMatch(/^<table/);
    expect(copied["text/html"]).not.toMatch(/<script|src=|href=/i);
    const total = String(chosen.row[at.total]);
    expect(copied["text/plain"]).toContain(String(chosen.row[at.process]));
    expect(copied["text/plain"]).toContain(total.includes(".") ? total : `${total}.0`);

    // The values copy: the evaluations without one formula, and the numbers of the original.
    const before = await preview.sheetNames();
    await panel.getByRole("button", { name: "Share a values copy" }).click();
    await status.getByText(/copied as values/).waitFor({ timeout: 30_000 });
    const [copy] = (await preview.sheetNames()).filter((name) => !before.includes(name));
    expect(await status.textContent()).toBe(`146 evaluations copied as values to the sheet “${copy}”.`);
    const lastRow = 7 + table.rows.length;
    const lastColumn = columnLetter(table.header.length - 1);
    const formulas = (await preview.formulas(copy, `A1:${lastColumn}${lastRow + 2}`)).flat();
    expect(formulas.filter((f) => typeof f === "string" && f.startsWith("="))).toEqual([]);
    const valueRows = await preview.values(copy, `A7:${lastColumn}${lastRow}`);
    expect(valueRows[0]).toEqual(table.header);
    expect(valueRows.slice(1)).toEqual(table.rows);
    // The same copy as a new workbook: Excel opens it in a window of its own; the preview, a browser, offers the
    // file. An .xlsx (a zip) whose sheet holds the evaluations as values, no formula.
    const download = page.waitForEvent("download");
    await panel.getByRole("button", { name: "Values copy as a new workbook" }).click();
    const file = await readFile((await (await download).path())!);
    await status.getByText("Opened a new workbook with 146 evaluations as values.").waitFor({ timeout: 30_000 });
    expect(file.subarray(0, 2).toString("latin1")).toBe("PK");
    const sheetXml = strFromU8(unzipSync(new Uint8Array(file))["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect(sheetXml).toContain(String(chosen.row[at.process]));

    // The original still computes them (the copy took values, not the formulas away).
    const original = await waitFor(
      "the evaluations table to keep its formulas",
      () => preview.formulas(EVALUATIONS_SHEET, `${columnLetter(at.total)}4:${columnLetter(at.total)}4`),
      (f) => String(f[0][0]).startsWith("="),
    );
    expect(String(original[0][0])).toMatch(/RUBRIC/);
  });
});
