// The browser preview as a user sees it (grid, name box, formula bar, sheet tabs, task pane), plus
// window.rubricPreview for reading computed values and saving state. Locators follow the preview's DOM contract.
import { Locator, Page } from "playwright-core";
import { PREVIEW_PAGE } from "./env";
import { waitFor } from "./wait";

/** The task pane's tabs, by their English names. */
export type PaneTab = "Rubric" | "Score" | "What-if" | "Review" | "Export";

/** A computed cell value as window.rubricPreview.values gives it (Range.values' meanings: an error as its code,
 * "#N/A"; an empty cell as ""). An { error, message } object is accepted too. */
export type CellValue = number | string | boolean | null | { error: string; message?: string };

/** What the tests use of window.rubricPreview (the preview declares the full type for the page). */
export interface RubricPreviewApi {
  values(sheet: string, address: string): CellValue[][];
  formulas(sheet: string, address: string): unknown[][];
  /** Scrolls the grid to the cell's row; false when the grid shows another sheet or a filter hides the row. */
  reveal(sheet: string, address: string): boolean;
  save(): unknown;
}

/** The localStorage key the preview saves its workbook under. */
export const STORAGE_KEY = "rubric-workbench-preview";

const ERROR_CODES = ["#N/A", "#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#BUSY!"];

/** A cell's error code ("#N/A"), or null when it holds no error. */
export function errorCode(v: CellValue | undefined): string | null {
  if (typeof v === "object" && v !== null && "error" in v) return v.error;
  return typeof v === "string" && ERROR_CODES.includes(v) ? v : null;
}

export class Preview {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
    /** The page's query ("?theme=dark"), or "". */
    readonly search = "",
  ) {}

  get url(): string {
    return `${this.baseUrl}/${PREVIEW_PAGE}${this.search}`;
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
    await this.ready();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  /** The pane's tabs are shown and window.rubricPreview is there. */
  async ready(): Promise<void> {
    await this.paneTabs.waitFor({ timeout: 30000 });
    await this.page.waitForFunction(
      () => (window as unknown as { rubricPreview?: unknown }).rubricPreview !== undefined,
      undefined,
      { timeout: 30000 },
    );
  }

  // ----- task pane -------------------------------------------------------------------------------------------

  get pane(): Locator {
    // The pane's container (#pane) is not a landmark: in Excel the pane is its own document.
    return this.page.locator("#pane");
  }

  get paneTabs(): Locator {
    return this.pane.getByRole("tablist", { name: "Task pane sections" });
  }

  paneTab(name: PaneTab): Locator {
    return this.paneTabs.getByRole("tab", { name, exact: true });
  }

  get panel(): Locator {
    return this.pane.getByRole("tabpanel");
  }

  async openPaneTab(name: PaneTab): Promise<void> {
    const tab = this.paneTab(name);
    await tab.click();
    await waitFor(
      `the ${name} tab to be selected`,
      () => tab.getAttribute("aria-selected"),
      (v) => v === "true",
    );
  }

  // ----- grid ------------------------------------------------------------------------------------------------

  get grid(): Locator {
    return this.page.getByRole("grid");
  }

  get sheetTabs(): Locator {
    return this.page.getByRole("tablist", { name: "Sheets" });
  }

  sheetTab(name: string): Locator {
    return this.sheetTabs.getByRole("tab", { name, exact: true });
  }

  async sheetNames(): Promise<string[]> {
    // innerText: a Fluent tab also holds its name a second time, hidden, to reserve the width of the bold text.
    return (await this.sheetTabs.getByRole("tab").allInnerTexts()).map((t) => t.trim());
  }

  async activeSheet(): Promise<string | null> {
    return this.grid.getAttribute("aria-label");
  }

  /** Clicks the sheet's tab and waits for the grid to show it. */
  async showSheet(name: string): Promise<void> {
    if ((await this.activeSheet()) === name) return;
    await this.sheetTab(name).click();
    await waitFor(
      `the grid to show ${name}`,
      () => this.activeSheet(),
      (v) => v === name,
    );
  }

  /** The cell of the sheet the grid shows, its row scrolled into view first: the grid draws only the rows in view
   * (window.rubricPreview.reveal; the selection stays where it is). */
  async cell(address: string): Promise<Locator> {
    const sheet = await this.activeSheet();
    const shown = await this.page.evaluate(
      ([s, a]) => (window as unknown as { rubricPreview: RubricPreviewApi }).rubricPreview.reveal(s, a),
      [sheet ?? "", address] as const,
    );
    if (!shown) throw new Error(`the grid cannot show ${address} of ${sheet} (a filter hides its row?)`);
    return this.grid.locator(`[role="gridcell"][data-address="${address}"]`);
  }

  /** Clicks the cell (selects it), as a user who scrolled to it would. */
  async clickCell(address: string): Promise<void> {
    await (await this.cell(address)).click();
  }

  get nameBox(): Locator {
    return this.page.getByRole("textbox", { name: "Name box", exact: true });
  }

  get formulaBar(): Locator {
    return this.page.getByRole("textbox", { name: "Formula bar", exact: true });
  }

  async activeAddress(): Promise<string | null> {
    const active = this.grid.locator('[role="gridcell"][aria-selected="true"]');
    if ((await active.count()) === 0) return null;
    return active.first().getAttribute("data-address");
  }

  /** Selects a cell by typing its address into the name box, as a user would. */
  async goTo(address: string): Promise<void> {
    await this.nameBox.click();
    await this.nameBox.fill(address);
    await this.nameBox.press("Enter");
    await waitFor(
      `${address} to be the active cell`,
      () => this.activeAddress(),
      (a) => a === address,
    );
  }

  /** Types into the active cell (in place) and commits with Enter. */
  async typeIntoActiveCell(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }

  /** The cell's displayed text. */
  async cellText(address: string): Promise<string> {
    const cell = await this.cell(address);
    return ((await cell.textContent()) ?? "").trim();
  }

  // ----- window.rubricPreview --------------------------------------------------------------------------------

  async values(sheet: string, address: string): Promise<CellValue[][]> {
    return this.page.evaluate(
      ([s, a]) => (window as unknown as { rubricPreview: RubricPreviewApi }).rubricPreview.values(s, a),
      [sheet, address] as const,
    );
  }

  async value(sheet: string, address: string): Promise<CellValue> {
    return (await this.values(sheet, address))[0][0];
  }

  async formulas(sheet: string, address: string): Promise<unknown[][]> {
    return this.page.evaluate(
      ([s, a]) => (window as unknown as { rubricPreview: RubricPreviewApi }).rubricPreview.formulas(s, a),
      [sheet, address] as const,
    );
  }

  /** Saves the workbook and returns the saved state as text (what save() returns, else what it stored). */
  async savedState(): Promise<string> {
    return this.page.evaluate(async (key) => {
      const returned = (await (
        window as unknown as { rubricPreview: RubricPreviewApi }
      ).rubricPreview.save()) as unknown;
      if (typeof returned === "string") return returned;
      const stored = localStorage.getItem(key);
      return stored ?? JSON.stringify(returned ?? null);
    }, STORAGE_KEY);
  }

  /** The saved workbook's content: the saved state without where the user is (active sheet and selection). */
  async savedContent(): Promise<string> {
    const state = JSON.parse(await this.savedState()) as Record<string, unknown> | null;
    if (state && typeof state === "object") {
      delete state.activeSheet;
      delete state.selection;
    }
    return JSON.stringify(state);
  }

  async storedState(): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  }
}

/** Fails with the first difference (and a little context) when two saved states differ, rather than both in full. */
export function expectSameText(actual: string, expected: string, what = "the saved workbook"): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 120), i + 120));
  throw new Error(
    `${what} changed (first difference at character ${i}):\n  before: ${around(expected)}\n  after:  ${around(actual)}`,
  );
}
