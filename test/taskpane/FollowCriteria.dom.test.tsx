/** @jest-environment jsdom */
// The pane follows grid edits of the criteria table: after a manager types new Levels in the grid, the score cells
// accept the new levels (the table's changed event, debounced); the pane's own rubric writes are not followed again.
import "@testing-library/jest-dom";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { MutableRefObject } from "react";
import { TableChange, WorkbookSession } from "../../src/app/session";
import { App } from "../../src/taskpane/App";
import { OwnWrites, useFollowCriteria } from "../../src/taskpane/useFollowCriteria";
import { exampleHost, headers, selectCell, typeInto } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, hostSession } from "../support/session";

jest.setTimeout(60_000);

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

test("a Levels edit in the grid: the score cells accept the new levels", async () => {
  const host = await exampleHost([
    { date: "2024-05-02", person: "Zhang Wei", team: "North", reviewer: "Li Na", values: { PREP: 7 } },
  ]);
  selectCell(host, EVALUATIONS_SHEET, 3, 5);
  const workbook = hostSession({ host });
  render(<App host="Excel" session={workbook.session} />);
  expect(await screen.findByText(/Evaluation: row 4 · Zhang Wei/)).toBeInTheDocument();
  await pause(50); // the event registrations land

  const criteria = host.model.table("Criteria_proactive_visit");
  const evaluations = host.model.table("Evaluations_proactive_visit");
  const sheet = host.model.sheet(evaluations.sheet.name)!;
  const prep = evaluations.box.column + headers(host, "Evaluations_proactive_visit").indexOf("PREP");
  const rule = () => sheet.validationAt(evaluations.box.row + 1, prep)?.rule;
  expect(rule()).toEqual({ list: { inCellDropDown: true, source: "0,4,7,10" } });

  const levels = criteria.box.column + headers(host, "Criteria_proactive_visit").indexOf("Levels");
  act(() => typeInto(host, RUBRIC_SHEET, criteria.box.row + 1, levels, "0 = Not done; 5 = Partly; 10 = Done"));
  await waitFor(() => expect(rule()).toEqual({ list: { inCellDropDown: true, source: "0,5,10" } }), {
    timeout: 10_000,
  });
});

describe("useFollowCriteria", () => {
  /** A session whose criteria-table events the test raises; `runs` counts the workbook batches started. */
  function stubSession() {
    const handlers: ((change: TableChange) => void)[] = [];
    const counter = { runs: 0 };
    const session = {
      run: async () => {
        counter.runs++;
        throw new Error("no workbook here");
      },
      onTableChanged: (_name: string, handler: (change: TableChange) => void) => {
        handlers.push(handler);
        return () => handlers.splice(handlers.indexOf(handler), 1);
      },
    } as unknown as WorkbookSession;
    return {
      session,
      counter,
      raise: (address: string) => handlers.forEach((h) => h({ address, changeType: "RangeEdited" })),
    };
  }

  test("ignores changes during the pane's own write and just after; follows one a little later, once per burst", async () => {
    const { session, counter, raise } = stubSession();
    const own: MutableRefObject<OwnWrites> = { current: { running: 1, endedAt: 0 } };
    const failures: string[] = [];
    renderHook(() =>
      useFollowCriteria(session, "proactive-visit", own, (o) => void (!o.ok && failures.push(o.failure.key)), 20),
    );
    raise("J11"); // during the pane's write
    own.current = { running: 0, endedAt: Date.now() };
    raise("J11"); // just after it
    await pause(60);
    expect(counter.runs).toBe(0);

    raise("J11");
    raise("J11"); // a burst: one follow
    await pause(60);
    expect(counter.runs).toBe(1);
    // A failure is reported, under the use case's key (the pane shows it).
    expect(failures).toEqual(["followCriteriaEdit"]);
  });

  test("follows nothing without a rubric", async () => {
    const { session, counter, raise } = stubSession();
    renderHook(() =>
      useFollowCriteria(session, undefined, { current: { running: 0, endedAt: 0 } }, () => undefined, 20),
    );
    raise("J11");
    await pause(60);
    expect(counter.runs).toBe(0);
  });
});
