/** @jest-environment jsdom */
// The ledger's targets from the workbook, on the simulated host with the example's 146 evaluations: without a table,
// "Set up targets" makes the Points targets sheet listing the ledger's persons; once the manager fills it in and
// clicks Refresh, the ledger shows each person's own or level's target, the table's problems are listed as an alert,
// and the target typed for everyone is no longer offered (the table wins).
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { POINTS_TARGETS_TABLE } from "../../../src/workbook/points-targets";
import { appendTableRow, exampleHost, grid, typeInto } from "../../support/host-helpers";
import { hostSession } from "../../support/session";
import { sampleEvaluations } from "../../workbook/sample";

jest.setTimeout(90_000);

const SHEET = "Points targets";

async function openLedger() {
  const host = await exampleHost(sampleEvaluations());
  const workbook = hostSession({ host });
  const user = userEvent.setup();
  render(<App host="Excel" language="en" session={workbook.session} />);
  await user.click(await screen.findByRole("tab", { name: "Review" }));
  await screen.findByTestId("review-summary", {}, { timeout: 30_000 });
  await user.selectOptions(screen.getByRole("combobox", { name: "Period" }), "all");
  return { ...workbook, user };
}

const ledgerRows = () =>
  within(screen.getByTestId("review-ledger-persons"))
    .getAllByRole("row")
    .filter((tr) => tr.dataset.name !== undefined);

describe("the ledger's points targets", () => {
  test("Set up targets, fill the sheet in, Refresh: own and level targets in the ledger, bad rows listed", async () => {
    const { user, host } = await openLedger();
    expect(await screen.findByText("No points targets table in this workbook.")).toBeInTheDocument();
    // Meanwhile one target typed for everyone is offered.
    expect(screen.getByRole("textbox", { name: "Points target (everyone)" })).toBeInTheDocument();
    expect(host.model.findTable(POINTS_TARGETS_TABLE)).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "Set up targets" }));
    expect(await screen.findByTestId("review-targets-source")).toHaveTextContent(
      "Targets from the sheet Points targets",
    );
    expect(screen.getByText("Made the sheet Points targets: fill in the targets there, then Refresh.")).toBeVisible();
    expect(screen.getByText(/The table holds no target yet/)).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Points target (everyone)" })).not.toBeInTheDocument();

    // The sheet lists every person of the evaluations, the ledger's persons.
    const persons = ledgerRows().map((tr) => tr.dataset.name!);
    const listed = grid(host, SHEET, `A2:A${1 + persons.length}`).flat();
    expect([...listed].sort()).toEqual([...persons].sort());
    expect(grid(host, SHEET, "A1:C1")).toEqual([["Person", "Level", "Target"]]);

    // The manager fills it in: an own target, a level and its target, a typo.
    const [own, viaLevel, typo] = listed.map(String);
    typeInto(host, SHEET, 1, 2, "30");
    typeInto(host, SHEET, 2, 1, "P5");
    typeInto(host, SHEET, 3, 2, "abc");
    appendTableRow(host, POINTS_TARGETS_TABLE, ["", "P5", 10]);
    await user.click(screen.getByRole("button", { name: "Refresh" }));

    await waitFor(() => expect(screen.getByTestId("review-targets-problems")).toBeInTheDocument());
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("1 problem in the table (those rows are not used):");
    expect(alert).toHaveTextContent("Row 4: the target “abc” is not a number above 0.");
    expect(screen.getByText(/2 persons with a target; the table wins/)).toBeInTheDocument();
    // Where to type the targets is said no more once the table holds some.
    expect(screen.queryByText(/^Made the sheet Points targets/)).not.toBeInTheDocument();

    const row = (name: string) => ledgerRows().find((tr) => tr.dataset.name === name)!;
    expect(row(own).dataset).toMatchObject({ target: "30", source: "person" });
    expect(row(viaLevel).dataset).toMatchObject({ target: "10", source: "level" });
    expect(row(typo).dataset.target).toBeUndefined();
    expect(row(typo)).toHaveTextContent("no target");
    const points = Number(row(own).dataset.points);
    expect(row(own)).toHaveTextContent(points >= 30 ? "Reached" : `${Math.round((30 - points) * 100) / 100} to go`);
  });
});
