// A rubric's canonical document: the content of a canonical rubric file (docs/rubric-json.md) as plain data, keys in
// schema order, every field written (kind and allowNA included), optional fields only when present. Its checksum
// identifies a rubric version: computed when it is published, and again by any export of it.
import { Rubric } from "../model";
import { documentChecksum } from "./checksum";

export const RUBRIC_FORMAT = "rubric-workbench/rubric";
export const RUBRIC_FORMAT_VERSION = 1;
/** The $id of schema/rubric.schema.json, written as the file's "$schema". */
export const RUBRIC_SCHEMA_ID = "urn:rubric-workbench:rubric:1";

/** The document without its checksum. Throws a TypeError (later, in the checksum) for undefined or non-JSON numbers. */
export function rubricDocument(r: Rubric): Record<string, unknown> {
  return {
    $schema: RUBRIC_SCHEMA_ID,
    format: RUBRIC_FORMAT,
    formatVersion: RUBRIC_FORMAT_VERSION,
    id: r.id,
    title: r.title,
    ...optional("description", r.description),
    version: r.version,
    status: r.status,
    settings: { scale: r.settings.scale, decimals: r.settings.decimals },
    criteria: r.criteria.map((c) => ({
      id: c.id,
      label: c.label,
      ...optional("description", c.description),
      kind: c.kind,
      weight: c.weight,
      max: c.max,
      allowNA: c.allowNA,
      ...optional(
        "levels",
        c.levels?.map((l) => ({ label: l.label, points: l.points, ...optional("description", l.description) })),
      ),
      ...optional("section", c.section),
    })),
    bands: r.bands.map((b) => ({ from: b.from, points: b.points, ...optional("label", b.label) })),
  };
}

/** The checksum a canonical file of `r` carries ("sha256:..."). */
export const rubricChecksum = (r: Rubric): string => documentChecksum(rubricDocument(r));

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
