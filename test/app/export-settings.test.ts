// The export settings kept with the rubric: a Setting | Value table on its versions sheet, written cell by cell where
// a value changed, read back after a reload, in the sheet's language, through a final rubric's protection.
import { createRubric } from "../../src/app/create-rubric";
import { ExportSettings } from "../../src/app/export-settings";
import { readExportSettings } from "../../src/app/read-export-settings";
import { finaliseRubric } from "../../src/app/rubric-status";
import { saveExportSettings } from "../../src/app/save-export-settings";
import { exportSettingsTableName } from "../../src/workbook/export-settings";
import { SimulatedHost } from "../host";
import { cellsOf, changedCells, grid, headers, numberFormats, syncsOf, typeInto } from "../support/host-helpers";
import { failureOf, hostSession, valueOf } from "../support/session";

const ID = "proactive-visit";
const TABLE = exportSettingsTableName(ID);
const VERSIONS_SHEET = "proactive-visit versions";
/** Where the table goes: one empty column right of the bands snapshots (AP:AQ; the bands end in AN), header on row 3 like theirs. */
const CAPTION = `${VERSIONS_SHEET}!AP2`;

const settings = (patch: Partial<ExportSettings> = {}): ExportSettings => ({
  workflowId: "",
  detailTable: "",
  fields: {},
  camundaFormId: "",
  ...patch,
});

/** The table's cells as the sheet shows them, header first. */
function tableCells(host: SimulatedHost): unknown[][] {
  const { box, sheet } = host.model.table(TABLE);
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.columns }, (_, c) => host.model.valueAt(sheet, box.row + r, box.column + c)),
  );
}

describe.each(["null", "zero"] as const)("export settings (empty cells as %s)", (emptyCells) => {
  it("none until a first save; the first save makes the table with what is not blank, as text", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    expect(valueOf(await readExportSettings(session, ID))).toEqual(settings());

    // Blank settings keep nothing: no table, no cell.
    let before = cellsOf(host);
    expect(valueOf(await saveExportSettings(session, ID, settings()))).toEqual([]);
    expect(changedCells(before, cellsOf(host))).toEqual([]);
    expect(host.model.tables.some((t) => t.name === TABLE)).toBe(false);

    before = cellsOf(host);
    const saved = settings({ workflowId: "0042", detailTable: "formtable_main_12_dt1" });
    const syncs = await syncsOf(host, async () => {
      expect(valueOf(await saveExportSettings(session, ID, saved))).toEqual([
        "ecology.workflowId",
        "ecology.detailTable",
      ]);
    });
    expect(syncs).toBeLessThanOrEqual(2); // no table yet: is it there, then the writes
    expect(changedCells(before, cellsOf(host))).toEqual(
      [CAPTION, ...["AP3", "AQ3", "AP4", "AQ4", "AP5", "AQ5"].map((a) => `${VERSIONS_SHEET}!${a}`)].sort(),
    );
    expect(grid(host, VERSIONS_SHEET, "AP2:AQ5")).toEqual([
      ["Export settings", ""],
      ["Setting", "Value"],
      ["ecology.workflowId", "0042"], // text: the leading zero stays
      ["ecology.detailTable", "formtable_main_12_dt1"],
    ]);
    expect(numberFormats(host, VERSIONS_SHEET, "AP3:AQ5").flat()).toEqual(Array(6).fill("@"));
    expect(headers(host, TABLE)).toEqual(["Setting", "Value"]);
    expect(valueOf(await readExportSettings(session, ID))).toEqual(saved);
  });

  it("a later save writes only the cells whose value changed, and adds rows for new keys", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    valueOf(await saveExportSettings(session, ID, settings({ workflowId: "42", detailTable: "dt_a" })));

    let before = cellsOf(host);
    const syncs = await syncsOf(host, async () => {
      expect(
        valueOf(await saveExportSettings(session, ID, settings({ workflowId: "42", detailTable: "dt_b" }))),
      ).toEqual(["ecology.detailTable"]);
    });
    expect(syncs).toBeLessThanOrEqual(3);
    expect(changedCells(before, cellsOf(host))).toEqual([`${VERSIONS_SHEET}!AQ5`]);

    // The same settings again: nothing is written (no write sync).
    before = cellsOf(host);
    expect(valueOf(await saveExportSettings(session, ID, settings({ workflowId: "42", detailTable: "dt_b" })))).toEqual(
      [],
    );
    expect(changedCells(before, cellsOf(host))).toEqual([]);

    // A field name: one new row under the table, which grows to take it.
    before = cellsOf(host);
    const withField = settings({ workflowId: "42", detailTable: "dt_b", fields: { person_name: "beipingren" } });
    expect(valueOf(await saveExportSettings(session, ID, withField))).toEqual(["ecology.field.person_name"]);
    expect(changedCells(before, cellsOf(host))).toEqual([`${VERSIONS_SHEET}!AP6`, `${VERSIONS_SHEET}!AQ6`]);
    expect(host.model.table(TABLE).box.rows).toBe(4);
    expect(valueOf(await readExportSettings(session, ID))).toEqual(withField);

    // Clearing a value clears its cell only.
    before = cellsOf(host);
    valueOf(await saveExportSettings(session, ID, { ...withField, workflowId: "" }));
    expect(changedCells(before, cellsOf(host))).toEqual([`${VERSIONS_SHEET}!AQ4`]);
    expect(valueOf(await readExportSettings(session, ID)).workflowId).toBe("");
  });

  it("field names: each its own row; one cleared in the pane ('') empties its cell and reads as the default", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    const base = settings({ workflowId: "42", detailTable: "dt_a" });
    valueOf(await saveExportSettings(session, ID, base));

    let before = cellsOf(host);
    const named = { ...base, fields: { person_name: "beipingren", crit_score: "defen" } };
    expect(valueOf(await saveExportSettings(session, ID, named))).toEqual([
      "ecology.field.person_name",
      "ecology.field.crit_score",
    ]);
    expect(changedCells(before, cellsOf(host))).toEqual(
      ["AP6", "AQ6", "AP7", "AQ7"].map((a) => `${VERSIONS_SHEET}!${a}`).sort(),
    );

    // The pane keeps a cleared name as "" (so that it is saved): only its cell is emptied.
    before = cellsOf(host);
    const cleared = { ...base, fields: { person_name: "", crit_score: "defen" } };
    expect(valueOf(await saveExportSettings(session, ID, cleared))).toEqual(["ecology.field.person_name"]);
    expect(changedCells(before, cellsOf(host))).toEqual([`${VERSIONS_SHEET}!AQ6`]);
    expect(valueOf(await readExportSettings(session, ID))).toEqual({ ...base, fields: { crit_score: "defen" } });

    // A name cleared for a field the table never had writes nothing.
    before = cellsOf(host);
    expect(
      valueOf(await saveExportSettings(session, ID, { ...base, fields: { crit_score: "defen", team_name: "" } })),
    ).toEqual([]);
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });

  it("the Camunda form id: one row of its own, then only its cell; blank keeps the default", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    const ecology = settings({ workflowId: "42", detailTable: "dt_a" });
    valueOf(await saveExportSettings(session, ID, ecology));

    let before = cellsOf(host);
    const named = { ...ecology, camundaFormId: "visit_scoring" };
    expect(valueOf(await saveExportSettings(session, ID, named))).toEqual(["camunda.formId"]);
    expect(changedCells(before, cellsOf(host))).toEqual([`${VERSIONS_SHEET}!AP6`, `${VERSIONS_SHEET}!AQ6`]);
    expect(tableCells(host)[3]).toEqual(["camunda.formId", "visit_scoring"]);
    expect(numberFormats(host, VERSIONS_SHEET, "AP6:AQ6").flat()).toEqual(["@", "@"]);
    expect(valueOf(await readExportSettings(session, ID))).toEqual(named);

    before = cellsOf(host);
    expect(valueOf(await saveExportSettings(session, ID, { ...named, camundaFormId: "visit.v2" }))).toEqual([
      "camunda.formId",
    ]);
    expect(changedCells(before, cellsOf(host))).toEqual([`${VERSIONS_SHEET}!AQ6`]);

    // Back to the default: the cell is emptied, and reads as blank.
    before = cellsOf(host);
    valueOf(await saveExportSettings(session, ID, ecology));
    expect(changedCells(before, cellsOf(host))).toEqual([`${VERSIONS_SHEET}!AQ6`]);
    expect(valueOf(await readExportSettings(session, ID)).camundaFormId).toBe("");
  });

  it("a table from before the Camunda form id reads as the default and gets no row until one is set", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    valueOf(await saveExportSettings(session, ID, settings({ workflowId: "42" })));
    expect(tableCells(host).map((row) => row[0])).toEqual(["Setting", "ecology.workflowId"]);
    expect(valueOf(await readExportSettings(session, ID)).camundaFormId).toBe("");
    const before = cellsOf(host);
    expect(valueOf(await saveExportSettings(session, ID, settings({ workflowId: "42" })))).toEqual([]);
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });

  it("reads what a user typed or sorted in the grid, and writes to the row a key is on now", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    valueOf(await saveExportSettings(session, ID, settings({ workflowId: "42", detailTable: "dt_a" })));
    const { box } = host.model.table(TABLE);
    // The user swaps the two rows by hand and types a field name under the table (it grows to take it in).
    typeInto(host, VERSIONS_SHEET, box.row + 1, box.column, "ecology.detailTable");
    typeInto(host, VERSIONS_SHEET, box.row + 1, box.column + 1, "dt_a");
    typeInto(host, VERSIONS_SHEET, box.row + 2, box.column, "ecology.workflowId");
    typeInto(host, VERSIONS_SHEET, box.row + 2, box.column + 1, "42");
    typeInto(host, VERSIONS_SHEET, box.row + 3, box.column, "ecology.field.team_name");
    typeInto(host, VERSIONS_SHEET, box.row + 3, box.column + 1, "zu");
    expect(valueOf(await readExportSettings(session, ID))).toEqual(
      settings({ workflowId: "42", detailTable: "dt_a", fields: { team_name: "zu" } }),
    );

    const before = cellsOf(host);
    valueOf(
      await saveExportSettings(
        session,
        ID,
        settings({ workflowId: "7", detailTable: "dt_a", fields: { team_name: "zu" } }),
      ),
    );
    expect(changedCells(before, cellsOf(host))).toEqual([`${VERSIONS_SHEET}!AQ5`]);
    expect(tableCells(host)[2]).toEqual(["ecology.workflowId", "7"]);
  });

  it("a final rubric: the save lifts the versions sheet's protection for its batch and puts it back", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    valueOf(await finaliseRubric(session, { note: "done" }));
    const versions = host.model.sheet(VERSIONS_SHEET);
    const protection = structuredClone(versions.protection);
    expect(protection).not.toBeNull();

    valueOf(await saveExportSettings(session, ID, settings({ workflowId: "42" })));
    expect(valueOf(await readExportSettings(session, ID)).workflowId).toBe("42");
    expect(versions.protection).toEqual(protection);
    valueOf(await saveExportSettings(session, ID, settings({ workflowId: "43" })));
    expect(tableCells(host)[1]).toEqual(["ecology.workflowId", "43"]);
    expect(versions.protection).toEqual(protection);

    // With a password the add-in does not know: refused, saying what to do, nothing written.
    host.model.unprotect(versions);
    host.model.protect(versions, {}, "owner's password");
    const before = cellsOf(host);
    expect(failureOf(await saveExportSettings(session, ID, settings({ workflowId: "44" })))).toEqual({
      key: "saveExportSettings",
      message: expect.stringContaining("Review > Unprotect Sheet"),
    });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });

  it("a workbook from before versions (no versions tables): read gives none, a save is refused saying why", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    for (const name of ["Versions", "History", "Moves", "VersionCriteria", "VersionBands"]) {
      host.model.renameTable(host.model.table(`${name}_proactive_visit`), `Old${name}`);
    }
    expect(valueOf(await readExportSettings(session, ID))).toEqual(settings());
    const before = cellsOf(host);
    expect(failureOf(await saveExportSettings(session, ID, settings({ workflowId: "42" })))).toEqual({
      key: "saveExportSettings",
      message: "the rubric proactive-visit has no versions sheet: open the Rubric tab to upgrade the workbook",
    });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });

  it("a Chinese workbook: caption and headers in Chinese", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false, language: "zh" });
    valueOf(await createRubric(session, "example"));
    const sheet = host.model.sheets.find((s) => s.name.endsWith("版本"))!.name;
    const id = host.model.tables.find((t) => t.name.startsWith("Versions_"))!.name.slice("Versions_".length);
    valueOf(await saveExportSettings(session, id, settings({ workflowId: "42" })));
    expect(grid(host, sheet, "AP2:AQ4")).toEqual([
      ["导出设置", ""],
      ["设置项", "值"],
      ["ecology.workflowId", "42"],
    ]);
    expect(valueOf(await readExportSettings(session, id)).workflowId).toBe("42");
  });
});
