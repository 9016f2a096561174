// Item 6 of issue 12: the export mapping is kept with the rubric (a reload of the preview brings back the e-cology
// workflow id and detail table, and the Camunda form's id), and a payload export with one bad row (a blank Process) yields the other rows'
// payloads and names the bad row by the row number Excel shows.
import { Preview } from "./support/preview";
import { createExample } from "./support/flows";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import { EVALUATIONS_HEADER_ROW, EVALUATIONS_SHEET, VERSIONS_SHEET } from "./support/workbook";

const WORKFLOW = "Workflow id (workflowid)";
const TABLE = "Detail table name (tableDBName)";
const FORM_ID = "Form id (Camunda)";

async function showPayloads(preview: Preview): Promise<void> {
  await preview.openPaneTab("Export");
  await preview.panel.getByRole("radio", { name: "e-cology request payloads" }).click();
}

/** "Row 150: no Process", ... as the pane lists the rows left out; none when it shows no such list. */
async function rowsLeftOut(preview: Preview): Promise<string[]> {
  const list = preview.panel.getByRole("list", { name: "Rows left out" });
  if ((await list.count()) === 0) return [];
  return (await list.getByRole("listitem").allTextContents()).map((t) => t.trim());
}

/** The payloads the preview shows, each by its process. */
async function payloadProcesses(preview: Preview): Promise<string[]> {
  const text = await preview.panel.getByRole("textbox", { name: "Preview" }).inputValue();
  const payloads = JSON.parse(text) as { mainData: { fieldName: string; fieldValue: string }[] }[];
  return payloads.map((p) => p.mainData.find((f) => f.fieldName === "process_name")?.fieldValue ?? "");
}

/** The column letter of an evaluations header. */
async function evaluationsColumn(preview: Preview, header: string): Promise<string> {
  const headers = (await preview.values(EVALUATIONS_SHEET, `A${EVALUATIONS_HEADER_ROW}:Z${EVALUATIONS_HEADER_ROW}`))[0];
  const at = headers.indexOf(header);
  if (at < 0) throw new Error(`no ${header} column in ${JSON.stringify(headers)}`);
  return String.fromCharCode(65 + at);
}

describe("export settings and payloads with a bad row", () => {
  const session = usePreview();

  test("the workflow id, detail table and Camunda form id typed in the Export tab are there after a reload", async () => {
    const { preview } = session;
    await createExample(preview);
    await showPayloads(preview);
    await preview.panel.getByRole("textbox", { name: WORKFLOW }).fill("4711");
    await preview.panel.getByRole("textbox", { name: TABLE }).fill("formtable_main_12_dt1");
    // Kept with the rubric: the Export settings table on its versions sheet, as text.
    await waitFor(
      "the settings to be in the versions sheet",
      () => preview.values(VERSIONS_SHEET, "AP3:AQ5"),
      (cells) =>
        JSON.stringify(cells) ===
        JSON.stringify([
          ["Setting", "Value"],
          ["ecology.workflowId", "4711"],
          ["ecology.detailTable", "formtable_main_12_dt1"],
        ]),
    );

    // The Camunda form's id: a row of its own under the e-cology ones, and the form names itself by it.
    await preview.panel.getByRole("radio", { name: "Camunda form (form-js)" }).click();
    await preview.panel.getByRole("textbox", { name: FORM_ID }).fill("visit_scoring.v2");
    await waitFor(
      "the form id to be in the versions sheet",
      () => preview.values(VERSIONS_SHEET, "AP6:AQ6"),
      (cells) => JSON.stringify(cells) === JSON.stringify([["camunda.formId", "visit_scoring.v2"]]),
    );

    await preview.reload();
    await showPayloads(preview);
    await waitFor(
      "the workflow id to come back",
      () => preview.panel.getByRole("textbox", { name: WORKFLOW }).inputValue(),
      (v) => v === "4711",
    );
    expect(await preview.panel.getByRole("textbox", { name: TABLE }).inputValue()).toBe("formtable_main_12_dt1");
    await preview.panel.getByRole("radio", { name: "Camunda form (form-js)" }).click();
    expect(await preview.panel.getByRole("textbox", { name: FORM_ID }).inputValue()).toBe("visit_scoring.v2");
    const form = await preview.panel.getByRole("textbox", { name: "Preview" }).inputValue();
    expect((JSON.parse(form) as { id: string }).id).toBe("visit_scoring.v2");
  });

  test("a blank Process leaves out that row only, named by its sheet row; the others are exported", async () => {
    const preview = await session.fresh(); // a new browser profile: an empty workbook
    await createExample(preview);
    await showPayloads(preview);
    await preview.panel.getByRole("textbox", { name: WORKFLOW }).fill("4711");
    await preview.panel.getByRole("textbox", { name: TABLE }).fill("formtable_main_12_dt1");
    await preview.panel.getByRole("radio", { name: /^All scored rows/ }).click();
    await preview.panel.getByRole("textbox", { name: "Preview" }).waitFor();
    const before = await rowsLeftOut(preview);
    const processes = await payloadProcesses(preview);
    expect(processes.length).toBeGreaterThan(100);

    // Row 10 of the sheet: its Process cleared in the grid.
    const column = await evaluationsColumn(preview, "Process");
    const process = await preview.value(EVALUATIONS_SHEET, `${column}10`);
    expect(typeof process === "string" && process !== "").toBe(true);
    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo(`${column}10`);
    await preview.page.keyboard.press("Delete");
    await waitFor(
      `${column}10 to be blank`,
      () => preview.value(EVALUATIONS_SHEET, `${column}10`),
      (v) => v === "" || v === null,
    );

    await preview.panel.getByRole("button", { name: "Read the evaluations again" }).click();
    await preview.panel.getByRole("radio", { name: /^All scored rows/ }).click();
    await waitFor(
      "row 10 to be listed",
      () => rowsLeftOut(preview),
      (rows) => rows.includes("Row 10: no Process"),
    );
    expect((await rowsLeftOut(preview)).filter((r) => !before.includes(r))).toEqual(["Row 10: no Process"]);
    const after = await payloadProcesses(preview);
    // The same payloads in the same order, less one whose process was row 10's.
    const lessOne = processes
      .map((p, i) => (p === process ? processes.filter((_, j) => j !== i) : null))
      .filter((list): list is string[] => list !== null);
    expect(lessOne.map((list) => JSON.stringify(list))).toContain(JSON.stringify(after));
  });
});
