/** @jest-environment jsdom */
// The Rubric tab's versions on the simulated host: a weight typed in the grid is listed as a draft change and
// published with a note; the new version is applied to every evaluation, and undone; an old version is made the
// working draft again, asked first over unpublished changes.
import "@testing-library/jest-dom";
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { dataValue, exampleHost, selectCell, typeInto } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, hostSession } from "../support/session";

jest.setTimeout(90_000);
// Each step runs use cases on the simulated host, which calculates the sheet: on a busy 2-core runner a step can take
// longer than testing-library's 1 s default wait.
configure({ asyncUtilTimeout: 15_000 });

const rows = [7, 3, 10].map((prep) => ({
  date: "2024-05-02",
  process: "HF-18090001",
  person: "Zhang Wei",
  team: "North",
  reviewer: "Li Na",
  values: { PREP: prep, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 },
}));

async function openRubricTab() {
  const host = await exampleHost(rows);
  selectCell(host, EVALUATIONS_SHEET, 3, 5);
  const workbook = hostSession({ host });
  render(<App host="Excel" session={workbook.session} />);
  const user = userEvent.setup();
  await user.click(await screen.findByRole("tab", { name: "Rubric" }));
  return { ...workbook, user };
}

/** Lets the pane's debounced read after a selection event land. */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
}

const totals = (host: Awaited<ReturnType<typeof openRubricTab>>["host"]) => {
  const table = host.model.table("Evaluations_proactive_visit");
  return [0, 1, 2].map((r) => [dataValue(host, table, r, "Total"), dataValue(host, table, r, "Rubric version")]);
};

describe("versions in the Rubric tab", () => {
  test("publish a grid edit with a note, apply it to all evaluations, undo", async () => {
    const { host, user, selectionChanged } = await openRubricTab();
    const before = totals(host);
    // PREP's weight (row 11, column E) 15 -> 30, typed in the grid; the pane reads again on the next selection.
    typeInto(host, RUBRIC_SHEET, 10, 4, 30);
    selectionChanged();
    const draft = await screen.findByRole("region", { name: /Unpublished changes \(1\)/ });
    expect(within(draft).getByText("PREP weight 15 → 30")).toBeInTheDocument();
    await settle();
    expect(totals(host)).toEqual(before);

    await user.click(await within(draft).findByRole("button", { name: "Publish…" }));
    const dialog = await screen.findByRole("dialog", { name: /Publish version 2/ });
    await user.type(await within(dialog).findByRole("textbox", { name: /Note/ }), "PREP counts double");
    await user.click(await within(dialog).findByRole("button", { name: "Publish" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    await settle();
    expect(await screen.findByText("PREP counts double")).toBeInTheDocument();
    expect(totals(host)).toEqual(before);

    // Apply version 2 to all evaluations: every total moves to version 2's.
    const history = await screen.findByRole("region", { name: "Versions" });
    const applyButtons = await within(history).findAllByRole("button", { name: "Apply to evaluations…" });
    await user.click(applyButtons[0]); // newest first: version 2
    const apply = await screen.findByRole("dialog", { name: "Apply version 2 to evaluations" });
    await user.click(await within(apply).findByRole("radio", { name: "All evaluations" }));
    await user.click(await within(apply).findByRole("button", { name: "Apply version 2" }));
    expect(await screen.findByText("Version 2 applied to 3 evaluations.")).toBeInTheDocument();
    const after = totals(host);
    expect(after.map((r) => r[1])).toEqual([2, 2, 2]);
    expect(after.map((r) => r[0])).not.toEqual(before.map((r) => r[0]));

    // Role queries wait: while a dialog closes, Fluent keeps the rest of the pane hidden from assistive technology.
    await user.click(await screen.findByRole("button", { name: "Undo" }));
    expect(await screen.findByText("3 evaluations are back under their old versions.")).toBeInTheDocument();
    expect(totals(host)).toEqual(before);
  });

  test("making an old version the working draft asks first over unpublished changes", async () => {
    const { host, user, selectionChanged } = await openRubricTab();
    typeInto(host, RUBRIC_SHEET, 10, 4, 30);
    selectionChanged();
    await screen.findByRole("region", { name: /Unpublished changes \(1\)/ });
    await settle();
    await user.click(await screen.findByRole("button", { name: "Make this the working draft" }));
    await screen.findByRole("dialog", { name: "Make version 1 the working draft?" });
    await user.click(await screen.findByRole("button", { name: "Keep the draft" }));
    expect(host.model.valueAt(host.model.sheet(RUBRIC_SHEET)!, 10, 4)).toBe(30);
    // Fluent's dialog leaves the pane hidden from assistive technology until its exit ends: wait for that before
    // opening it again (jsdom has no animations to end it early).
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    await settle();
    await user.click(await screen.findByRole("button", { name: "Make this the working draft" }));
    await user.click(
      await within(await screen.findByRole("dialog", { name: "Make version 1 the working draft?" })).findByRole(
        "button",
        { name: "Replace the draft" },
      ),
    );
    await waitFor(() => expect(host.model.valueAt(host.model.sheet(RUBRIC_SHEET)!, 10, 4)).toBe(15));
    expect(
      await screen.findByText("The working draft is version 1 as published", { exact: false }),
    ).toBeInTheDocument();
  });

  test("finalising freezes the criteria (sheets protected) until the rubric is reopened", async () => {
    const { host, user } = await openRubricTab();
    await settle();
    await user.click(await screen.findByRole("button", { name: "Finalise…" }));
    await screen.findByRole("dialog", { name: "Finalise version 1?" });
    await user.click(await screen.findByRole("button", { name: "Finalise" }));
    expect(await screen.findByText(/This rubric is final: its criteria cannot be edited/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    await settle();
    expect(await screen.findByRole("button", { name: "More actions for PREP" })).toBeDisabled();
    expect(host.model.valueAt(host.model.sheet(RUBRIC_SHEET)!, 3, 1)).toBe("final");
    // The sheet refuses typing while final.
    expect(() => typeInto(host, RUBRIC_SHEET, 10, 4, 99)).toThrow();

    await user.click(await screen.findByRole("button", { name: "Reopen…" }));
    await screen.findByRole("dialog", { name: "Reopen the rubric?" });
    await user.click(await screen.findByRole("button", { name: "Reopen" }));
    await waitFor(() => expect(screen.queryByText(/This rubric is final/)).not.toBeInTheDocument());
    expect(await screen.findByRole("button", { name: "More actions for PREP" })).toBeEnabled();
    expect(host.model.valueAt(host.model.sheet(RUBRIC_SHEET)!, 3, 1)).toBe("draft");
  });
});
