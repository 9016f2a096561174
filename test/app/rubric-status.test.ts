// The rubric's status on the simulated host: mark stable, finalise (the rubric and versions sheets protected, so
// nothing changes the rubric until it is reopened) and reopen. Each is recorded in the history; evaluations keep
// their totals and can still be scored.
import { applyVersionTo } from "../../src/app/apply-version";
import { createRubric } from "../../src/app/create-rubric";
import { discardDraft } from "../../src/app/discard-draft";
import { editCriteria } from "../../src/app/edit-criteria";
import { newEvaluation } from "../../src/app/new-evaluation";
import { publishVersion } from "../../src/app/publish-version";
import { readRubric } from "../../src/app/read-rubric";
import { finaliseRubric, markStable, reopenRubric } from "../../src/app/rubric-status";
import { scoreEvaluation } from "../../src/app/score-evaluation";
import { SimulatedHost } from "../host";
import { SheetModel } from "../host/model/sheet";
import { cellsOf, changedCells, dataValue, headers, syncsOf, typeInto } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(120_000);

const CRITERIA = "Criteria_proactive_visit";
const EVALUATIONS = "Evaluations_proactive_visit";
const VERSIONS_SHEET = "proactive-visit versions";
const STATUS_CELL = `${RUBRIC_SHEET}!B4`;
const denied = expect.objectContaining({ code: "AccessDenied" });

/** Types into the working criteria table: the cell of data row `rowIndex` under `header`. */
function typeCriterion(host: SimulatedHost, rowIndex: number, header: string, value: unknown): void {
  const table = host.model.table(CRITERIA);
  const column = table.box.column + headers(host, CRITERIA).indexOf(header);
  typeInto(host, RUBRIC_SHEET, table.box.row + 1 + rowIndex, column, value);
}

/** Every evaluation's Total, Points, Band and version, in table order. */
function results(host: SimulatedHost): unknown[][] {
  const table = host.model.table(EVALUATIONS);
  return Array.from({ length: table.box.rows - 1 }, (_, r) =>
    ["Total", "Points", "Band", "Rubric version"].map((h) => dataValue(host, table, r, h)),
  );
}

const sheets = (host: SimulatedHost): SheetModel[] => [RUBRIC_SHEET, VERSIONS_SHEET].map((n) => host.model.sheet(n));

describe.each(["null", "zero"] as const)("rubric status (empty cells as %s)", (emptyCells) => {
  it("refuses to finalise over draft changes, naming how many, and writes nothing", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    typeCriterion(host, 0, "Weight", 30);
    typeCriterion(host, 1, "Criterion", "Renamed");
    const before = cellsOf(host);
    const failure = failureOf(await finaliseRubric(session, { note: "done" }));
    expect(failure).toEqual({
      key: "finaliseRubric",
      message: "the working draft has 2 unpublished changes: publish or discard them before finalising",
    });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
    expect(sheets(host).map((s) => s.protection)).toEqual([null, null]);
  });

  it("finalises: Status final, an entry, both sheets protected; nothing changes the rubric until it is reopened", async () => {
    const { session, host } = hostSession({ emptyCells });
    valueOf(await createRubric(session, "example"));
    const totals = results(host);
    const before = cellsOf(host);

    const at = "2026-05-04T10:00:00Z";
    const syncs = await syncsOf(host, async () => {
      const state = valueOf(await finaliseRubric(session, { note: "Term over", by: "Li Na", at }));
      expect(state.rubric?.status).toBe("final");
      expect(state.versions?.history.entries.at(-1)).toEqual({
        entry: 2,
        at,
        action: "finalise",
        version: 1,
        note: "Term over",
        by: "Li Na",
        rows: 0,
      });
    });
    expect(syncs).toBeLessThanOrEqual(7);
    // The Status cell and the history's new row, nothing else; no evaluation cell.
    const changed = changedCells(before, cellsOf(host));
    expect(changed).toContain(STATUS_CELL);
    expect(changed.filter((a) => a !== STATUS_CELL && !a.startsWith(`${VERSIONS_SHEET}!`))).toEqual([]);
    expect(changed.length).toBeGreaterThan(1);
    expect(results(host)).toEqual(totals);
    for (const sheet of sheets(host)) {
      expect(sheet.protection).toEqual({
        options: expect.objectContaining({ allowFormatCells: false, allowFormatColumns: true, allowAutoFilter: true }),
        password: "",
      });
    }
    expect(host.model.sheet(EVALUATIONS_SHEET).protection).toBeNull();

    // A hand in the grid cannot change the criteria.
    const final = cellsOf(host);
    expect(() => typeCriterion(host, 0, "Weight", 30)).toThrow(denied);
    // Nor can the pane: publishing, re-scoring, editing or restoring the draft are refused, naming why.
    expect(failureOf(await publishVersion(session, { note: "more" }))).toEqual({
      key: "publishVersion",
      message: "the rubric is final: reopen it to publish a new version",
    });
    expect(failureOf(await applyVersionTo(session, { version: 1, scope: { all: true } })).message).toBe(
      "the rubric is final: reopen it to apply a version to evaluations",
    );
    expect(
      failureOf(await editCriteria(session, { type: "update-criterion", index: 0, patch: { weight: 20 } })).message,
    ).toBe("the rubric is final: reopen it to edit its criteria");
    expect(failureOf(await discardDraft(session, 1)).message).toBe(
      "the rubric is final: reopen it to change the working draft",
    );
    expect(failureOf(await finaliseRubric(session)).message).toBe("the rubric is already final");
    expect(failureOf(await markStable(session)).message).toBe("the rubric is final: reopen it to mark it stable");
    expect(changedCells(final, cellsOf(host))).toEqual([]);
    expect(results(host)).toEqual(totals);

    // Evaluations are still scored, under the final version.
    const fresh = valueOf(await newEvaluation(session));
    const criteria = valueOf(await readRubric(session)).rubric!.criteria;
    const values = Object.fromEntries(criteria.map((c) => [c.id, Math.min(5, c.max)]));
    valueOf(await scoreEvaluation(session, fresh.ref, { values, comment: "" }));
    const scored = results(host).at(-1)!;
    expect(typeof scored[0]).toBe("number");
    expect(scored[3]).toBe(1);

    // Reopen: draft again, unprotected, recorded; the criteria can be edited and published.
    const reopened = valueOf(await reopenRubric(session, { note: "New term", at: "2026-09-01T08:00:00Z" }));
    expect(reopened.rubric?.status).toBe("draft");
    expect(reopened.versions?.history.entries.at(-1)).toMatchObject({ action: "reopen", version: 1, note: "New term" });
    expect(sheets(host).map((s) => s.protection)).toEqual([null, null]);
    typeCriterion(host, 0, "Weight", 30);
    expect(valueOf(await publishVersion(session, { note: "PREP matters more" })).version).toBe(2);
    expect(failureOf(await reopenRubric(session)).message).toBe(
      "the rubric is not final (its status is draft): nothing to reopen",
    );
  });

  it("marks a draft stable only with a published version and no draft change; finalise from stable", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    typeCriterion(host, 0, "Weight", 30);
    const before = cellsOf(host);
    expect(failureOf(await markStable(session))).toEqual({
      key: "markStable",
      message: "the working draft has 1 unpublished change: publish or discard them before marking the rubric stable",
    });
    expect(changedCells(before, cellsOf(host))).toEqual([]);

    valueOf(await publishVersion(session, { note: "PREP matters more" }));
    const stable = valueOf(await markStable(session, { note: "held for 8 weeks", by: "Li Na" }));
    expect(stable.rubric?.status).toBe("stable");
    expect(stable.versions?.draftChanges).toEqual([]); // the status is not content
    expect(stable.versions?.history.entries.at(-1)).toMatchObject({
      action: "stable",
      version: 2,
      note: "held for 8 weeks",
      by: "Li Na",
    });
    expect(sheets(host).map((s) => s.protection)).toEqual([null, null]); // stable protects nothing
    expect(failureOf(await markStable(session)).message).toBe("the rubric is already marked stable");

    const final = valueOf(await finaliseRubric(session));
    expect(final.rubric?.status).toBe("final");
    expect(final.versions?.history.entries.map((e) => e.action)).toEqual(["publish", "publish", "stable", "finalise"]);
    expect(valueOf(await readRubric(session)).rubric?.status).toBe("final");
  });

  it("lifts protection set by hand for its writes and puts it back; a password it does not know is refused", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    const versions = host.model.sheet(VERSIONS_SHEET);
    host.model.protect(versions, { allowSort: true }); // Review > Protect Sheet, no password
    typeCriterion(host, 0, "Weight", 30);
    expect(valueOf(await publishVersion(session, { note: "PREP matters more" })).version).toBe(2);
    expect(versions.protection).toEqual({
      options: expect.objectContaining({ allowSort: true, allowFormatColumns: false }),
      password: "",
    });

    host.model.unprotect(versions);
    host.model.protect(versions, {}, "owner's password");
    typeCriterion(host, 0, "Weight", 25);
    const before = cellsOf(host);
    const failure = failureOf(await publishVersion(session, { note: "PREP a little less" }));
    expect(failure.kind).toBe("protected");
    expect(failure.message).toMatch(
      /^the workbook refused the change: a sheet it writes to is protected \('proactive-visit versions'\), .*Review > Unprotect Sheet/,
    );
    expect(changedCells(before, cellsOf(host))).toEqual([]);
    expect(versions.protection?.password).toBe("owner's password");

    // Final, with the owner's password on the versions sheet: reopening lifts the rubric sheet first, then fails on
    // the versions sheet; the rubric sheet is protected again, nothing is written, the rubric stays final.
    host.model.unprotect(versions, "owner's password");
    typeCriterion(host, 0, "Weight", 30);
    valueOf(await finaliseRubric(session));
    host.model.unprotect(versions);
    host.model.protect(versions, {}, "owner's password");
    const final = cellsOf(host);
    expect(failureOf(await reopenRubric(session)).message).toMatch(/^the workbook refused the change/);
    expect(changedCells(final, cellsOf(host))).toEqual([]);
    expect(host.model.sheet(RUBRIC_SHEET).protection).toEqual({
      options: expect.objectContaining({ allowFormatColumns: true, allowFormatCells: false }),
      password: "",
    });
    expect(valueOf(await readRubric(session)).rubric?.status).toBe("final");
  });
});
