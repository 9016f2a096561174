import { giveEvaluationsKeys } from "../../src/workbook/evaluation-keys";
import { readEvaluations } from "../../src/workbook/evaluations";
import { SimulatedHost } from "../host";
import { appendTableRow, exampleHost, grid, headers, journalFrom, typeInto } from "../support/host-helpers";
import { sampleRows } from "./sample";

jest.setTimeout(60_000);

const ID = "proactive-visit";
const SHEET = "proactive-visit evaluations";
const TABLE = "Evaluations_proactive_visit";

/** A table as the release before keys wrote it: no Key column. */
async function tableWithoutKeys(rows: number): Promise<SimulatedHost> {
  const host = await exampleHost(sampleRows(rows));
  const table = host.model.table(TABLE);
  const last = table.box.column + table.box.columns - 1;
  host.model.resizeTable(table, { ...table.box, columns: table.box.columns - 1 });
  for (let r = table.box.row; r < table.box.row + table.box.rows; r++) table.sheet.setCell(r, last, undefined);
  return host;
}

const keysOf = async (host: SimulatedHost) =>
  (await host.run((context) => readEvaluations(context, ID))).rows.map((row) => row.key);

describe("giveEvaluationsKeys", () => {
  it("adds the Key column to a table from before keys, after its last column, moving nothing", async () => {
    const host = await tableWithoutKeys(4);
    const before = grid(host, SHEET, "A1:Q7");
    expect(headers(host, TABLE)).not.toContain("Key");
    await host.run((context) => giveEvaluationsKeys(context, ID));
    expect(grid(host, SHEET, "A1:Q7")).toEqual(before);
    expect(headers(host, TABLE).at(-1)).toBe("Key");
    const keys = await keysOf(host);
    expect(keys).toHaveLength(4);
    keys.forEach((key) => expect(key).toMatch(/^ev-[0-9a-z]{10}$/));
    expect(new Set(keys).size).toBe(4);
  });

  it("refuses to add the column over the user's cells, naming them, and writes nothing", async () => {
    const host = await tableWithoutKeys(2);
    typeInto(host, SHEET, 4, 17, "my note"); // R5, right of the table
    const from = journalFrom(host);
    await expect(host.run((context) => giveEvaluationsKeys(context, ID))).rejects.toThrow(
      /the column right of it is not empty \('proactive-visit evaluations'!R3:R5\)/,
    );
    expect(from.writes()).toEqual([]);
  });

  it("gives a key to a row typed under the table by hand, and changes no key already given", async () => {
    const host = await exampleHost(sampleRows(2));
    const given = await keysOf(host);
    appendTableRow(host, TABLE, [43500, "HF-typed", "Chen Jie"]);
    const from = journalFrom(host);
    await host.run((context) => giveEvaluationsKeys(context, ID));
    expect(from.writes().map((w) => w.address)).toEqual(["R6"]);
    const keys = await keysOf(host);
    expect(keys.slice(0, 2)).toEqual(given);
    expect(keys[2]).toMatch(/^ev-/);
    expect(given).not.toContain(keys[2]);
  });
});
