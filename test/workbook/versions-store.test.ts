// The versions sheet's tables grow by appending: a new version, its history entry, the re-scored evaluations. A
// Total Row a user turned on (one click in Table Design) stays the last row of each table, under the new rows: never
// overwritten by them, never read as a version.
import { EmptyCells } from "../host/calc/rubric-plugin";
import { readVersionedRubric } from "../../src/workbook/versions/read";
import { dataValue, exampleHost, showTotalRow, typeInto } from "../support/host-helpers";
import { applyVersionToAll, publishDraftVersion } from "../support/versions";
import { sampleRows } from "./sample";

const TABLES = ["Versions", "History", "Moves", "VersionCriteria", "VersionBands"].map((t) => `${t}_proactive_visit`);

describe.each(["null", "zero"] as EmptyCells[])(
  "versions tables with a Total Row (empty cells as %s)",
  (emptyCells) => {
    it("publishing and applying add their rows above each Total Row, and read back every version and entry", async () => {
      const host = await exampleHost(sampleRows(3), { emptyCells });
      for (const name of TABLES) showTotalRow(host, name);
      const rowsBefore = TABLES.map((name) => host.model.table(name).box.rows);
      const evaluations = host.model.table("Evaluations_proactive_visit");
      const totals = () => [0, 1, 2].map((r) => dataValue(host, evaluations, r, "Total"));
      const before = totals();

      typeInto(host, "proactive-visit rubric", 10, 4, 40); // PREP's weight in the draft: 15 -> 40
      expect(await publishDraftVersion(host)).toBe(2);
      expect(await applyVersionToAll(host, 2)).toBe(3);

      const read = await host.run((context) => readVersionedRubric(context, "proactive-visit"));
      const { history, problems } = read.versions!.read;
      expect(problems).toEqual([]);
      expect(history.versions.map((v) => v.version)).toEqual([1, 2]);
      expect(history.versions[1].rubric.criteria[0]).toMatchObject({ id: "PREP", weight: 40 });
      expect(history.versions[1].rubric.criteria).toHaveLength(7);
      expect(history.versions[1].rubric.bands).toEqual(history.versions[0].rubric.bands);
      expect(history.entries.map((e) => [e.entry, e.action, e.version])).toEqual([
        [1, "publish", 1],
        [2, "publish", 2],
        [3, "apply", 2],
      ]);
      expect(history.moves.map((m) => [m.from, m.to])).toEqual([
        [1, 2],
        [1, 2],
        [1, 2],
      ]);
      // Each table grew by its new rows (the Moves table filled its one empty row first); its Total Row is last.
      expect(TABLES.map((name) => host.model.table(name).box.rows - rowsBefore[TABLES.indexOf(name)])).toEqual([
        1, 2, 2, 7, 6,
      ]);
      for (const name of TABLES) {
        const table = host.model.table(name);
        expect([
          name,
          table.showTotals,
          host.model.valueAt(table.sheet, table.box.row + table.box.rows - 1, table.box.column),
        ]).toEqual([name, true, "Total"]);
      }
      // Version 2's Evaluations cell counts the three rows moved to it; the totals follow version 2.
      const versions = host.model.table("Versions_proactive_visit");
      expect(dataValue(host, versions, 1, "Evaluations")).toBe(3);
      expect(dataValue(host, versions, 0, "Evaluations")).toBe(0);
      expect(totals()).not.toEqual(before);
      expect(totals().every((t) => typeof t === "number")).toBe(true);
    });
  },
);
