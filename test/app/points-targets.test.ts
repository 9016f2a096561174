// The workbook's points targets: none until "Set up targets" makes the Points targets sheet (one row per person,
// Level and Target blank, text cells as text), read back after a manager fills it in, found by table name wherever
// it is and whichever language its headers are in; refused, writing nothing, when the table is there already.
import { createRubric } from "../../src/app/create-rubric";
import { createPointsTargets } from "../../src/app/create-points-targets";
import { readPointsTargets } from "../../src/app/read-points-targets";
import { POINTS_TARGETS_TABLE } from "../../src/workbook/points-targets";
import {
  activeCell,
  appendTableRow,
  cellsOf,
  changedCells,
  grid,
  headers,
  journalFrom,
  numberFormats,
  typeInto,
} from "../support/host-helpers";
import { failureOf, hostSession, valueOf } from "../support/session";

const SHEET = "Points targets";
const cellsIn = (sheet: string, addresses: string[]) => addresses.map((a) => `${sheet}!${a}`).sort();

describe.each(["null", "zero"] as const)("points targets (empty cells as %s)", (emptyCells) => {
  it("no table: no targets, one sync, nothing written", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    const before = cellsOf(host);
    const journal = journalFrom(host);
    expect(valueOf(await readPointsTargets(session))).toBeNull();
    expect(journal.syncs()).toHaveLength(1);
    expect(journal.writes()).toEqual([]);
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });

  it("Set up targets writes only the new sheet: the persons, Level and Target blank; then reads what is typed", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    const before = cellsOf(host);
    const journal = journalFrom(host);
    const created = valueOf(await createPointsTargets(session, ["Li Na", " Wang Fang ", "", "Li Na", "=1+1", "007"]));
    expect(journal.syncs()).toHaveLength(2);
    expect(created).toEqual({ sheet: SHEET, persons: ["Li Na", "Wang Fang", "=1+1", "007"] });
    expect(changedCells(before, cellsOf(host))).toEqual(
      // The header and the persons; the blank Levels as text cells; the blank Targets stay empty cells (General).
      cellsIn(SHEET, ["A1", "B1", "C1", "A2", "B2", "A3", "B3", "A4", "B4", "A5", "B5"]),
    );
    expect(grid(host, SHEET, "A1:C5")).toEqual([
      ["Person", "Level", "Target"],
      ["Li Na", "", ""],
      ["Wang Fang", "", ""],
      ["=1+1", "", ""], // text stays text: no formula
      ["007", "", ""],
    ]);
    expect(numberFormats(host, SHEET, "A2:C2")).toEqual([["@", "@", "General"]]);
    expect(headers(host, POINTS_TARGETS_TABLE)).toEqual(["Person", "Level", "Target"]);
    expect(host.model.table(POINTS_TARGETS_TABLE).box).toMatchObject({ row: 0, column: 0, rows: 5, columns: 3 });
    expect(activeCell(host)).toEqual({ sheet: SHEET, row: 1, column: 2 }); // the first Target, to type into

    // Nothing filled in yet: every person listed, none with a target, no problem.
    let read = valueOf(await readPointsTargets(session));
    expect(read).toMatchObject({ sheet: SHEET, problems: [], targeted: [] });
    expect(read!.untargeted).toEqual(["Li Na", "Wang Fang", "=1+1", "007"]);

    // The manager types: Li Na's own target, Wang Fang's level, the level's target in a row of its own, a typo.
    typeInto(host, SHEET, 1, 2, "12");
    typeInto(host, SHEET, 2, 1, "P5");
    typeInto(host, SHEET, 4, 2, "0");
    appendTableRow(host, POINTS_TARGETS_TABLE, ["", "P5", 20]);
    const filled = cellsOf(host);
    const reading = journalFrom(host);
    read = valueOf(await readPointsTargets(session));
    expect(reading.syncs()).toHaveLength(2);
    expect(reading.writes()).toEqual([]);
    expect(changedCells(filled, cellsOf(host))).toEqual([]);
    expect(read!.targets).toEqual({
      persons: { "Li Na": { target: 12 }, "Wang Fang": { level: "P5" } },
      levels: { P5: 20 },
    });
    expect(read!.problems).toEqual([{ code: "bad-target", row: 5, value: "0" }]);
    expect(read!.untargeted).toEqual(["=1+1"]);
  });

  it("refuses to set up a second table, naming where the first is, and writes nothing", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    valueOf(await createPointsTargets(session, ["Li Na"]));
    const before = cellsOf(host);
    const journal = journalFrom(host);
    const failure = failureOf(await createPointsTargets(session, ["Wang Fang"]));
    expect(failure.key).toBe("createPointsTargets");
    expect(failure.message).toContain(`has a points targets table already, on the sheet "${SHEET}"`);
    expect(journal.writes()).toEqual([]);
    expect(changedCells(before, cellsOf(host))).toEqual([]);
    expect(host.model.sheets.map((s) => s.name).filter((n) => n.startsWith(SHEET))).toEqual([SHEET]);
  });

  it("in Chinese: the sheet 积分目标 (made unique), headers 被评人 | 职级 | 目标积分; nobody to list gives one blank row", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false, language: "zh" });
    host.model.addSheet("积分目标"); // a sheet of the user's own with that name: the new one is "积分目标 (2)"
    const created = valueOf(await createPointsTargets(session, []));
    expect(created).toEqual({ sheet: "积分目标 (2)", persons: [] });
    expect(grid(host, "积分目标 (2)", "A1:C2")).toEqual([
      ["被评人", "职级", "目标积分"],
      ["", "", ""],
    ]);
    expect(valueOf(await readPointsTargets(session))).toEqual({
      sheet: "积分目标 (2)",
      targets: { persons: {}, levels: {} },
      problems: [],
      targeted: [],
      untargeted: [],
    });
  });

  it("a table a user made elsewhere, by the name PointsTargets, in Chinese with columns in another order", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    const sheet = host.model.addSheet("HR");
    const rows = [
      ["目标积分", "人员", "级别"],
      [30, "", "P6"],
      ["", "李娜", "P6"],
      ["", "王芳", "P6"],
      [8, "李娜", ""],
    ];
    rows.forEach((row, r) => row.forEach((x, c) => host.model.write(sheet, 4 + r, 3 + c, x)));
    host.model.renameTable(
      host.model.addTable(sheet, { row: 4, column: 3, rows: 5, columns: 3 }),
      POINTS_TARGETS_TABLE,
    );
    const read = valueOf(await readPointsTargets(session));
    expect(read!.sheet).toBe("HR");
    // The header is on sheet row 5: 李娜's second row is row 9.
    expect(read!.problems).toEqual([{ code: "person-twice", row: 9, person: "李娜", first: 7 }]);
    expect(read!.targets).toEqual({ persons: { 王芳: { level: "P6" } }, levels: { P6: 30 } });
  });
});
