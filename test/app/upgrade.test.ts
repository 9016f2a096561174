// A workbook from before versions (no versions sheet, Total formulas on the working tables) becomes version 1 of its
// rubric when the pane first reads it: the working tables are the snapshot, every evaluation is stamped version 1,
// the formulas become the versioned ones, and no total, points or band changes.
import { createRubric } from "../../src/app/create-rubric";
import { readRubric } from "../../src/app/read-rubric";
import { SimulatedHost } from "../host";
import { dataValue, headers, typeInto } from "../support/host-helpers";
import { EVALUATIONS_SHEET, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

const EVALUATIONS = "Evaluations_proactive_visit";

function results(host: SimulatedHost): unknown[][] {
  const table = host.model.table(EVALUATIONS);
  return Array.from({ length: table.box.rows - 1 }, (_, r) =>
    ["Total", "Points", "Band", "Rubric version"].map((h) => dataValue(host, table, r, h)),
  );
}

/** The workbook as the release before versions wrote it: no versions sheet; Total, Points and Band read the working
 * tables and the settings (those formulas, as that release wrote them); the version cells as typed (some blank). */
async function beforeVersions(host: SimulatedHost): Promise<void> {
  const t = "Evaluations_proactive_visit";
  const guard = (r: string) => `IF(ISBLANK(${r}),"",${r})`;
  const total =
    `=RUBRIC.TOTAL(${guard(`${t}[@[PREP]:[BONUS]]`)},${t}[[#Headers],[PREP]:[BONUS]],` +
    `${guard("Criteria_proactive_visit[[#Headers],[#Data]]")},${guard("'proactive-visit rubric'!$B$6")},` +
    `${guard("'proactive-visit rubric'!$B$5")})`;
  const bands = guard("Bands_proactive_visit[[#Headers],[#Data]]");
  const points = `=IF(ISNUMBER(${t}[@Total]),RUBRIC.POINTS(${t}[@Total],${bands}),"")`;
  const band = `=IF(ISNUMBER(${t}[@Total]),RUBRIC.BAND(${t}[@Total],${bands}),"")`;
  await host.run(async (context) => {
    const table = context.workbook.tables.getItem(t);
    table.columns.getItem("Total").getDataBodyRange().formulas = total as never;
    table.columns.getItem("Points").getDataBodyRange().formulas = points as never;
    table.columns.getItem("Band").getDataBodyRange().formulas = band as never;
    await context.sync();
  });
  // No versions tables: the old sheet is left as a user's own sheet under that name (the host deletes no sheets).
  for (const name of ["Versions", "History", "Moves", "VersionCriteria", "VersionBands"]) {
    host.model.renameTable(host.model.table(`${name}_proactive_visit`), `Old${name}`);
  }
  const table = host.model.table(t);
  const column = table.box.column + headers(host, t).indexOf("Rubric version");
  typeInto(host, EVALUATIONS_SHEET, table.box.row + 1, column, "");
  typeInto(host, EVALUATIONS_SHEET, table.box.row + 2, column, "");
}

describe.each(["null", "zero"] as const)(
  "upgrading a workbook from before versions (empty cells as %s)",
  (emptyCells) => {
    it("becomes version 1: evaluations stamped, formulas versioned, no result moved", async () => {
      const { session, host } = hostSession({ emptyCells });
      valueOf(await createRubric(session, "example"));
      await beforeVersions(host);
      expect(host.model.findTable("Versions_proactive_visit")).toBeUndefined();
      const before = results(host);
      expect(before[0][3]).toBe("");
      expect(typeof before[0][0]).toBe("number");

      const state = valueOf(await readRubric(session));
      expect(state.versions?.latest).toBe(1);
      expect(state.versions?.draftChanges).toEqual([]);
      expect(state.versions?.history.entries.map((e) => [e.action, e.version, e.note])).toEqual([
        ["publish", 1, "The rubric as it was when versions began"],
      ]);
      const after = results(host);
      expect(after.map((r) => r.slice(0, 3))).toEqual(before.map((r) => r.slice(0, 3)));
      expect(after.every((r) => r[3] === 1)).toBe(true);
      const formula = host.model.table(EVALUATIONS);
      const totalColumn = formula.box.column + headers(host, EVALUATIONS).indexOf("Total");
      const sheet = host.model.sheet(EVALUATIONS_SHEET)!;
      expect(sheet.cell(formula.box.row + 1, totalColumn)?.formula).toContain("VersionCriteria_proactive_visit");
      // The user's sheet keeps its name; the versions sheet takes the next free one.
      expect(host.model.table("Versions_proactive_visit").sheet.name).toBe("proactive-visit versions (2)");
      // A second read finds the versions and upgrades nothing.
      const again = valueOf(await readRubric(session));
      expect(again.versions?.history.versions).toHaveLength(1);
    });
  },
);
