/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { scoreEvaluation } from "../../src/rubric/score";
import { App } from "../../src/taskpane/App";
import { FakeActions } from "./fake-actions";

const scored = { PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 };

describe("App with workbook actions", () => {
  test("opens on the Score tab with the selected evaluation and saves what was chosen", async () => {
    const user = userEvent.setup();
    const actions = new FakeActions({ rows: [{ values: { ...scored, BONUS: null }, comment: "" }] });
    render(<App host="Excel" actions={actions} />);
    expect(await screen.findByText("Evaluation: row 2")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Score" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByTestId("summary-note")).toHaveTextContent("#N/A: 1 of 7 criteria not scored");
    await user.click(screen.getByRole("radio", { name: "None (0)" }));
    expect(screen.getByTestId("total")).toHaveTextContent("55.0");
    await user.type(screen.getByRole("textbox", { name: "Comment" }), "ok");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(actions.rows[0]).toEqual({ values: scored, comment: "ok" });
  });

  test("a failing action shows a MessageBar with what to do, and trying again recovers", async () => {
    const user = userEvent.setup();
    const actions = new FakeActions();
    actions.failures.set("readRubric", new Error("The sheet 'Rubric' is protected."));
    render(<App host="Excel" actions={actions} />);
    expect(await screen.findByText("Could not read the rubric.")).toBeInTheDocument();
    expect(screen.getByText("The sheet 'Rubric' is protected.")).toBeInTheDocument();
    expect(screen.getByText(/then try again/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.queryByText("Could not read the rubric.")).toBeNull();
    expect(await screen.findByText(/No evaluation is selected/)).toBeInTheDocument();
  });

  test("a failed save keeps the entries and says so next to the form", async () => {
    const user = userEvent.setup();
    const actions = new FakeActions({ rows: [{ values: scored, comment: "" }] });
    actions.failures.set("saveEvaluation", new Error("write conflict"));
    render(<App host="Excel" actions={actions} />);
    await user.click(await screen.findByRole("button", { name: "Save" }));
    const form = screen.getByRole("form", { name: "Score the evaluation" });
    expect(within(form).getByText("Could not save the evaluation.")).toBeInTheDocument();
    expect(within(form).getByText("write conflict")).toBeInTheDocument();
    expect(screen.getByTestId("total")).toHaveTextContent("55.0");
  });

  test("follows the selection, and moves to the next unscored or a new evaluation", async () => {
    const user = userEvent.setup();
    const actions = new FakeActions({
      rows: [
        { values: scored, comment: "" },
        { values: { ...scored, OAUSE: 10 }, comment: "" },
        { values: { PREP: 4 }, comment: "" },
      ],
    });
    render(<App host="Excel" actions={actions} />);
    expect(await screen.findByText("Evaluation: row 2")).toBeInTheDocument();
    act(() => actions.select(1));
    expect(await screen.findByText("Evaluation: row 3")).toBeInTheDocument();
    expect(screen.getByTestId("total")).toHaveTextContent("70.0");
    await user.click(screen.getByRole("button", { name: "Next unscored" }));
    expect(await screen.findByText("Evaluation: row 4")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "New evaluation" }));
    expect(await screen.findByText("Evaluation: row 5")).toBeInTheDocument();
    expect(screen.getByTestId("summary-note")).toHaveTextContent("Not scored yet");
  });

  test("a weight changed in the grid shows in the live total once the selection moves", async () => {
    const actions = new FakeActions({ rows: [{ values: scored, comment: "" }] });
    render(<App host="Excel" actions={actions} />);
    expect(await screen.findByTestId("total")).toHaveTextContent("55.0");
    // The manager types a new weight for OAUSE (25 -> 75) in the criteria table, then clicks back into the row.
    actions.rubric = {
      ...actions.rubric!,
      criteria: actions.rubric!.criteria.map((c) => (c.id === "OAUSE" ? { ...c, weight: 75 } : c)),
    };
    const outcome = scoreEvaluation(actions.rubric, scored);
    if (outcome.status !== "total") throw new Error("the engine gives no total");
    expect(outcome.total.toFixed(1)).not.toBe("55.0");
    act(() => actions.select(0));
    await waitFor(() => expect(screen.getByTestId("total")).toHaveTextContent(outcome.total.toFixed(1)));
  });

  test("without a rubric it opens on the Rubric tab, and creating the example shows it", async () => {
    const user = userEvent.setup();
    const actions = new FakeActions({ rubric: null });
    render(<App host="Excel" actions={actions} />);
    await user.click(await screen.findByRole("button", { name: "Insert the example rubric" }));
    expect(await screen.findByRole("heading", { name: /Proactive follow-up visit/ })).toBeInTheDocument();
    expect(actions.calls).toContain("createRubric");
    await user.click(screen.getByRole("tab", { name: "Score" }));
    expect(screen.getByText(/No evaluation is selected/)).toBeInTheDocument();
  });

  test("outside Excel it says what can be done, even with actions", () => {
    render(<App host={null} actions={new FakeActions()} />);
    expect(screen.getByRole("status")).toHaveTextContent("Not running inside Excel");
    expect(screen.getByText(/Open a workbook in Excel/)).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  test("speaks Simplified Chinese when asked", async () => {
    render(<App host="Excel" language="zh" actions={new FakeActions({ rows: [{ values: {}, comment: "" }] })} />);
    expect(await screen.findByRole("tab", { name: "评分" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "评分表工作台" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "保存" })).toBeInTheDocument();
  });
});
