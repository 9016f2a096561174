// A table's header and data rows, read together: never its Total Row, which a user can turn on in one click and
// whose "Total" would otherwise read as one more criterion or band (Table.getRange() includes it).
import { RangeBox, parseAddress } from "./address";

export interface TableCells {
  /** The header row, then the data rows. */
  values: unknown[][];
  /** Where those rows are on the sheet. */
  box: RangeBox;
}

/** Queues the reads; after the next sync, the returned function gives the cells. */
export function queueTableCells(table: Excel.Table): () => TableCells {
  const header = table.getHeaderRowRange().load("values,address");
  const body = table.getDataBodyRange().load("values");
  return () => ({
    values: [...header.values, ...body.values],
    box: { ...parseAddress(header.address), rows: 1 + body.values.length },
  });
}
