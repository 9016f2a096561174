/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { TextEncoder } from "util";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ecologySpecSheet } from "../../src/formats/ecology/sheet";
import { ecologyFormSpec } from "../../src/formats/ecology/spec";
import { camundaForm } from "../../src/formats/camunda/form";
import { ecologyPayload } from "../../src/formats/ecology/payload";
import { evaluationSchema } from "../../src/formats/json-schema/evaluation";
import { serializeRubric } from "../../src/formats/rubric-json/file";
import { exampleRubric } from "../../src/rubric/example";
import { Rubric } from "../../src/rubric/model";
import { App } from "../../src/taskpane/App";
import { EvaluationRecord } from "../../src/taskpane/actions";
import { FakeActions } from "./fake-actions";
import { sampleEvaluations } from "../workbook/sample";

// jsdom has no TextEncoder; the rubric file's checksum (SHA-256 of UTF-8) needs it.
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;

const finalRubric = (): Rubric => ({ ...exampleRubric("en"), status: "final" });

async function openExport(actions: FakeActions) {
  const user = userEvent.setup();
  render(<App host="Excel" actions={actions} />);
  await user.click(await screen.findByRole("tab", { name: "Export" }));
  await screen.findByRole("radiogroup");
  return user;
}

const preview = () => screen.getByRole("textbox", { name: "Preview" });

describe("Export tab", () => {
  test("shows the canonical rubric JSON and its checksum, built from the rubric", async () => {
    const rubric = finalRubric();
    const actions = new FakeActions({ rubric });
    await openExport(actions);
    expect(screen.getByRole("radio", { name: "Rubric JSON (canonical)" })).toBeChecked();
    const text = serializeRubric(rubric);
    expect(await screen.findByRole("textbox", { name: "Preview" })).toHaveValue(text);
    expect(preview()).toHaveAttribute("readonly");
    expect(screen.getByTestId("checksum")).toHaveTextContent(JSON.parse(text).checksum);
    expect(screen.queryByText(/not final/)).toBeNull();
  });

  test("each format shows its preview", async () => {
    const rubric = finalRubric();
    const actions = new FakeActions({ rubric });
    const user = await openExport(actions);
    await user.click(screen.getByRole("radio", { name: "Evaluation JSON Schema" }));
    expect(preview()).toHaveValue(JSON.stringify(evaluationSchema(rubric), null, 2));
    expect(screen.queryByTestId("checksum")).toBeNull();

    await user.click(screen.getByRole("radio", { name: "e-cology form specification" }));
    expect(preview()).toHaveValue(JSON.stringify(ecologyFormSpec(rubric, { language: "en" }), null, 2));

    await user.click(screen.getByRole("radio", { name: "Camunda form (form-js)" }));
    expect(preview()).toHaveValue(JSON.stringify(camundaForm(rubric), null, 2));

    actions.evaluations = sampleEvaluations().map((e, rowIndex) => ({ ...e, rowIndex }));
    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    await user.type(screen.getByRole("textbox", { name: "Workflow id (workflowid)" }), "42");
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Preview" })).toBeInTheDocument());
    const payloads = JSON.parse((preview() as HTMLTextAreaElement).value);
    expect(payloads).toHaveLength(actions.evaluations.length);
    expect(payloads[0].workflowId).toBe("42");
    expect(actions.calls.filter((c) => c === "readEvaluations")).toHaveLength(1);
  });

  test("a draft rubric is exported with a warning that it is not final", async () => {
    await openExport(new FakeActions({ rubric: exampleRubric("en") }));
    expect(await screen.findByText("This rubric is a draft, not final: the export says so.")).toBeInTheDocument();
    expect(preview()).toHaveValue(serializeRubric(exampleRubric("en")));
  });

  test("an invalid rubric is refused with its problems listed", async () => {
    const rubric = finalRubric();
    rubric.criteria = rubric.criteria.map((c, i) => (i === 0 ? { ...c, weight: -1 } : c));
    await openExport(new FakeActions({ rubric }));
    expect(await screen.findByText(/is not exported/)).toBeInTheDocument();
    expect(screen.getByText(/PREP.*weight/i)).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Preview" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Copy" })).toBeNull();
  });

  test("Copy says when the clipboard refuses, and when it worked", async () => {
    const actions = new FakeActions({ rubric: finalRubric() });
    const user = await openExport(actions);
    const writeText = jest
      .fn()
      .mockRejectedValueOnce(new Error("Write permission denied"))
      .mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText(/Could not copy: Write permission denied/)).toBeInTheDocument();
    expect(screen.queryByText("Copied to the clipboard.")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText("Copied to the clipboard.")).toBeInTheDocument();
    expect(writeText).toHaveBeenLastCalledWith(serializeRubric(finalRubric()));
  });

  test("Copy without a clipboard says so", async () => {
    const user = await openExport(new FakeActions({ rubric: finalRubric() }));
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText(/clipboard is not available/)).toBeInTheDocument();
  });

  test("Download hands over a file and does not claim it arrived", async () => {
    const user = await openExport(new FakeActions({ rubric: finalRubric() }));
    const createObjectURL = jest.fn(() => "blob:export");
    Object.defineProperty(URL, "createObjectURL", { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, "revokeObjectURL", { value: jest.fn(), configurable: true });
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await user.click(screen.getByRole("button", { name: "Download" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(names).toEqual([`${exampleRubric("en").id}-v1.rubric.json`]);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/If nothing was downloaded, use Copy/)).toBeInTheDocument();
    click.mockRestore();
  });

  test("inserts the e-cology specification sheet into a new sheet", async () => {
    const rubric = finalRubric();
    const actions = new FakeActions({ rubric });
    const user = await openExport(actions);
    await user.click(screen.getByRole("radio", { name: "e-cology form specification" }));
    await user.click(screen.getByRole("button", { name: "Insert into a new sheet" }));
    expect(await screen.findByText("Inserted into the new sheet e-cology spec.")).toBeInTheDocument();
    expect(actions.sheets.get("e-cology spec")).toEqual(
      ecologySpecSheet(ecologyFormSpec(rubric, { language: "en" }), "en"),
    );
  });

  test("inserts JSON as one line per row in column A, and reports a failed insert", async () => {
    const rubric = finalRubric();
    const actions = new FakeActions({ rubric });
    const user = await openExport(actions);
    await user.click(screen.getByRole("button", { name: "Insert into a new sheet" }));
    await screen.findByText("Inserted into the new sheet Rubric JSON.");
    expect(actions.sheets.get("Rubric JSON")).toEqual(
      serializeRubric(rubric)
        .split("\n")
        .map((line) => [line]),
    );
    actions.failures.set("insertSheet", new Error("The workbook is protected."));
    await user.click(screen.getByRole("button", { name: "Insert into a new sheet" }));
    expect(await screen.findByText("Could not insert the sheet.")).toBeInTheDocument();
    expect(screen.getByText("The workbook is protected.")).toBeInTheDocument();
  });

  test("payloads without a workflow id show the problems and no preview", async () => {
    const actions = new FakeActions({ rubric: finalRubric() });
    actions.evaluations = sampleEvaluations()
      .slice(0, 2)
      .map((e, rowIndex): EvaluationRecord => ({ ...e, rowIndex }));
    const user = await openExport(actions);
    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    expect(await screen.findByText("2 scored evaluations")).toBeInTheDocument();
    const problems = screen.getByRole("list", { name: "Problems" });
    expect(within(problems).getByText("mapping: workflowId is empty")).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Preview" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Insert into a new sheet" })).toBeNull();
  });

  test("payloads are built for the selected rows by default, or for all scored rows when chosen", async () => {
    const rubric = finalRubric();
    const actions = new FakeActions({ rubric });
    actions.evaluations = sampleEvaluations()
      .slice(0, 5)
      .map((e, rowIndex): EvaluationRecord => ({ ...e, rowIndex }));
    actions.selectedRows = [1, 3, 7]; // row 7 is selected but not scored: no payload
    const user = await openExport(actions);
    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    await user.type(screen.getByRole("textbox", { name: "Workflow id (workflowid)" }), "42");
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    expect(await screen.findByRole("radio", { name: "Selected rows (2)" })).toBeChecked();
    const mapping = { workflowId: "42", detailTableDBName: "formtable_main_1_dt1" };
    const expected = (rows: EvaluationRecord[]) => {
      const result = ecologyPayload(rubric, rows, mapping, { language: "en" });
      if (!result.ok) throw new Error(result.problems.join("; "));
      return result.payloads;
    };
    const [second, fourth] = [actions.evaluations[1], actions.evaluations[3]];
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toEqual(expected([second, fourth]));

    await user.click(screen.getByRole("radio", { name: "All scored rows (5)" }));
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toEqual(expected(actions.evaluations));
    await user.click(screen.getByRole("radio", { name: "Selected rows (2)" }));
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toHaveLength(2);
  });

  test("without selected rows all scored rows are chosen, and the selected rows follow the sheet", async () => {
    const rubric = finalRubric();
    const actions = new FakeActions({ rubric });
    actions.evaluations = sampleEvaluations()
      .slice(0, 3)
      .map((e, rowIndex): EvaluationRecord => ({ ...e, rowIndex }));
    const user = await openExport(actions);
    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    await user.type(screen.getByRole("textbox", { name: "Workflow id (workflowid)" }), "42");
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    expect(await screen.findByRole("radio", { name: "All scored rows (3)" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Selected rows (0)" })).not.toBeChecked();
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toHaveLength(3);

    // The reviewer selects a row in the sheet: the default becomes that row.
    actions.selectedRows = [2];
    actions.select(2);
    expect(await screen.findByRole("radio", { name: "Selected rows (1)" })).toBeChecked();
    const payloads = JSON.parse((preview() as HTMLTextAreaElement).value);
    expect(payloads).toHaveLength(1);

    // Once chosen, "All" stays chosen when the selection moves.
    await user.click(screen.getByRole("radio", { name: "All scored rows (3)" }));
    actions.selectedRows = [0, 1];
    actions.select(0);
    expect(await screen.findByRole("radio", { name: "Selected rows (2)" })).not.toBeChecked();
    expect(screen.getByRole("radio", { name: "All scored rows (3)" })).toBeChecked();
    expect(JSON.parse((preview() as HTMLTextAreaElement).value)).toHaveLength(3);
    expect(actions.calls.filter((c) => c === "readEvaluations")).toHaveLength(1);
  });

  test("strings are translated (zh)", async () => {
    const user = userEvent.setup();
    render(<App host="Excel" actions={new FakeActions({ rubric: exampleRubric("zh") })} language="zh" />);
    await user.click(await screen.findByRole("tab", { name: "导出" }));
    expect(await screen.findByRole("radio", { name: "评分表 JSON（规范格式）" })).toBeChecked();
    expect(screen.getByText(/不是定稿/)).toBeInTheDocument();
  });
});
