// Matching score columns to criteria by id, so reordering criteria rows or evaluation columns never mis-assigns a
// score. Columns whose id no criterion has (retired criteria) are ignored.
import { EngineMessage, engineMessage } from "./messages";
import { Criterion } from "./model";

export type ColumnMatch =
  /** inOrder: the ids are the criteria's, in the same order (columnOf is then 0, 1, 2, ...). */
  | { ok: true; columnOf: number[]; inOrder: boolean }
  | { ok: false; code: "missing" | "duplicate"; reason: EngineMessage };

const fold = (id: unknown) => (typeof id === "string" ? id.trim().toUpperCase() : "");

/** columnOf[i] is the index in `ids` of criterion i's score. */
export function matchColumns(criteria: readonly Pick<Criterion, "id">[], ids: readonly unknown[]): ColumnMatch {
  const columnOf = new Array<number>(criteria.length);
  // The usual case: the same ids in the same order, matched without building a map.
  let sameOrder = ids.length >= criteria.length;
  for (let i = 0; sameOrder && i < criteria.length; i++) sameOrder = ids[i] === criteria[i].id;
  if (sameOrder && ids.length === criteria.length) {
    for (let i = 0; i < criteria.length; i++) columnOf[i] = i;
    return { ok: true, columnOf, inOrder: true };
  }
  const position = new Map<string, number>();
  for (let j = 0; j < ids.length; j++) {
    const key = fold(ids[j]);
    if (key === "") continue;
    if (position.has(key))
      return { ok: false, code: "duplicate", reason: engineMessage("duplicate-column", { id: String(ids[j]).trim() }) };
    position.set(key, j);
  }
  for (let i = 0; i < criteria.length; i++) {
    const j = position.get(fold(criteria[i].id));
    if (j === undefined)
      return { ok: false, code: "missing", reason: engineMessage("missing-column", { id: criteria[i].id }) };
    columnOf[i] = j;
  }
  return { ok: true, columnOf, inOrder: false };
}
