// The pane at 320 px, the narrowest Excel gives a task pane: no tab, editor, menu or dialog scrolls sideways. The
// preview's pane (#pane, its scrolling element) is set to 320 px and the window to the pane's width, so dialogs and
// menus (rendered outside #pane, over the page) have the room they would have in Excel's pane, and no more.
import { Locator } from "playwright-core";
import { createExample } from "./support/flows";
import { EVALUATIONS_SHEET } from "./support/workbook";
import { Preview } from "./support/preview";
import { usePreview } from "./support/session";

const PANE_WIDTH = 320;

/** What overflows sideways now: the pane, the page, or an open dialog or menu; each with its widest parts. */
async function sidewaysOverflow(preview: Preview): Promise<string[]> {
  return preview.page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => {
      const label = el.getAttribute("aria-label") ?? el.getAttribute("role") ?? "";
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${label ? `[${label}]` : ""}`;
    };
    /** The elements reaching furthest past `right`, innermost first: where to look for the cause. */
    const widest = (root: Element, right: number) =>
      [...root.querySelectorAll("*")]
        .filter((el) => el.getBoundingClientRect().right > right + 0.5)
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > right + 0.5))
        .slice(0, 3)
        .map((el) => `${describe(el)} "${(el.textContent ?? "").trim().slice(0, 30)}"`)
        .join(", ");
    const check = (el: Element, name: string) => {
      if (el.scrollWidth > el.clientWidth) {
        found.push(
          `${name}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth} (${widest(el, el.getBoundingClientRect().left + el.clientWidth)})`,
        );
      }
    };
    check(document.getElementById("pane")!, "pane");
    check(document.documentElement, "page");
    for (const el of document.querySelectorAll('[role="dialog"], [role="alertdialog"], [role="menu"]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      check(el, describe(el));
      if (box.left < -0.5 || box.right > window.innerWidth + 0.5) {
        found.push(`${describe(el)}: spans ${Math.round(box.left)}..${Math.round(box.right)} of ${window.innerWidth}`);
      }
    }
    return found;
  });
}

describe(`a pane ${PANE_WIDTH} px wide`, () => {
  const session = usePreview();
  let preview: Preview;
  /** Every place checked, with what overflowed there (expected: nothing anywhere). */
  const seen = new Map<string, string[]>();
  const check = async (where: string) => {
    // Layout settles after the last render (fonts, lazy chunks).
    await preview.page.waitForTimeout(150);
    seen.set(where, await sidewaysOverflow(preview));
    return seen.get(where)!;
  };
  const more = (id: string): Locator => preview.panel.getByRole("button", { name: `More actions for ${id}` });

  beforeAll(async () => {
    preview = session.preview;
    await session.page.setViewportSize({ width: PANE_WIDTH + 1, height: 900 }); // + the pane's border
    await session.page.addStyleTag({
      content: `#pane { flex: 0 0 ${PANE_WIDTH}px !important; width: ${PANE_WIDTH}px !important; }`,
    });
    expect(await preview.pane.evaluate((el) => el.clientWidth)).toBeLessThanOrEqual(PANE_WIDTH);
    await createExample(preview);
  });

  test("the check sees a part wider than the pane", async () => {
    // A 400 px wide block in the panel: the pane must report it, or every "fits" below means nothing.
    await preview.panel.evaluate((panel) => {
      const wide = document.createElement("div");
      wide.id = "too-wide";
      wide.style.width = "400px";
      wide.textContent = "wide";
      panel.append(wide);
    });
    const found = await sidewaysOverflow(preview);
    await preview.page.evaluate(() => document.getElementById("too-wide")?.remove());
    expect(found).toEqual([expect.stringMatching(/^pane: scrollWidth \d+ > clientWidth 320 \(.*div#too-wide "wide"/)]);
    expect(await sidewaysOverflow(preview)).toEqual([]);
  });

  test("the Rubric tab, its menus and its editors", async () => {
    expect(await check("Rubric tab")).toEqual([]);

    await more("PREP").click();
    await preview.page.getByRole("menu").waitFor();
    expect(await check("criterion menu")).toEqual([]);
    await preview.page.getByRole("menuitem", { name: "Edit PREP" }).click();
    const editor = preview.panel.getByRole("form", { name: "Edit PREP" });
    await editor.waitFor();
    expect(await check("criterion editor")).toEqual([]);
    // Max and Kind are in view, not clipped or off to the side.
    for (const name of ["Max", "Kind"]) {
      const box = (await editor.getByRole(name === "Kind" ? "combobox" : "textbox", { name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PANE_WIDTH);
    }
    await editor.getByRole("button", { name: "Cancel" }).click();

    await preview.panel.getByRole("button", { name: "Edit settings" }).click();
    await preview.panel.getByRole("form", { name: "Rubric settings" }).waitFor();
    expect(await check("settings editor")).toEqual([]);
    await preview.panel.getByRole("button", { name: "Cancel" }).click();

    await preview.panel.getByRole("button", { name: "Edit bands" }).click();
    await preview.panel.getByRole("form", { name: "Edit bands" }).waitFor();
    expect(await check("bands editor")).toEqual([]);
    await preview.panel.getByRole("button", { name: "Cancel" }).click();
  });

  test("the versions panel and its dialogs", async () => {
    // A draft change (PREP's weight, from the pane) gives the panel its Publish… action.
    await more("PREP").click();
    await preview.page.getByRole("menuitem", { name: "Edit PREP" }).click();
    const editor = preview.panel.getByRole("form", { name: "Edit PREP" });
    await editor.getByRole("textbox", { name: "Weight" }).fill("20");
    await editor.getByRole("button", { name: "Apply" }).click();
    const draft = preview.panel.getByRole("region", { name: /Unpublished changes/ });
    await draft.getByText("PREP weight 15 → 20").waitFor({ timeout: 20000 });
    expect(await check("versions panel with a draft change")).toEqual([]);

    await draft.getByRole("button", { name: "Publish…" }).click();
    const publish = preview.page.getByRole("dialog", { name: /Publish version 2/ });
    await publish.waitFor();
    expect(await check("publish dialog")).toEqual([]);
    await publish.getByRole("textbox", { name: /Note/ }).fill("PREP weighs more");
    await publish.getByRole("button", { name: "Publish", exact: true }).click();
    await publish.waitFor({ state: "hidden", timeout: 20000 });

    const history = preview.panel.getByRole("region", { name: "Versions", exact: true });
    await history
      .getByText(/Version 2/)
      .first()
      .waitFor({ timeout: 20000 });
    expect(await check("version history")).toEqual([]);
    await history.getByRole("button", { name: "Apply to evaluations…" }).first().click();
    const apply = preview.page.getByRole("dialog", { name: /Apply version \d to evaluations/ });
    await apply.waitFor();
    expect(await check("apply dialog")).toEqual([]);
    await preview.page.keyboard.press("Escape");
    await apply.waitFor({ state: "hidden" });

    await preview.panel.getByRole("button", { name: "Finalise…" }).click();
    const finalise = preview.page.getByRole("dialog", { name: /Finalise version/ });
    await finalise.waitFor();
    expect(await check("finalise dialog")).toEqual([]);
    await preview.page.keyboard.press("Escape");
    await finalise.waitFor({ state: "hidden" });
  });

  test("the Score and Export tabs", async () => {
    await preview.openPaneTab("Score");
    await preview.panel.getByRole("button", { name: "New evaluation" }).click();
    await preview.panel.getByRole("form", { name: "Score the evaluation" }).waitFor({ timeout: 20000 });
    expect(await check("Score tab")).toEqual([]);

    await preview.openPaneTab("Export");
    await preview.panel.getByRole("radiogroup").first().waitFor({ timeout: 20000 });
    expect(await check("Export tab")).toEqual([]);

    // The payloads' field names, opened, one of them refused (its message under its input); the Camunda form's id.
    await preview.panel.getByRole("radio", { name: "e-cology request payloads" }).click();
    await preview.panel.getByRole("button", { name: /^Field names/ }).click();
    const team = preview.panel.getByRole("textbox", { name: "Team", exact: true });
    await team.fill("a_field_name_that_is_far_too_long_for_e_cology");
    await preview.panel.getByText(/^Not a field name/).waitFor();
    expect(await check("Export tab, field names")).toEqual([]);
    await team.fill("");
    await preview.panel.getByRole("radio", { name: "Camunda form (form-js)" }).click();
    await preview.panel.getByRole("textbox", { name: "Form id (Camunda)" }).fill("visit scoring");
    await preview.panel.getByText(/^The form id/).waitFor();
    expect(await check("Export tab, Camunda form id")).toEqual([]);
    await preview.panel.getByRole("textbox", { name: "Form id (Camunda)" }).fill("");
  });

  test("the tab list and the Review tab: filters, tables, chart, ledger and the selected row's card", async () => {
    // Five tabs side by side: the last one ends inside the pane, none is clipped or pushed off to the side.
    const tabs = preview.paneTabs.getByRole("tab");
    expect(await tabs.count()).toBe(5);
    // On one row, within the list's own box (which keeps the pane's padding), none squeezed below its label.
    const layout = await preview.paneTabs.evaluate((list) => {
      const tabs = [...list.querySelectorAll('[role="tab"]')];
      return {
        rows: new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size,
        overflow: list.scrollWidth - list.clientWidth,
        spare: Math.round(list.getBoundingClientRect().right - tabs[tabs.length - 1].getBoundingClientRect().right),
        squeezed: tabs.filter((tab) => tab.scrollWidth > tab.clientWidth).map((tab) => tab.textContent),
      };
    });
    process.stdout.write(`\nnarrow pane: the tab list has ${layout.spare} px to spare\n`);
    expect(layout).toEqual({ rows: 1, overflow: 0, spare: layout.spare, squeezed: [] });
    expect(await check("tab list")).toEqual([]);

    // A scored evaluation selected (the Score tab's test above started a blank one): the card shows.
    await preview.showSheet(EVALUATIONS_SHEET);
    const scores = await preview.values(EVALUATIONS_SHEET, "F4:F12");
    const scored = scores.findIndex(([value]) => typeof value === "number");
    expect(scored).toBeGreaterThanOrEqual(0);
    await preview.goTo(`F${4 + scored}`);
    await preview.openPaneTab("Review");
    const period = preview.panel.getByRole("combobox", { name: "Period" });
    await period.waitFor({ timeout: 20000 });
    await period.selectOption("all");
    await preview.panel.getByTestId("review-persons").waitFor({ timeout: 20000 });
    await preview.panel.getByTestId("review-card").waitFor({ timeout: 20000 });
    await preview.panel.getByTestId("review-trend-chart").locator("svg").first().waitFor({ timeout: 20000 });
    expect(await check("Review tab")).toEqual([]);
  });

  afterAll(() => {
    // What each place showed, for the run's log (and the closing note).
    process.stdout.write(
      `\nnarrow pane (${PANE_WIDTH} px): ${[...seen].map(([k, v]) => `${k}: ${v.length === 0 ? "fits" : v.join("; ")}`).join(" | ")}\n`,
    );
  });
});
