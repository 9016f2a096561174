/** @jest-environment jsdom */
// The Review tab's "To a sheet" buttons on the simulated host: the review pack needs a team and an ISO week and
// writes that team's week to a sheet of its own (again: in place; protected: a failure that changes nothing); the
// report sheet follows the filter; the values copy holds the evaluations without a formula. Each says where it wrote.
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { cellsOf, changedCells } from "../../support/host-helpers";
import { sampleEvaluations } from "../../workbook/sample";
import { openReview, sheetRows } from "./open-review";

jest.setTimeout(90_000);

const TEAM = "Team 1 / 客服一组";
const WEEK = "2018-W36"; // Monday 3 to Sunday 9 September 2018

const sheetNames = (host: Awaited<ReturnType<typeof openReview>>["host"]) => host.model.sheets.map((s) => s.name);
const button = (name: string) => screen.getByRole("button", { name });
const status = () => screen.getByTestId("review-sheets-status");

describe("Review tab: to a sheet", () => {
  test("the review pack: a team and a week, its own sheet, written again in place, refused when protected", async () => {
    const { user, host } = await openReview();
    // A week but every team: no pack to write yet, and the pane says what it needs.
    expect(button("Write the review pack")).toBeDisabled();
    expect(button("Write the review pack")).toHaveAccessibleDescription(
      "The review pack is one team's ISO week: choose a team and a week.",
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Which" }), WEEK);
    expect(button("Write the review pack")).toBeDisabled();
    await user.selectOptions(screen.getByRole("combobox", { name: "Team" }), TEAM);
    expect(button("Write the review pack")).toBeEnabled();

    const sheets = sheetNames(host);
    const before = cellsOf(host);
    await user.click(button("Write the review pack"));
    await within(status()).findByText(/^Written to the sheet/, {}, { timeout: 20_000 });
    const added = sheetNames(host).filter((name) => !sheets.includes(name));
    expect(added).toHaveLength(1);
    expect(status()).toHaveTextContent(`Written to the sheet “${added[0]}”.`);
    expect(changedCells(before, cellsOf(host)).filter((a) => !a.startsWith(`${added[0]}!`))).toEqual([]);
    // The pack holds the team's week: every process of theirs that week, and no other.
    const inWeek = (e: { date?: unknown }) => String(e.date) >= "2018-09-03" && String(e.date) <= "2018-09-09";
    const evaluations = sampleEvaluations();
    const theirs = evaluations.filter((e) => e.team === TEAM && inWeek(e));
    expect(theirs.length).toBeGreaterThan(0);
    const texts = new Set([...host.model.sheet(added[0]).cells.values()].map((cell) => String(cell.value)));
    for (const e of theirs) expect(texts).toContain(e.process);
    const others = evaluations.filter((e) => !theirs.includes(e));
    expect(others.filter((e) => texts.has(String(e.process)))).toEqual([]);

    await user.click(button("Write the review pack"));
    await within(status()).findByText(`The sheet “${added[0]}” was written again.`, {}, { timeout: 20_000 });
    expect(sheetNames(host)).toEqual([...sheets, ...added]);

    host.model.protect(host.model.sheet(added[0]));
    const unchanged = cellsOf(host);
    await user.click(button("Write the review pack"));
    expect(await screen.findByText("Could not write the review pack.", {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(status()).toHaveTextContent("");
    expect(changedCells(unchanged, cellsOf(host))).toEqual([]);
  });

  test("a report sheet for the filter, and a values copy with the sheet's numbers and no formula", async () => {
    const { user, host } = await openReview();
    await user.selectOptions(screen.getByRole("combobox", { name: "Period" }), "all");
    let sheets = sheetNames(host);
    await user.click(button("Write a report sheet"));
    await within(status()).findByText(/^Written to the sheet/, {}, { timeout: 20_000 });
    expect(sheetNames(host).filter((name) => !sheets.includes(name))).toHaveLength(1);

    sheets = sheetNames(host);
    await user.click(button("Share a values copy"));
    await within(status()).findByText(/copied as values/, {}, { timeout: 20_000 });
    const [copy] = sheetNames(host).filter((name) => !sheets.includes(name));
    expect(status()).toHaveTextContent(`146 evaluations copied as values to the sheet “${copy}”.`);
    const sheet = host.model.sheet(copy);
    expect([...sheet.cells.values()].filter((cell) => cell.formula)).toEqual([]);
    // The copy's Points column sums to the evaluations table's.
    const points = (rows: Record<string, unknown>[]) => rows.reduce((sum, r) => sum + (r.Points as number), 0);
    const original = sheetRows(host);
    const header = [...Array(40).keys()].map((c) => host.model.valueAt(sheet, 6, c));
    const column = header.indexOf("Points");
    expect(column).toBeGreaterThan(-1);
    const copied = original.map((_, i) => host.model.valueAt(sheet, 7 + i, column) as number);
    expect(copied.reduce((a, b) => a + b, 0)).toBeCloseTo(points(original), 9);
  });
});
