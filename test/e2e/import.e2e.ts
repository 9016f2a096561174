// (e) Importing a rubric JSON file through the pane: a broken file is refused with a visible message and leaves
// the workbook exactly as it was; a canonical file becomes a rubric sheet and an evaluations sheet.
import { serializeRubric } from "../../src/formats/rubric-json/file";
import { Rubric } from "../../src/rubric/model";
import { rubricHeading } from "./support/flows";
import { expectSameText } from "./support/preview";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";

const SITE_AUDIT: Rubric = {
  id: "site-audit",
  title: "Site audit",
  version: 3,
  status: "stable",
  settings: { scale: 100, decimals: 1 },
  criteria: [
    { id: "SAFETY", label: "Safety walk-through", kind: "score", weight: 50, max: 5, allowNA: false },
    { id: "RECORDS", label: "Records complete", kind: "score", weight: 30, max: 5, allowNA: true },
    { id: "TIDY", label: "Workplace tidy", kind: "score", weight: 20, max: 5, allowNA: false },
    { id: "INCIDENT", label: "Open incident", kind: "penalty", weight: 15, max: 1, allowNA: false },
  ],
  bands: [
    { from: null, points: 0, label: "Fail" },
    { from: 70, points: 1, label: "Pass" },
    { from: 90, points: 2, label: "Good" },
  ],
};

describe("importing a rubric JSON file", () => {
  const session = usePreview();

  async function importFile(name: string, content: string) {
    const { preview } = session;
    await preview.openPaneTab("Rubric");
    const chooser = preview.page.waitForEvent("filechooser");
    await preview.panel.getByRole("button", { name: "Import rubric JSON…" }).click();
    await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(content, "utf8") });
  }

  async function expectRefused(name: string, content: string, reason: RegExp) {
    const { preview } = session;
    const contentBefore = await preview.savedContent();
    const sheetsBefore = await preview.sheetNames();

    await importFile(name, content);
    const message = preview.pane.getByText("Could not import the rubric.");
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    // Fluent's MessageBar is a group; the one holding the message.
    const bar = preview.pane.getByRole("group").filter({ hasText: "Could not import the rubric." });
    const text = (await bar.textContent()) ?? "";
    expect(text).toContain(`${name} is not a rubric file`);
    expect(text).toMatch(reason);

    expect(await preview.sheetNames()).toEqual(sheetsBefore);
    expectSameText(await preview.savedContent(), contentBefore);
    await preview.panel.getByRole("heading", { name: "No rubric in this workbook yet" }).waitFor();

    await bar.getByRole("button", { name: "Dismiss" }).click();
    await message.waitFor({ state: "detached" });
  }

  test("a file that is not JSON is refused and nothing is written", async () => {
    await expectRefused("notes.rubric.json", '{ "format": "rubric-workbench/rubric", ', /JSON|unexpected|end/i);
  });

  test("a rubric changed after export (checksum mismatch) is refused and nothing is written", async () => {
    const tampered = serializeRubric(SITE_AUDIT).replace('"weight": 50', '"weight": 80');
    expect(tampered).toContain('"weight": 80');
    await expectRefused("tampered.rubric.json", tampered, /checksum does not match/);
  });

  test("a canonical rubric file becomes the workbook's rubric", async () => {
    const { preview } = session;
    await importFile("site-audit.rubric.json", serializeRubric(SITE_AUDIT));
    await rubricHeading(preview, "Site audit (version 3, stable)").waitFor({ timeout: 30000 });
    expect(
      await preview.panel
        .locator("li[data-criterion]")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-criterion"))),
    ).toEqual(["SAFETY", "RECORDS", "TIDY", "INCIDENT"]);
    await waitFor(
      "the imported rubric's sheets",
      () => preview.sheetNames(),
      (names) => names.includes("site-audit rubric") && names.includes("site-audit evaluations"),
    );
    // The criteria table, as the sheet holds it: ID, Criterion, Description, Kind, Weight, Max, Allow NA.
    const criteria = await preview.values("site-audit rubric", "A10:G14");
    expect(criteria.map((row) => [row[0], row[1], row[3], row[4], row[5], row[6]])).toEqual([
      ["ID", "Criterion", "Kind", "Weight", "Max", "Allow NA"],
      ["SAFETY", "Safety walk-through", "score", 50, 5, "no"],
      ["RECORDS", "Records complete", "score", 30, 5, "yes"],
      ["TIDY", "Workplace tidy", "score", 20, 5, "no"],
      ["INCIDENT", "Open incident", "penalty", 15, 1, "no"],
    ]);
    const bands = await preview.values("site-audit rubric", "L10:N13");
    expect([bands[0], bands[2], bands[3]]).toEqual([
      ["From", "Points", "Label"],
      [70, 1, "Pass"],
      [90, 2, "Good"],
    ]);
    expect([bands[1][0] ?? "", bands[1][1], bands[1][2]]).toEqual(["", 0, "Fail"]);
    // The stored workbook holds it too.
    expect(await preview.savedState()).toContain("site-audit");
  });
});
