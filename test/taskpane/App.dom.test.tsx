/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { exampleRubric } from "../../src/rubric/example";
import { scoreEvaluation } from "../../src/rubric/score";
import { App } from "../../src/taskpane/App";
import { activeCell, exampleHost, grid, selectCell, sortTable, typeInto, valueAt } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, hostSession } from "../support/session";

// The pane runs its real use cases on the simulated Excel host, which calculates every formula it writes.
jest.setTimeout(60_000);

const scored = { PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 };
const evaluation = (values: Record<string, number | null>, person = "Zhang Wei") => ({
  date: "2024-05-02",
  process: "HF-18090001",
  person,
  team: "North",
  reviewer: "Li Na",
  values,
});

/** The example rubric with these evaluations, the first data row (sheet row 4) selected, and the pane on it. */
async function openPane(rows: ReturnType<typeof evaluation>[], language: "en" | "zh" = "en") {
  const host = await exampleHost(rows);
  selectCell(host, EVALUATIONS_SHEET, 3, 5);
  const workbook = hostSession({ host, language });
  render(<App host="Excel" language={language} session={workbook.session} />);
  return workbook;
}

/** Makes the next workbook batch fail, as Excel does when a sheet is protected. */
function failNextRun(workbook: ReturnType<typeof hostSession>, message: string) {
  const run = workbook.session.run;
  workbook.session.run = () => {
    workbook.session.run = run;
    return Promise.reject(new Error(message));
  };
}

describe("App on a workbook", () => {
  test("opens on the Score tab with the selected evaluation and saves what was chosen to its row", async () => {
    const user = userEvent.setup();
    const { host } = await openPane([evaluation({ ...scored, BONUS: null }), evaluation(scored, "Wang Fang")]);
    expect(await screen.findByText("Evaluation: row 4 · Zhang Wei · 2024-05-02")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Score" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByTestId("summary-note")).toHaveTextContent("#N/A: 1 of 7 criteria not scored");
    await user.click(screen.getByRole("radio", { name: "None (0)" }));
    expect(screen.getByTestId("total")).toHaveTextContent("55.0");
    await user.type(screen.getByRole("textbox", { name: "Comment" }), "ok");
    const otherRow = grid(host, EVALUATIONS_SHEET, "A5:Q5");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(valueAt(host, EVALUATIONS_SHEET, "M4")).toBe("ok"));
    expect(grid(host, EVALUATIONS_SHEET, "F4:L4")[0]).toEqual(Object.values(scored));
    expect(valueAt(host, EVALUATIONS_SHEET, "O4")).toBe(55); // the sheet's Total agrees with the pane's
    expect(grid(host, EVALUATIONS_SHEET, "A5:Q5")).toEqual(otherRow);
  });

  test("a failing read shows a MessageBar with what to do, and trying again recovers", async () => {
    const user = userEvent.setup();
    const host = await exampleHost([evaluation(scored)]);
    const workbook = hostSession({ host });
    failNextRun(workbook, "The sheet 'Rubric' is protected.");
    render(<App host="Excel" session={workbook.session} />);
    expect(await screen.findByText("Could not read the rubric.")).toBeInTheDocument();
    expect(screen.getByText("The sheet 'Rubric' is protected.")).toBeInTheDocument();
    expect(screen.getByText(/then try again/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByText("Could not read the rubric.")).toBeNull());
    expect(await screen.findByText(/No evaluation is selected/)).toBeInTheDocument();
  });

  test("a failed save keeps the entries and says so next to the form", async () => {
    const user = userEvent.setup();
    const workbook = await openPane([evaluation(scored)]);
    await user.type(await screen.findByRole("textbox", { name: "Comment" }), "changed");
    failNextRun(workbook, "write conflict");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const form = screen.getByRole("form", { name: "Score the evaluation" });
    expect(await within(form).findByText("Could not save the evaluation.")).toBeInTheDocument();
    expect(within(form).getByText("write conflict")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Comment" })).toHaveValue("changed");
    expect(valueAt(workbook.host, EVALUATIONS_SHEET, "M4")).toBe("");
  });

  test("follows the selection, and moves to the next unscored or a new evaluation", async () => {
    const user = userEvent.setup();
    const workbook = await openPane([
      evaluation(scored),
      evaluation({ ...scored, OAUSE: 10 }, "Wang Fang"),
      evaluation({ PREP: 4 }, "Chen Jie"),
    ]);
    expect(await screen.findByText(/Evaluation: row 4 /)).toBeInTheDocument();
    act(() => {
      selectCell(workbook.host, EVALUATIONS_SHEET, 4, 0);
      workbook.selectionChanged();
    });
    expect(await screen.findByText(/Evaluation: row 5 · Wang Fang/)).toBeInTheDocument();
    expect(screen.getByTestId("total")).toHaveTextContent("70.0");
    await user.click(screen.getByRole("button", { name: "Next unscored" }));
    expect(await screen.findByText(/Evaluation: row 6 · Chen Jie/)).toBeInTheDocument();
    // This device remembers the reviewer: the new evaluation starts with the Person of Li Na's last row.
    localStorage.setItem("rubric-workbench:reviewer:proactive-visit", "Li Na");
    await user.click(screen.getByRole("button", { name: "New evaluation" }));
    expect(await screen.findByText(/Evaluation: row 7 · Chen Jie/)).toBeInTheDocument();
    localStorage.clear();
    expect(screen.getByTestId("summary-note")).toHaveTextContent("Not scored yet");
  });

  test("changing a score the sheet computes with a formula says the save replaces it; Save does, nothing else", async () => {
    const user = userEvent.setup();
    const host = await exampleHost([evaluation(scored)]);
    typeInto(host, EVALUATIONS_SHEET, 3, 6, "=3+4"); // MAIL1 (7) of the evaluation, as a formula
    selectCell(host, EVALUATIONS_SHEET, 3, 5);
    const workbook = hostSession({ host });
    render(<App host="Excel" session={workbook.session} />);
    await screen.findByText(/Evaluation: row 4 /);
    const section = (id: string) => document.querySelector(`section[data-criterion="${id}"]`) as HTMLElement;
    await user.click(within(section("PREP")).getByRole("radio", { name: "Excellent, with evidence (10)" }));
    expect(screen.queryByText(/with a formula/)).toBeNull(); // PREP holds no formula
    const mail1 = section("MAIL1");
    await user.click(within(mail1).getByRole("radio", { name: "Excellent, with evidence (10)" }));
    expect(
      screen.getByText("The sheet computes MAIL1 with a formula: saving replaces the formula with what you entered."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(valueAt(host, EVALUATIONS_SHEET, "G4")).toBe(10));
    expect(host.model.sheet(EVALUATIONS_SHEET).cell(3, 6)?.formula).toBeUndefined();
  });

  test("a sort under the form keeps the evaluation it shows, with its entries and its new row", async () => {
    const user = userEvent.setup();
    const workbook = await openPane([evaluation(scored, "Zhang Wei"), evaluation(scored, "Wang Fang")]);
    await screen.findByText("Evaluation: row 4 · Zhang Wei · 2024-05-02");
    await user.type(screen.getByRole("textbox", { name: "Comment" }), "draft");
    act(() => sortTable(workbook.host, "Evaluations_proactive_visit", "Person", "asc")); // Wang Fang first
    expect(await screen.findByText("Evaluation: row 5 · Zhang Wei · 2024-05-02")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Comment" })).toHaveValue("draft");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(valueAt(workbook.host, EVALUATIONS_SHEET, "M5")).toBe("draft"));
    expect(valueAt(workbook.host, EVALUATIONS_SHEET, "C5")).toBe("Zhang Wei");
    expect(valueAt(workbook.host, EVALUATIONS_SHEET, "M4")).toBe("");
  });

  test("Show in sheet brings the evaluation being scored back into view", async () => {
    const user = userEvent.setup();
    const workbook = await openPane([evaluation(scored), evaluation(scored, "Wang Fang")]);
    await screen.findByText(/Evaluation: row 4 /);
    selectCell(workbook.host, EVALUATIONS_SHEET, 40, 20); // the reviewer clicked far away, outside the table
    await user.click(screen.getByRole("button", { name: "Show in sheet" }));
    await waitFor(() => expect(activeCell(workbook.host)).toEqual({ sheet: EVALUATIONS_SHEET, row: 3, column: 0 }));
  });

  test("a weight changed in the grid is a draft change: the live total stays the version's", async () => {
    const workbook = await openPane([evaluation(scored)]);
    expect(await screen.findByTestId("total")).toHaveTextContent("55.0");
    // The manager types a new weight for OAUSE (25 -> 75) in the criteria table, then clicks back into the row.
    typeInto(workbook.host, RUBRIC_SHEET, 12, 4, 75);
    const rubric = exampleRubric("en");
    rubric.criteria = rubric.criteria.map((c) => (c.id === "OAUSE" ? { ...c, weight: 75 } : c));
    const outcome = scoreEvaluation(rubric, scored);
    if (outcome.status !== "total") throw new Error("the engine gives no total");
    expect(outcome.total.toFixed(1)).not.toBe("55.0");
    act(() => workbook.selectionChanged());
    // The read after the selection event (debounced) has the draft; the form still scores under version 1.
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(screen.getByTestId("total")).toHaveTextContent("55.0");
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "Rubric" }));
    expect(await screen.findByText("OAUSE weight 25 → 75")).toBeInTheDocument();
  });

  test("without a rubric it opens on the Rubric tab; creating the example shows it and its first evaluation", async () => {
    const user = userEvent.setup();
    const { session } = hostSession({ samples: false });
    render(<App host="Excel" session={session} />);
    await user.click(await screen.findByRole("button", { name: "Insert the example rubric" }));
    expect(await screen.findByRole("heading", { name: /Proactive follow-up visit/ })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Score" }));
    expect(await screen.findByText("Evaluation: row 4")).toBeInTheDocument();
  });

  test("an import that is not a rubric says so, with its own hint, and writes nothing", async () => {
    const user = userEvent.setup();
    const { session, host } = hostSession({ samples: false });
    render(<App host="Excel" session={session} />);
    await screen.findByRole("button", { name: "Insert the example rubric" });
    // jsdom's File has no text(); the browser's does.
    const file = Object.assign(new File(["{ nope"], "broken.json"), { text: async () => "{ nope" });
    await user.upload(screen.getByTestId("import-file"), file);
    expect(await screen.findByText("Could not import the rubric.")).toBeInTheDocument();
    expect(screen.getByText(/broken\.json is not a rubric file/)).toBeInTheDocument();
    expect(screen.getByText(/must be a canonical rubric JSON file/)).toBeInTheDocument();
    // The hint fits the failure: a file that does not read is no protected workbook.
    expect(screen.queryByText(/protected/)).toBeNull();
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("outside Excel it says what can be done, even with a session", () => {
    render(<App host={null} session={hostSession().session} />);
    expect(screen.getByRole("status")).toHaveTextContent("Not running inside Excel");
    expect(screen.getByText(/Open a workbook in Excel/)).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  test("speaks Simplified Chinese when asked", async () => {
    await openPane([evaluation({})], "zh");
    expect(await screen.findByRole("tab", { name: "评分" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "评分表工作台" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "保存" })).toBeInTheDocument();
    expect(screen.getByText("评价：第 4 行 · Zhang Wei · 2024-05-02")).toBeInTheDocument();
  });
});
