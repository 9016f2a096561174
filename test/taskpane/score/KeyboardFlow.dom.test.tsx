/** @jest-environment jsdom */
// The Score tab by keyboard, on the simulated host: where focus goes, what is required, Ctrl+Enter (Save and next),
// and the "Saved" announcement.
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { today } from "../../../src/app/new-evaluation";
import { App } from "../../../src/taskpane/App";
import { exampleHost, grid, selectCell } from "../../support/host-helpers";
import { EVALUATIONS_SHEET, hostSession } from "../../support/session";

jest.setTimeout(60_000);

const REVIEWER_KEY = "rubric-workbench:reviewer:proactive-visit";
const scored = { PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 };
const unscored = { PREP: null, MAIL1: null, OAUSE: null, PROC: null, SUMM: null, MAIL2: null, BONUS: null };
const row = (values: Record<string, number | null>, person: string, reviewer: string, team = "North") => ({
  date: "2024-05-02",
  process: `HF-${person.length}`,
  person,
  team,
  reviewer,
  values,
});

/** Rows 4–7: Li Na scored Zhang Wei (North), Wang Fang (South) scored by Chen Jing, one unscored row, one more. */
async function openPane() {
  const host = await exampleHost([
    row(scored, "Zhang Wei", "Li Na", "North"),
    row(scored, "Wang Fang", "Chen Jing", "South"),
    row({ ...unscored, PREP: 4 }, "Zhou Min", "Li Na", "East"),
    row(scored, "Sun Hui", "Chen Jing", "West"),
  ]);
  selectCell(host, EVALUATIONS_SHEET, 3, 5);
  const workbook = hostSession({ host });
  render(<App host="Excel" session={workbook.session} />);
  await screen.findByText("Evaluation: row 4 · Zhang Wei · 2024-05-02");
  return workbook;
}

const form = () => screen.getByRole("form", { name: "Score the evaluation" });
const field = (name: string) => within(form()).getByLabelText(name, { exact: false, selector: "input" });
const focusedCriterion = () => (document.activeElement as HTMLElement).closest("section")?.dataset.criterion;

afterEach(() => localStorage.clear());

// The "every evaluation is scored" MessageBar measures itself to reflow; jsdom has no ResizeObserver.
beforeAll(() => {
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
});

describe("the Score tab by keyboard", () => {
  test("New evaluation: the remembered reviewer's own Person and Team, focus on the first criterion", async () => {
    const user = userEvent.setup();
    localStorage.setItem(REVIEWER_KEY, "Li Na");
    const { host } = await openPane();
    await user.click(screen.getByRole("button", { name: "New evaluation" }));
    await screen.findByText(`Evaluation: row 8 · Zhou Min · ${today()}`);
    // Li Na's last row is Zhou Min (East), not the last row's Sun Hui (West).
    expect(grid(host, EVALUATIONS_SHEET, "A8:E8")[0].slice(1)).toEqual(["", "Zhou Min", "East", "Li Na"]);
    expect(field("Reviewer")).toHaveValue("Li Na");
    expect(field("Date")).toHaveValue(today());
    await waitFor(() => expect(focusedCriterion()).toBe("PREP"));
    expect(document.activeElement).toHaveAttribute("role", "radio");
  });

  test("required fields are marked; an empty one blocks the save with the reason next to it", async () => {
    const user = userEvent.setup();
    const { host } = await openPane();
    for (const name of ["Date", "Process number", "Person", "Reviewer"]) expect(field(name)).toBeRequired();
    expect(field("Team")).not.toBeRequired();
    await user.clear(field("Process number"));
    const before = grid(host, EVALUATIONS_SHEET, "A4:R7");
    await user.click(within(form()).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Process number is required to save.")).toBeInTheDocument();
    expect(field("Process number")).toHaveFocus();
    expect(field("Process number")).toHaveAttribute("aria-invalid", "true");
    expect(grid(host, EVALUATIONS_SHEET, "A4:R7")).toEqual(before);
    // A date that is not yyyy-mm-dd is named at once.
    expect(screen.queryByText("Enter the date as yyyy-mm-dd.")).toBeNull();
  });

  test("Save keeps focus where it was and announces Saved; only the changed cell is written", async () => {
    const user = userEvent.setup();
    const { host } = await openPane();
    const before = grid(host, EVALUATIONS_SHEET, "A4:R7");
    await user.clear(field("Team"));
    await user.type(field("Team"), "Team 9");
    const save = within(form()).getByRole("button", { name: "Save" });
    await user.click(save);
    await waitFor(() => expect(screen.getByTestId("save-status")).toHaveTextContent("Saved"));
    expect(screen.getByTestId("save-status")).toHaveAttribute("role", "status");
    expect(save).toHaveFocus();
    const after = grid(host, EVALUATIONS_SHEET, "A4:R7");
    expect(after[0][3]).toBe("Team 9");
    after.forEach((r, i) =>
      expect(r.filter((_, c) => i !== 0 || c !== 3)).toEqual(before[i].filter((_, c) => i !== 0 || c !== 3)),
    );
    // The saved reviewer is remembered for the next new evaluation.
    expect(localStorage.getItem(REVIEWER_KEY)).toBe("Li Na");
    // An edit clears the announcement.
    await user.type(field("Process number"), "1");
    expect(screen.getByTestId("save-status")).toHaveTextContent("");
  });

  test("digits score each criterion and move on; Ctrl+Enter saves and opens the next unscored row", async () => {
    const user = userEvent.setup();
    const { host } = await openPane();
    // Row 4 is scored: go to the unscored row 6 with the button, and focus lands on its first blank criterion.
    await user.click(within(form()).getByRole("button", { name: "Next unscored" }));
    await screen.findByText("Evaluation: row 6 · Zhou Min · 2024-05-02");
    await waitFor(() => expect(focusedCriterion()).toBe("MAIL1"));
    const keys: string[] = ["3", "2", "2", "4", "3", "1"]; // MAIL1 7, OAUSE 4, PROC 4, SUMM 10, MAIL2 7, BONUS 0
    for (const key of keys) await user.keyboard(key);
    // After the last criterion, focus goes to Save and next (every required field is filled).
    expect(document.activeElement).toHaveTextContent("Save and next");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await waitFor(() => expect(grid(host, EVALUATIONS_SHEET, "F6:L6")[0]).toEqual([4, 7, 4, 4, 10, 7, 0]));
    // No other row is unscored: the form stays, says so, and announces the save.
    expect(await screen.findByText(/Every evaluation is scored/)).toBeInTheDocument();
    expect(screen.getByTestId("save-status")).toHaveTextContent("Saved");
    expect(form()).toContainElement(document.activeElement as HTMLElement);
  });

  test("Ctrl+Enter from the comment box saves and focuses the next unscored row's first blank criterion", async () => {
    const user = userEvent.setup();
    const { host } = await openPane();
    await user.click(within(form()).getByRole("textbox", { name: "Comment" }));
    await user.keyboard("fine{Control>}{Enter}{/Control}");
    await screen.findByText("Evaluation: row 6 · Zhou Min · 2024-05-02");
    expect(grid(host, EVALUATIONS_SHEET, "M4")[0][0]).toBe("fine");
    await waitFor(() => expect(focusedCriterion()).toBe("MAIL1"));
    // The caption naming the row stays at the top while the form scrolls.
    expect(getComputedStyle(screen.getByTestId("evaluation-caption")).position).toBe("sticky");
  });
});
