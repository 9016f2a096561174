/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { TextEncoder } from "util";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as readEvaluationsModule from "../../src/app/read-evaluations";
import { EvaluationRecord, readEvaluations } from "../../src/app/read-evaluations";
import { ecologySpecSheet } from "../../src/formats/ecology/sheet";
import { ecologyFormSpec } from "../../src/formats/ecology/spec";
import { camundaForm } from "../../src/formats/camunda/form";
import { ecologyPayload } from "../../src/formats/ecology/payload";
import { evaluationSchema } from "../../src/formats/json-schema/evaluation";
import { serializeRubric } from "../../src/formats/rubric-json/file";
import { exampleRubric } from "../../src/rubric/example";
import { EvaluationInput } from "../../src/rubric/evaluation";
import { Rubric } from "../../src/rubric/model";
import { App } from "../../src/taskpane/App";
import { exampleHost, grid, selectAreas, selectCell, typeInto } from "../support/host-helpers";
import { EVALUATIONS_SHEET, HostSession, RUBRIC_SHEET, hostSession, valueOf } from "../support/session";
import { sampleEvaluations } from "../workbook/sample";

// jsdom has no TextEncoder; the rubric file's checksum (SHA-256 of UTF-8) needs it.
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
// The pane runs its real use cases on the simulated Excel host.
jest.setTimeout(60_000);

const finalRubric = (): Rubric => ({ ...exampleRubric("en"), status: "final" });

interface Workbook extends HostSession {
  /** How many times the evaluations were read from the sheet. */
  reads(): number;
}

/** A workbook with the example rubric (final unless asked otherwise) and these evaluations, the pane open on it. */
async function openWorkbook(
  options: { evaluations?: EvaluationInput[]; draft?: boolean; language?: "en" | "zh" } = {},
): Promise<Workbook> {
  const host = await exampleHost(options.evaluations ?? []);
  if (!options.draft) typeInto(host, RUBRIC_SHEET, 3, 1, "final"); // the Status setting
  selectCell(host, RUBRIC_SHEET, 0, 0);
  const workbook = hostSession({ host, language: options.language });
  const reads = jest.spyOn(readEvaluationsModule, "readEvaluations");
  render(<App host="Excel" session={workbook.session} language={options.language} />);
  return { ...workbook, reads: () => reads.mock.calls.length };
}

async function openExport(options: Parameters<typeof openWorkbook>[0] = {}) {
  const user = userEvent.setup();
  const workbook = await openWorkbook(options);
  await user.click(await screen.findByRole("tab", { name: options.language === "zh" ? "导出" : "Export" }));
  await screen.findByRole("radiogroup");
  return { user, workbook };
}

const preview = () => screen.getByRole("textbox", { name: "Preview" });

/** The evaluations as the pane reads them from the sheet. */
async function evaluationsIn(workbook: Workbook): Promise<EvaluationRecord[]> {
  return valueOf(await readEvaluations(workbook.session)).evaluations;
}

afterEach(() => jest.restoreAllMocks());

describe("Export tab", () => {
  test("shows the canonical rubric JSON and its checksum, built from the rubric as read", async () => {
    await openExport();
    expect(screen.getByRole("radio", { name: "Rubric JSON (canonical)" })).toBeChecked();
    const text = serializeRubric(finalRubric());
    expect(await screen.findByRole("textbox", { name: "Preview" })).toHaveValue(text);
    expect(preview()).toHaveAttribute("readonly");
    expect(screen.getByTestId("checksum")).toHaveTextContent(JSON.parse(text).checksum);
    expect(screen.queryByText(/not final/)).toBeNull();
  });

  test("each format shows its preview; the evaluations are read once, for the payloads", async () => {
    const rubric = finalRubric();
    const { user, workbook } = await openExport({ evaluations: sampleEvaluations().slice(0, 12) });
    await user.click(screen.getByRole("radio", { name: "Evaluation JSON Schema" }));
    expect(preview()).toHaveValue(JSON.stringify(evaluationSchema(rubric), null, 2));
    expect(screen.queryByTestId("checksum")).toBeNull();

    await user.click(screen.getByRole("radio", { name: "e-cology form specification" }));
    expect(preview()).toHaveValue(JSON.stringify(ecologyFormSpec(rubric, { language: "en" }), null, 2));

    await user.click(screen.getByRole("radio", { name: "Camunda form (form-js)" }));
    expect(preview()).toHaveValue(JSON.stringify(camundaForm(rubric), null, 2));
    expect(workbook.reads()).toBe(0);

    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    await user.type(screen.getByRole("textbox", { name: "Workflow id (workflowid)" }), "42");
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Preview" })).toBeInTheDocument());
    const payloads = JSON.parse((preview() as HTMLTextAreaElement).value);
    expect(payloads).toHaveLength(12);
    expect(payloads[0].workflowId).toBe("42");
    // Back and forth between formats: the store holds the evaluations.
    await user.click(screen.getByRole("radio", { name: "Camunda form (form-js)" }));
    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toHaveLength(12);
    expect(workbook.reads()).toBe(1);
  });

  test("a draft rubric is exported with a warning that it is not final", async () => {
    await openExport({ draft: true });
    expect(
      await screen.findByText("This rubric's status is draft, not final: the export says so."),
    ).toBeInTheDocument();
    expect(preview()).toHaveValue(serializeRubric(exampleRubric("en")));
  });

  test("an invalid working draft is refused with its problems listed; the latest version still exports", async () => {
    const user = userEvent.setup();
    const workbook = await openWorkbook();
    typeInto(workbook.host, RUBRIC_SHEET, 10, 4, -1); // PREP's weight, typed in the grid
    await user.click(await screen.findByRole("tab", { name: "Export" })); // the tab reads the rubric again
    // Version 1, from its snapshot: the grid's edit is in the working draft only.
    expect(await screen.findByRole("textbox", { name: "Preview" })).toHaveValue(serializeRubric(finalRubric()));
    expect(screen.queryByText(/is not exported/)).toBeNull();
    await user.click(screen.getByRole("combobox", { name: "Version" }));
    await user.click(await screen.findByRole("option", { name: "Working draft (unpublished)" }));
    expect(await screen.findByText(/is not exported/)).toBeInTheDocument();
    expect(screen.getAllByText(/PREP.*weight/i).length).toBeGreaterThan(0);
    expect(screen.queryByRole("textbox", { name: "Preview" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Copy" })).toBeNull();
  });

  test("Copy says when the clipboard refuses, and when it worked", async () => {
    const { user } = await openExport();
    const writeText = jest
      .fn()
      .mockRejectedValueOnce(new Error("Write permission denied"))
      .mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole("button", { name: "Copy" }));
    expect(await screen.findByText(/Could not copy: Write permission denied/)).toBeInTheDocument();
    expect(screen.queryByText("Copied to the clipboard.")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText("Copied to the clipboard.")).toBeInTheDocument();
    expect(writeText).toHaveBeenLastCalledWith(serializeRubric(finalRubric()));
  });

  test("Copy without a clipboard says so", async () => {
    const { user } = await openExport();
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await user.click(await screen.findByRole("button", { name: "Copy" }));
    expect(await screen.findByText(/clipboard is not available/)).toBeInTheDocument();
  });

  test("Download hands over a file and does not claim it arrived", async () => {
    const { user } = await openExport();
    const createObjectURL = jest.fn(() => "blob:export");
    Object.defineProperty(URL, "createObjectURL", { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, "revokeObjectURL", { value: jest.fn(), configurable: true });
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await user.click(await screen.findByRole("button", { name: "Download" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(names).toEqual([`${exampleRubric("en").id}-v1.rubric.json`]);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/If nothing was downloaded, use Copy/)).toBeInTheDocument();
  });

  test("inserts the e-cology specification into a new sheet, as text", async () => {
    const { user, workbook } = await openExport();
    await user.click(screen.getByRole("radio", { name: "e-cology form specification" }));
    await user.click(screen.getByRole("button", { name: "Insert into a new sheet" }));
    expect(await screen.findByText("Inserted into the new sheet e-cology spec.")).toBeInTheDocument();
    const expected = ecologySpecSheet(ecologyFormSpec(finalRubric(), { language: "en" }), "en");
    const width = Math.max(...expected.map((row) => row.length));
    const letters = String.fromCharCode(64 + width);
    const cells = grid(workbook.host, "e-cology spec", `A1:${letters}${expected.length}`);
    expect(cells).toEqual(expected.map((row) => [...row, ...Array(width - row.length).fill("")]));
  });

  test("inserts JSON as one line per row in column A, and reports a failed insert", async () => {
    const { user, workbook } = await openExport();
    await user.click(await screen.findByRole("button", { name: "Insert into a new sheet" }));
    await screen.findByText("Inserted into the new sheet Rubric JSON.");
    const lines = serializeRubric(finalRubric()).split("\n");
    expect(grid(workbook.host, "Rubric JSON", `A1:A${lines.length}`)).toEqual(lines.map((line) => [line]));
    const run = workbook.session.run;
    workbook.session.run = () => {
      workbook.session.run = run;
      return Promise.reject(new Error("The workbook is protected."));
    };
    await user.click(screen.getByRole("button", { name: "Insert into a new sheet" }));
    expect(await screen.findByText("Could not insert the sheet.")).toBeInTheDocument();
    expect(screen.getByText("The workbook is protected.")).toBeInTheDocument();
  });

  test("payloads without a workflow id show the problems and no preview", async () => {
    const { user } = await openExport({ evaluations: sampleEvaluations().slice(0, 2) });
    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    expect(await screen.findByText("2 scored evaluations")).toBeInTheDocument();
    const problems = screen.getByRole("list", { name: "Problems" });
    expect(within(problems).getByText("Enter the workflow id (workflowId).")).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Preview" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Insert into a new sheet" })).toBeNull();
  });

  test("payloads are built for the selected rows by default, or for all scored rows when chosen", async () => {
    const rubric = finalRubric();
    const user = userEvent.setup();
    // Row 7 is selected but not scored: no payload.
    const rows = [...sampleEvaluations().slice(0, 5), { values: {} }, { values: {} }, { values: {} }];
    const workbook = await openWorkbook({ evaluations: rows });
    selectAreas(workbook.host, EVALUATIONS_SHEET, ["A5", "A7", "A11"]);
    await user.click(await screen.findByRole("tab", { name: "Export" }));
    await user.click(await screen.findByRole("radio", { name: "e-cology request payloads" }));
    await user.type(screen.getByRole("textbox", { name: "Workflow id (workflowid)" }), "42");
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    expect(await screen.findByRole("radio", { name: "Selected rows (2)" })).toBeChecked();
    const mapping = { workflowId: "42", detailTableDBName: "formtable_main_1_dt1" };
    const expected = (records: EvaluationRecord[]) => {
      const result = ecologyPayload(rubric, records, mapping, { language: "en" });
      if (!result.ok) throw new Error(result.problems.join("; "));
      return result.payloads;
    };
    const evaluations = await evaluationsIn(workbook);
    expect(evaluations).toHaveLength(5);
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toEqual(expected([evaluations[1], evaluations[3]]));

    await user.click(screen.getByRole("radio", { name: "All scored rows (5)" }));
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toEqual(expected(evaluations));
    await user.click(screen.getByRole("radio", { name: "Selected rows (2)" }));
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toHaveLength(2);
  });

  test("without selected rows all scored rows are chosen, and the selected rows follow the sheet", async () => {
    const { user, workbook } = await openExport({ evaluations: sampleEvaluations().slice(0, 3) });
    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    await user.type(screen.getByRole("textbox", { name: "Workflow id (workflowid)" }), "42");
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    expect(await screen.findByRole("radio", { name: "All scored rows (3)" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Selected rows (0)" })).not.toBeChecked();
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toHaveLength(3);

    // The reviewer selects a row in the sheet: the default becomes that row.
    act(() => {
      selectCell(workbook.host, EVALUATIONS_SHEET, 5, 0);
      workbook.selectionChanged();
    });
    expect(await screen.findByRole("radio", { name: "Selected rows (1)" })).toBeChecked();
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toHaveLength(1);

    // Once chosen, "All" stays chosen when the selection moves.
    await user.click(screen.getByRole("radio", { name: "All scored rows (3)" }));
    act(() => {
      selectAreas(workbook.host, EVALUATIONS_SHEET, ["A4:A5"]);
      workbook.selectionChanged();
    });
    expect(await screen.findByRole("radio", { name: "Selected rows (2)" })).not.toBeChecked();
    expect(screen.getByRole("radio", { name: "All scored rows (3)" })).toBeChecked();
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toHaveLength(3);
    expect(workbook.reads()).toBe(1);
  });

  test("strings are translated (zh)", async () => {
    await openExport({ draft: true, language: "zh" });
    expect(await screen.findByRole("radio", { name: "评分标准 JSON（规范格式）" })).toBeChecked();
    expect(screen.getByText(/不是定稿/)).toBeInTheDocument();
  });
});
