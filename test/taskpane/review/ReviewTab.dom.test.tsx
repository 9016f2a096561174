/** @jest-environment jsdom */
// The Review tab on the simulated host with the example's 146 evaluations: each person's points equal the sum of the
// sheet's Points column for them, a team filter narrows every view to that team, and the card of the row selected in
// the sheet is shown and copied to the clipboard as HTML (no script, the criterion labels) and as text.
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { escapeHtml } from "../../../src/formats/evaluation-card";
import { exampleRubric } from "../../../src/rubric/example";
import { periodKey, periodOf } from "../../../src/rubric/review";
import { sampleEvaluations } from "../../workbook/sample";
import { FIRST_DATA_ROW, openReview, sheetRows } from "./open-review";

jest.setTimeout(90_000);

/** A Blob's text (jsdom's Blob has no text()). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

const rowsOf = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole("row")
    .filter((tr) => tr.dataset.name !== undefined);

describe("Review tab", () => {
  test("the latest week by default; over all dates each person's points are the sheet's Points summed", async () => {
    const { user, host } = await openReview();
    // The example's evaluations are from 2018–2019: this week holds none, so the tab opens on their latest week.
    const weekOf = (date: string) => periodKey(periodOf("week", Date.parse(date) / 86_400_000));
    const latest = sampleEvaluations()
      .map((e) => weekOf(String(e.date)))
      .sort()
      .at(-1)!;
    const inLatest = sampleEvaluations().filter((e) => weekOf(String(e.date)) === latest);
    expect(screen.getByRole("combobox", { name: "Which" })).toHaveValue(latest);
    expect(screen.getByTestId("review-summary")).toHaveTextContent(`${inLatest.length} evaluation`);
    await user.selectOptions(screen.getByRole("combobox", { name: "Period" }), "all");
    expect(screen.getByTestId("review-summary")).toHaveTextContent("146 evaluations");
    expect(screen.queryByTestId("review-left-out")).not.toBeInTheDocument();

    const sheet = sheetRows(host);
    expect(sheet).toHaveLength(146);
    const expected = new Map<string, number>();
    for (const row of sheet) {
      expect(typeof row.Points).toBe("number");
      expected.set(String(row.Person), (expected.get(String(row.Person)) ?? 0) + (row.Points as number));
    }
    const persons = rowsOf("review-persons");
    expect(persons.map((tr) => tr.dataset.name).sort()).toEqual([...expected.keys()].sort());
    for (const tr of persons) expect(Number(tr.dataset.points)).toBeCloseTo(expected.get(tr.dataset.name!)!, 9);
    const ledger = rowsOf("review-ledger-persons");
    for (const tr of ledger) expect(Number(tr.dataset.points)).toBeCloseTo(expected.get(tr.dataset.name!)!, 9);

    // One person's ledger: every row of theirs, with the sheet's points, running up to their sum.
    const person = "Sun Hui";
    await user.selectOptions(screen.getByRole("combobox", { name: "Person" }), person);
    const entries = screen.getByTestId("review-ledger-entries");
    expect(entries.dataset.person).toBe(person);
    const listed = within(entries)
      .getAllByRole("row")
      .filter((tr) => tr.dataset.row);
    const theirs = sheet
      .map((row, i) => ({ row, sheetRow: FIRST_DATA_ROW + i }))
      .filter((r) => r.row.Person === person);
    expect(listed.map((tr) => Number(tr.dataset.row)).sort((a, b) => a - b)).toEqual(theirs.map((r) => r.sheetRow));
    for (const tr of listed) {
      const at = theirs.find((r) => r.sheetRow === Number(tr.dataset.row))!;
      expect(Number(tr.dataset.points)).toBe(at.row.Points);
    }
    expect(within(listed.at(-1)!).getAllByRole("cell").at(-1)).toHaveTextContent(
      String(Math.round(expected.get(person)! * 100) / 100),
    );
  });

  test("a team filter narrows the persons, the teams and the profile to that team", async () => {
    const { user, host } = await openReview();
    await user.selectOptions(screen.getByRole("combobox", { name: "Period" }), "all");
    const team = "Team 1 / 客服一组";
    await user.selectOptions(screen.getByRole("combobox", { name: "Team" }), team);
    const sheet = sheetRows(host).filter((row) => row.Team === team);
    expect(screen.getByTestId("review-summary")).toHaveTextContent(`${sheet.length} evaluations`);
    expect(rowsOf("review-teams").map((tr) => tr.dataset.name)).toEqual([team]);
    const points = sheet.reduce((sum, row) => sum + (row.Points as number), 0);
    expect(Number(rowsOf("review-teams")[0].dataset.points)).toBeCloseTo(points, 9);
    const members = [...new Set(sheet.map((row) => String(row.Person)))].sort();
    expect(rowsOf("review-persons").map((tr) => tr.dataset.name)).toEqual(members);
    expect(screen.getByRole("heading", { name: `Criterion profile: ${team}` })).toBeInTheDocument();
    // Weakest first: the shares never fall along the score criteria.
    const shares = within(screen.getByTestId("review-profile"))
      .getAllByRole("listitem")
      .filter((li) => exampleRubric("en").criteria.find((c) => c.id === li.dataset.criterion)?.kind === "score")
      .map((li) => Number(li.dataset.share));
    expect(shares.length).toBeGreaterThan(0);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThanOrEqual(shares[i - 1]);
  });

  test("the selected row's card is shown; Copy puts HTML and text on the clipboard", async () => {
    const written: Record<string, Blob>[] = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {
        written.push(items);
      }
    }
    const write = jest.fn(async () => undefined);
    const writeText = jest.fn(async () => undefined);
    Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
    try {
      const { user, host } = await openReview();
      // After userEvent.setup(), which puts its own clipboard on navigator.
      Object.defineProperty(navigator, "clipboard", { value: { write, writeText }, configurable: true });
      const card = await screen.findByTestId("review-card");
      expect(card.dataset.row).toBe(String(FIRST_DATA_ROW));
      const rubric = exampleRubric("en");
      for (const c of rubric.criteria) expect(within(card).getByText(c.label)).toBeInTheDocument();
      const [first] = sheetRows(host);
      expect(within(card).getByRole("row", { name: /^Points/ })).toHaveTextContent(String(first.Points));

      await user.click(within(card).getByRole("button", { name: "Copy" }));
      await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
      expect(writeText).not.toHaveBeenCalled();
      expect(Object.keys(written[0]).sort()).toEqual(["text/html", "text/plain"]);
      const html = await textOf(written[0]["text/html"]);
      const text = await textOf(written[0]["text/plain"]);
      expect(html).not.toMatch(/<script/i);
      expect(html).toMatch(/^<table/);
      for (const c of rubric.criteria) {
        expect(html).toContain(escapeHtml(c.label));
        expect(text).toContain(c.label);
      }
      expect(await screen.findByText("Copied as a formatted table and as text.")).toBeInTheDocument();
    } finally {
      delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
    }
  });

  test("without ClipboardItem, Copy falls back to plain text; the tab reads in Chinese", async () => {
    const writeText = jest.fn<Promise<void>, [string]>(async () => undefined);
    const { user } = await openReview("zh");
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const card = await screen.findByTestId("review-card");
    expect(screen.getByRole("heading", { name: "评价卡" })).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "复制" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    // The card's words are Chinese; the labels are the workbook's (its rubric was written in English).
    const text = writeText.mock.calls[0][0];
    expect(text).toMatch(/^Proactive follow-up visit（第 1 版）/);
    for (const c of exampleRubric("en").criteria) expect(text).toContain(c.label);
  });

  test("one ISO week: its evaluations, a part-scored row counted as left out; a target names the closest", async () => {
    const partial = {
      date: "2018-09-05",
      process: "HF-PARTIAL",
      person: "Sun Hui",
      team: "Team 3 / 客服三组",
      reviewer: "Process manager",
      values: { PREP: 7, MAIL1: 4 },
    };
    const { user } = await openReview("en", [...sampleEvaluations(), partial]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Which" }), "2018-W36");
    // 2018-W36 runs from Monday 3 to Sunday 9 September 2018.
    const inWeek = sampleEvaluations().filter((e) => String(e.date) >= "2018-09-03" && String(e.date) <= "2018-09-09");
    expect(inWeek.length).toBeGreaterThan(0);
    expect(screen.getByTestId("review-summary")).toHaveTextContent(`${inWeek.length} evaluations`);
    expect(screen.getByTestId("review-left-out")).toHaveTextContent("Left out: 1 not fully scored");

    // The ledger holds the week's persons with all their points; a target orders those still short of it.
    const ledger = rowsOf("review-ledger-persons");
    const points = new Map(ledger.map((tr) => [tr.dataset.name!, Number(tr.dataset.points)]));
    expect([...points.keys()].sort()).toEqual([...new Set(inWeek.map((e) => e.person!))].sort());
    const target = Math.max(...points.values()) + 1;
    await user.type(screen.getByRole("textbox", { name: "Points target (everyone)" }), String(target));
    const closest = within(screen.getByTestId("review-closest")).getAllByRole("listitem");
    const nearest = [...points].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    expect(closest[0]).toHaveTextContent(`${nearest[0]}: ${Math.round((target - nearest[1]) * 100) / 100} to go`);

    await user.clear(screen.getByRole("textbox", { name: "Points target (everyone)" }));
    await user.type(screen.getByRole("textbox", { name: "Points target (everyone)" }), "-2");
    expect(screen.getByText("A target is a number above 0.")).toBeInTheDocument();
    expect(screen.queryByTestId("review-closest")).not.toBeInTheDocument();
  });
});
