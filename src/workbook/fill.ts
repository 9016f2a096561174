// Small helpers for queuing writes (no syncs here).

/**
 * Sets one formula (or value or number format) for every cell of a range with a single scalar, without sending a
 * copy per row. Excel accepts a scalar for `values`, `formulas` and `numberFormat` and applies it to all cells,
 * although the typings only declare 2-D arrays; a table column filled this way becomes a calculated column.
 */
export function fillRange(range: Excel.Range, property: "formulas" | "values" | "numberFormat", value: string): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}
