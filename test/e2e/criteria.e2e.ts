// (d) Adding, renaming and removing criteria: evaluation columns follow the criteria by id, and no entered score
// is lost (a removed or renamed criterion's column stays, marked retired, with its values).
import { createExample } from "./support/flows";
import { CellValue } from "./support/preview";
import { usePreview } from "./support/session";
import { waitFor } from "./support/wait";
import {
  CRITERIA_HEADER_ROW,
  EVALUATIONS_HEADER_ROW,
  EVALUATIONS_SHEET,
  EXAMPLE_IDS,
  RUBRIC_SHEET,
  columnLetter,
  mismatches,
  readEvaluations,
  readTables,
} from "./support/workbook";

describe("adding, renaming and removing criteria", () => {
  const session = usePreview();
  /** Every score column of the example, as entered: id -> values from the first to the last row. */
  let entered: Record<string, CellValue[]>;

  const columnValues = async () => {
    const table = await readEvaluations(session.preview);
    const out: Record<string, CellValue[]> = {};
    for (const id of table.scoreHeaders) out[id] = table.rows.map((row) => row[table.column(id)]);
    return { table, columns: out };
  };
  const paneCriteria = () =>
    session.preview.panel
      .locator("li[data-criterion]")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-criterion")));
  const labelRow = async () => (await session.preview.values(EVALUATIONS_SHEET, "A2:AZ2"))[0];
  /** The label above each score column (row 2), by header. */
  const labels = async () => {
    const { table } = await columnValues();
    const row = await labelRow();
    return Object.fromEntries(table.scoreHeaders.map((id) => [id, String(row[table.column(id)] ?? "")]));
  };

  beforeAll(async () => {
    const { preview } = session;
    await createExample(preview);
    // One score typed straight into the grid: SUMM of the first evaluation, 7 -> 10.
    const { table } = await columnValues();
    const summCell = `${columnLetter(table.column("SUMM"))}${EVALUATIONS_HEADER_ROW + 1}`;
    await preview.showSheet(EVALUATIONS_SHEET);
    await preview.goTo(summCell);
    await preview.typeIntoActiveCell("10");
    await waitFor(
      `${summCell} to hold 10`,
      () => preview.value(EVALUATIONS_SHEET, summCell),
      (v) => v === 10,
    );
    entered = (await columnValues()).columns;
    expect(Object.keys(entered)).toEqual(EXAMPLE_IDS);
    expect(entered.SUMM[0]).toBe(10);
  });

  test("adding a criterion in the pane adds an empty column and keeps every score", async () => {
    const { preview } = session;
    await preview.openPaneTab("Rubric");
    await preview.panel.getByRole("button", { name: "Add a criterion" }).click();
    await waitFor("C8 in the pane", paneCriteria, (ids) => ids.includes("C8"));
    expect(await paneCriteria()).toEqual([...EXAMPLE_IDS, "C8"]);

    const { table, columns } = await waitFor("a C8 column", columnValues, (v) => v.table.scoreHeaders.includes("C8"));
    expect(table.scoreHeaders).toEqual([...EXAMPLE_IDS, "C8"]);
    expect(columns.C8.every((v) => v === null || v === "")).toBe(true);
    for (const id of EXAMPLE_IDS) expect(columns[id]).toEqual(entered[id]);
    expect((await labels()).C8).toBe("New criterion");
    // With C8 unscored, every row says so instead of a total.
    expect(mismatches(await readTables(preview))).toEqual([]);
  });

  test("renaming a criterion's id in the grid is seen by the pane", async () => {
    const { preview } = session;
    const tables = await readTables(preview);
    const mail2Row = CRITERIA_HEADER_ROW + 1 + tables.criteria.findIndex((c) => c.id === "MAIL2");
    await preview.showSheet(RUBRIC_SHEET);
    await preview.goTo(`A${mail2Row}`);
    expect(await preview.cellText(`A${mail2Row}`)).toBe("MAIL2");
    await preview.typeIntoActiveCell("FOLLOWUP");
    await waitFor(
      "the new id",
      () => preview.value(RUBRIC_SHEET, `A${mail2Row}`),
      (v) => v === "FOLLOWUP",
    );

    // The Rubric tab reads the sheet again when it is selected.
    await preview.openPaneTab("Score");
    await preview.openPaneTab("Rubric");
    await waitFor("FOLLOWUP in the pane", paneCriteria, (ids) => ids.includes("FOLLOWUP"));
    expect(await paneCriteria()).toEqual(["PREP", "MAIL1", "OAUSE", "PROC", "SUMM", "FOLLOWUP", "BONUS", "C8"]);
  });

  test("removing criteria in the pane retires their columns with their scores", async () => {
    const { preview } = session;
    await preview.panel.getByRole("button", { name: "More actions for SUMM" }).click();
    await preview.page.getByRole("menuitem", { name: "Remove SUMM" }).click();
    await waitFor("SUMM gone from the pane", paneCriteria, (ids) => !ids.includes("SUMM"));
    await preview.panel.getByRole("button", { name: "More actions for C8" }).click();
    await preview.page.getByRole("menuitem", { name: "Remove C8" }).click();
    await waitFor("C8 gone from the pane", paneCriteria, (ids) => !ids.includes("C8"));
    expect(await paneCriteria()).toEqual(["PREP", "MAIL1", "OAUSE", "PROC", "FOLLOWUP", "BONUS"]);

    const { table, columns } = await waitFor("the evaluation columns to follow", columnValues, (v) =>
      v.table.scoreHeaders.includes("FOLLOWUP"),
    );
    // Columns are never deleted: the retired ones stay, the renamed id got a new one.
    expect([...table.scoreHeaders].sort()).toEqual([...EXAMPLE_IDS, "C8", "FOLLOWUP"].sort());
    for (const id of EXAMPLE_IDS) expect(columns[id]).toEqual(entered[id]);
    expect(columns.FOLLOWUP.every((v) => v === null || v === "")).toBe(true);
    const above = await labels();
    for (const id of ["SUMM", "MAIL2", "C8"]) expect(above[id]).toMatch(/^retired/);
    expect(above.SUMM).toBe("retired: Visit summary in the process form");
    for (const id of ["PREP", "MAIL1", "OAUSE", "PROC", "BONUS", "FOLLOWUP"]) expect(above[id]).not.toMatch(/^retired/);

    // The criteria edits are the working draft's: every total stays under version 1, as the engine says, until a
    // version with them is published and applied.
    const tables = await readTables(preview);
    expect(tables.criteria.map((c) => c.id)).toEqual(["PREP", "MAIL1", "OAUSE", "PROC", "FOLLOWUP", "BONUS"]);
    expect(mismatches(tables)).toEqual([]);
    expect([...tables.versions.keys()]).toEqual([1]);
    const total = tables.evaluations.rows[0][tables.evaluations.column("Total")];
    expect(typeof total).toBe("number");
  });
});
