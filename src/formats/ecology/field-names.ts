// The field names a mapping gives the form's fields: by default the specification's (fields.ts), or the names an
// administrator's workflow form uses instead, keyed by the specification's name. One check for both the payloads
// (payload.ts refuses a mapping with problems) and the pane's editor (each problem next to its field): a name is an
// e-cology field name (a letter, then letters, digits and _, at most 30 characters; e-cology keeps them in lower case
// and so compares them), names the specification knows, and leaves no two fields of a table with one name.
import { ECOLOGY_FIELD_NAME_MAX } from "./fields";
import type { MappingProblem } from "./mapping-problem";
import type { EcologyFormSpec } from "./model";

/** What a mapped field name may be (any case: e-cology folds it). */
export const MAPPED_FIELD_NAME_PATTERN = new RegExp(`^[A-Za-z][A-Za-z0-9_]{0,${ECOLOGY_FIELD_NAME_MAX - 1}}$`);

export type FieldTable = "main" | "detail";

/** A field a mapping can rename: its specification name, its label (in the specification's language), its table. */
export interface MappableField {
  fieldName: string;
  label: string;
  table: FieldTable;
}

const knownIn = (spec: EcologyFormSpec) =>
  new Map<string, FieldTable>([
    ...spec.main.map((f) => [f.fieldName, "main"] as const),
    ...spec.detail.fields.map((f) => [f.fieldName, "detail"] as const),
  ]);

/** The fields of the specifications (versions may differ in their criteria), each once: main table first, in the
 * specifications' order, a field's label from the last specification that has it (the latest version's). */
export function mappableFields(specs: readonly EcologyFormSpec[]): MappableField[] {
  const byName = new Map<string, MappableField>();
  for (const table of ["main", "detail"] as const) {
    for (const spec of specs) {
      for (const f of table === "main" ? spec.main : spec.detail.fields) {
        byName.set(f.fieldName, { fieldName: f.fieldName, label: f.label, table });
      }
    }
  }
  return [...byName.values()];
}

/** The name a field goes by: its override when one is given (trimmed), else its own. */
export function mappedName(overrides: Readonly<Record<string, string>>, field: string): string {
  const v = Object.prototype.hasOwnProperty.call(overrides, field) ? overrides[field] : undefined;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : field;
}

/** What is wrong with `overrides` for these specifications: names that are no field of any, blank or not e-cology
 * names, and two fields of a table given one name (in any specification; each collision once). */
export function fieldNameProblems(
  specs: readonly EcologyFormSpec[],
  overrides: Readonly<Record<string, string>>,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const perSpec = specs.map(knownIn);
  const isKnown = (key: string) => perSpec.some((known) => known.has(key));
  for (const [key, value] of Object.entries(overrides)) {
    if (!isKnown(key)) problems.push({ problem: "fieldUnknown", key });
    else if (typeof value !== "string" || value.trim() === "") problems.push({ problem: "fieldUnmapped", key });
    else if (!MAPPED_FIELD_NAME_PATTERN.test(value.trim())) problems.push({ problem: "fieldBadName", key, value });
  }
  // Keyed by field pair: the same collision seen in two specifications is one problem.
  const collisions = new Map<string, MappingProblem>();
  for (const known of perSpec) {
    for (const table of ["main", "detail"] as const) {
      const seen = new Map<string, string>();
      for (const [field, where] of known) {
        if (where !== table) continue;
        const name = mappedName(overrides, field);
        const other = seen.get(name.toLowerCase());
        if (other === undefined) seen.set(name.toLowerCase(), field);
        else collisions.set(`${other}\n${field}`, { problem: "fieldCollision", first: other, second: field, name });
      }
    }
  }
  problems.push(...collisions.values());
  return problems;
}
