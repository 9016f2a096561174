// Giving evaluations their keys: the rows that have none (typed under the table by hand) get one, and a table from
// before keys gets its Key column, added after its last column so that no other column moves. A key once given is
// never changed. Three syncs; only when a row without a key is met.
import { newEvaluationKeys } from "../rubric/evaluation-key";
import { SHEET_VOCABULARY } from "../rubric/vocabulary";
import { parseAddress, rangeAddress } from "./address";
import { KEY_COLUMN } from "./evaluations-layout";
import { queueEvaluationsTable } from "./evaluations-table";

const isBlank = (v: unknown) => v === null || v === undefined || String(v).trim() === "";

export async function giveEvaluationsKeys(context: Excel.RequestContext, rubricId: string): Promise<void> {
  const queued = queueEvaluationsTable(context, rubricId);
  const { table, header, body } = queued;
  header.load("address");
  await context.sync();
  const layout = queued.layout();
  const keyAt = layout.at[KEY_COLUMN];

  if (keyAt !== undefined) {
    const keys = body.getColumn(keyAt).load("values");
    await context.sync();
    const taken = new Set(keys.values.map((row) => String(row[0] ?? "").trim()).filter((key) => key !== ""));
    const missing = keys.values.flatMap((row, i) => (isBlank(row[0]) ? [i] : []));
    const fresh = newEvaluationKeys(missing.length, taken);
    missing.forEach((rowIndex, k) => (body.getCell(rowIndex, keyAt).values = [[fresh[k]]]));
    await context.sync();
    return;
  }

  // No Key column yet: it takes the column right of the table, which must be empty.
  const top = parseAddress(header.address);
  const rows = body.rowCount + 1;
  const beside = header
    .getCell(0, top.columns)
    .getResizedRange(rows - 1, 0)
    .load("values,address");
  await context.sync();
  const used = beside.values.findIndex((row) => !isBlank(row[0]));
  if (used >= 0) {
    throw new Error(
      `the evaluations table needs a Key column and the column right of it is not empty ` +
        `(${beside.address}): move what is there, then try again`,
    );
  }
  table.resize(rangeAddress(top.row, top.column, rows, top.columns + 1));
  const column = header.getCell(0, top.columns).getResizedRange(rows - 1, 0);
  const keys = newEvaluationKeys(body.rowCount);
  column.values = [[SHEET_VOCABULARY[layout.language].evaluations.key], ...keys.map((key) => [key])];
  await context.sync();
}
