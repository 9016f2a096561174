/** @jest-environment jsdom */
// The pane stays quiet: one debounced read per burst of selection events, none while hidden, unsaved entries kept
// per evaluation, and the form's row read again when something else changes it.
import "@testing-library/jest-dom";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { exampleRubric } from "../../src/rubric/example";
import { scoreEvaluation } from "../../src/rubric/score";
import { App } from "../../src/taskpane/App";
import { QUIET_MS } from "../../src/taskpane/useQuietRead";
import { exampleHost, selectCell, typeInto, valueAt } from "../support/host-helpers";
import { EVALUATIONS_SHEET, hostSession } from "../support/session";

jest.setTimeout(60_000);

const scored = { PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 };
const evaluation = (person: string) => ({
  date: "2024-05-02",
  process: "HF-18090001",
  person,
  team: "North",
  reviewer: "Li Na",
  values: scored,
});
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** Three scored evaluations (sheet rows 4–6), the first selected, the pane on it; `runs` counts its workbook batches. */
async function openPane() {
  const host = await exampleHost([evaluation("Zhang Wei"), evaluation("Wang Fang"), evaluation("Chen Jie")]);
  selectCell(host, EVALUATIONS_SHEET, 3, 5);
  const workbook = hostSession({ host });
  const run = workbook.session.run;
  const counter = { runs: 0 };
  workbook.session.run = (op) => {
    counter.runs++;
    return run(op);
  };
  render(<App host="Excel" session={workbook.session} />);
  expect(await screen.findByText(/Evaluation: row 4 · Zhang Wei/)).toBeInTheDocument();
  await pause(50); // the event registrations land
  counter.runs = 0;
  /** The user clicks a cell of sheet row `row` (1-based); Excel says so, sometimes more than once. */
  const select = (row: number, times = 1) =>
    act(() => {
      selectCell(host, EVALUATIONS_SHEET, row - 1, 5);
      for (let i = 0; i < times; i++) workbook.selectionChanged();
    });
  return { ...workbook, counter, select };
}

describe("A quiet pane", () => {
  test("reads at once on a click, and nothing more while no other event comes", async () => {
    const pane = await openPane();
    pane.select(5);
    expect(pane.counter.runs).toBe(1);
    expect(await screen.findByText(/Evaluation: row 5 · Wang Fang/)).toBeInTheDocument();
    await pause(QUIET_MS * 3);
    expect(pane.counter.runs).toBe(1);
  });

  test("folds a burst of selection events into one more read when it ends", async () => {
    const pane = await openPane();
    pane.select(5);
    pane.select(6, 4); // spurious repeats of the same address
    expect(pane.counter.runs).toBe(1); // the first event's read
    expect(await screen.findByText(/Evaluation: row 6 · Chen Jie/)).toBeInTheDocument();
    await pause(QUIET_MS * 3);
    expect(pane.counter.runs).toBe(2);
  });

  test("reads nothing while the pane is hidden, and once when it is shown again", async () => {
    const pane = await openPane();
    act(() => pane.visibilityChanged(false));
    pane.select(5);
    pane.select(6);
    await pause(QUIET_MS * 2);
    expect(pane.counter.runs).toBe(0);
    expect(screen.getByText(/Evaluation: row 4 · Zhang Wei/)).toBeInTheDocument();
    act(() => pane.visibilityChanged(true));
    expect(await screen.findByText(/Evaluation: row 6 · Chen Jie/)).toBeInTheDocument();
    await pause(QUIET_MS * 2);
    expect(pane.counter.runs).toBe(1);
  });

  test("keeps unsaved entries per evaluation, restores them on coming back, and says they are unsaved", async () => {
    const user = userEvent.setup();
    const pane = await openPane();
    expect(screen.queryByTestId("unsaved")).toBeNull();
    await user.type(screen.getByRole("textbox", { name: "Comment" }), "draft");
    expect(screen.getByTestId("unsaved")).toHaveTextContent("Unsaved changes");
    pane.select(5);
    expect(await screen.findByText(/Evaluation: row 5 · Wang Fang/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Comment" })).toHaveValue("");
    expect(screen.queryByTestId("unsaved")).toBeNull();
    pane.select(4);
    expect(await screen.findByText(/Evaluation: row 4 · Zhang Wei/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Comment" })).toHaveValue("draft");
    expect(screen.getByTestId("unsaved")).toBeInTheDocument();
    expect(valueAt(pane.host, EVALUATIONS_SHEET, "M4")).toBe(""); // nothing was written meanwhile
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(valueAt(pane.host, EVALUATIONS_SHEET, "M4")).toBe("draft"));
    await waitFor(() => expect(screen.queryByTestId("unsaved")).toBeNull());
    // Saved entries are the sheet's now: leaving and coming back shows them as read, not as unsaved.
    pane.select(5);
    expect(await screen.findByText(/Evaluation: row 5 · Wang Fang/)).toBeInTheDocument();
    pane.select(4);
    expect(await screen.findByText(/Evaluation: row 4 · Zhang Wei/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Comment" })).toHaveValue("draft");
    expect(screen.queryByTestId("unsaved")).toBeNull();
  });

  test("reads the form's row again when it is changed by other means, keeping the reviewer's entries", async () => {
    const user = userEvent.setup();
    const pane = await openPane();
    await user.type(screen.getByRole("textbox", { name: "Comment" }), "mine");
    pane.counter.runs = 0;
    // A co-author types into another row: the pane stays quiet.
    act(() => typeInto(pane.host, EVALUATIONS_SHEET, 4, 5, 4));
    await pause(QUIET_MS * 2);
    expect(pane.counter.runs).toBe(0);
    // A co-author changes PREP and the comment of the form's row: PREP takes the new value, the comment the
    // reviewer typed stays, still unsaved.
    act(() => {
      typeInto(pane.host, EVALUATIONS_SHEET, 3, 5, 4);
      typeInto(pane.host, EVALUATIONS_SHEET, 3, 12, "theirs");
    });
    const outcome = scoreEvaluation(exampleRubric("en"), { ...scored, PREP: 4 });
    if (outcome.status !== "total") throw new Error("the engine gives no total");
    const expected = outcome.total.toFixed(1);
    expect(expected).not.toBe("55.0");
    await waitFor(() => expect(screen.getByTestId("total")).toHaveTextContent(expected));
    expect(screen.getByRole("textbox", { name: "Comment" })).toHaveValue("mine");
    expect(screen.getByTestId("unsaved")).toBeInTheDocument();
    expect(pane.counter.runs).toBe(1);
  });
});
