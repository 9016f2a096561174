/** @jest-environment jsdom */
// The what-if on the simulated host with the example's evaluations: a tried weight moves the histogram, the
// transitions and the movers at once without a sync; Reset drops it; Apply to draft writes it to the criteria table.
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readEvaluations } from "../../../src/app/read-evaluations";
import { exampleRubric } from "../../../src/rubric/example";
import { scoreAsAwarded, scoreUnder, evaluationData, trialOf, weightEdit } from "../../../src/rubric/whatif";
import { App } from "../../../src/taskpane/App";
import { exampleHost, grid, journalFrom, selectCell } from "../../support/host-helpers";
import { RUBRIC_SHEET, hostSession, valueOf } from "../../support/session";
import { sampleEvaluations } from "../../workbook/sample";

jest.setTimeout(90_000);

async function openWhatIf() {
  const host = await exampleHost(sampleEvaluations());
  selectCell(host, RUBRIC_SHEET, 0, 0);
  const workbook = hostSession({ host });
  const user = userEvent.setup();
  render(<App host="Excel" session={workbook.session} />);
  await user.click(await screen.findByRole("tab", { name: "What-if" }));
  await screen.findByTestId("whatif-summary", {}, { timeout: 30_000 });
  return { ...workbook, user };
}

const histogram = () => screen.getByTestId("whatif-histogram");
const weightBox = (id: string) => screen.getAllByRole("textbox", { name: `Weight of ${id}` })[0];

describe("What-if tab", () => {
  test("a tried weight moves the impact at once, without a sync, and Reset drops it", async () => {
    const { user, host } = await openWhatIf();
    const evaluations = sampleEvaluations().length;
    expect(screen.getByRole("heading", { name: /Impact/ })).toHaveTextContent(`${evaluations} evaluations`);
    // Nothing tried: before and after are the same.
    expect(histogram().dataset.after).toBe(histogram().dataset.before);
    expect(screen.getByText("No evaluation moves.")).toBeInTheDocument();

    const syncs = journalFrom(host);
    await user.clear(weightBox("PREP"));
    await user.type(weightBox("PREP"), "30");
    expect(histogram().dataset.after).not.toBe(histogram().dataset.before);
    expect(screen.getByText("1 change tried")).toBeInTheDocument();
    expect(syncs.syncs()).toEqual([]);

    // The movers are exactly the evaluations whose total moves under the tried rubric (20 listed at most).
    const records = valueOf(await readEvaluations(hostSession({ host }).session)).evaluations;
    const data = evaluationData(records);
    const before = scoreAsAwarded(data, { versions: [], unversioned: exampleRubric("en") });
    const after = scoreUnder(data, trialOf(exampleRubric("en"), [weightEdit("PREP", 30)]));
    const moving = records.filter((_, i) => before.total[i] !== after.total[i] || before.status[i] !== after.status[i]);
    const listed = within(screen.getByTestId("whatif-movers"))
      .getAllByRole("listitem")
      .filter((li) => li.dataset.row);
    expect(listed.length).toBe(Math.min(20, moving.length));
    const rows = new Set(moving.map((r) => String(r.sheetRow)));
    for (const li of listed) expect(rows.has(li.dataset.row!)).toBe(true);

    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(histogram().dataset.after).toBe(histogram().dataset.before);
    expect(weightBox("PREP")).toHaveValue("15");
  });

  test("Apply to draft writes the tried weight to the criteria table and clears the tried changes", async () => {
    const { user, host } = await openWhatIf();
    await user.clear(weightBox("PREP"));
    await user.type(weightBox("PREP"), "30");
    await user.click(screen.getByRole("button", { name: "Apply to draft" }));
    await waitFor(() => expect(grid(host, RUBRIC_SHEET, "E11")).toEqual([[30]]));
    expect(await screen.findByText("0 changes tried")).toBeInTheDocument();
    // The draft now has the weight: the tried rubric is the draft, still against the evaluations as awarded.
    expect(weightBox("PREP")).toHaveValue("30");
  });

  test("the trend under one rubric lists every month of the example, its awarded means rising", async () => {
    await openWhatIf();
    const rows = within(screen.getByTestId("whatif-trend")).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThan(3);
    const awarded = rows.map((row) => Number(within(row).getAllByRole("cell")[1].textContent));
    expect(awarded[awarded.length - 1]).toBeGreaterThan(awarded[0] + 10);
    // Under the draft, which awarded every evaluation, both columns agree.
    for (const row of rows) {
      const [, mean, under] = within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent);
      expect(under).toBe(mean);
    }
  });

  test("Write to a sheet puts the summary on a sheet of the workbook and says which", async () => {
    const { user, host } = await openWhatIf();
    await user.clear(weightBox("PREP"));
    await user.type(weightBox("PREP"), "30");
    const sheets = host.model.sheets.map((sheet) => sheet.name);
    await user.click(screen.getByRole("button", { name: "Write to a sheet" }));
    const done = await screen.findByText(/Written to the sheet/, {}, { timeout: 20_000 });
    const added = host.model.sheets.map((sheet) => sheet.name).filter((name) => !sheets.includes(name));
    expect(added).toHaveLength(1);
    expect(done).toHaveTextContent(`Written to the sheet “${added[0]}”.`);
  });

  test("one version against another: version 1 tried against version 1 moves nothing; the draft with a change does", async () => {
    const { user } = await openWhatIf();
    await user.selectOptions(screen.getByRole("combobox", { name: "Compared with" }), "1");
    await user.clear(weightBox("PREP"));
    await user.type(weightBox("PREP"), "30");
    expect(histogram().dataset.after).not.toBe(histogram().dataset.before);
    await user.selectOptions(screen.getByRole("combobox", { name: "Tried rubric" }), "1");
    expect(screen.getByText("0 changes tried")).toBeInTheDocument();
    expect(histogram().dataset.after).toBe(histogram().dataset.before);
    expect(screen.getByText("No evaluation moves.")).toBeInTheDocument();
  });

  test("an invalid tried rubric is named and cannot be applied", async () => {
    const { user } = await openWhatIf();
    for (const id of exampleRubric("en")
      .criteria.filter((c) => c.kind === "score")
      .map((c) => c.id)) {
      await user.click(screen.getByRole("checkbox", { name: `Switch ${id} off` }));
    }
    expect(await screen.findByText(/The tried rubric is invalid/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply to draft" })).toBeDisabled();
  });
});
