// A rubric file's content as the schema (schema/rubric.schema.json) describes it, and its conversion to the
// domain's Rubric once the schema has accepted it.
import { Band, Criterion, CriterionKind, Level, Rubric, RubricStatus } from "../../rubric/model";

/** A rubric file as the schema describes it (after schema validation). kind and allowNA may be absent on input. */
export interface RubricDocument {
  $schema?: string;
  format: string;
  formatVersion: number;
  id: string;
  title: string;
  description?: string;
  version: number;
  status: RubricStatus;
  settings: { scale: number; decimals: number };
  criteria: Array<{
    id: string;
    label: string;
    description?: string;
    kind?: CriterionKind;
    weight: number;
    max: number;
    allowNA?: boolean;
    levels?: Array<{ label: string; points: number; description?: string }>;
    section?: string;
  }>;
  bands: Array<{ from: number | null; points: number; label?: string }>;
  checksum?: string;
}

/** A fresh plain Rubric with exactly the domain fields; defaults: kind "score", allowNA false. */
export function toRubric(doc: RubricDocument): Rubric {
  const criteria: Criterion[] = doc.criteria.map((c) => {
    const criterion: Criterion = {
      id: c.id,
      label: c.label,
      kind: c.kind ?? "score",
      weight: c.weight,
      max: c.max,
      allowNA: c.allowNA ?? false,
    };
    if (c.description !== undefined) criterion.description = c.description;
    if (c.levels !== undefined) {
      criterion.levels = c.levels.map((l) => {
        const level: Level = { label: l.label, points: l.points };
        if (l.description !== undefined) level.description = l.description;
        return level;
      });
    }
    if (c.section !== undefined) criterion.section = c.section;
    return criterion;
  });
  const bands: Band[] = doc.bands.map((b) => {
    const band: Band = { from: b.from, points: b.points };
    if (b.label !== undefined) band.label = b.label;
    return band;
  });
  const rubric: Rubric = {
    id: doc.id,
    title: doc.title,
    version: doc.version,
    status: doc.status,
    settings: { scale: doc.settings.scale, decimals: doc.settings.decimals },
    criteria,
    bands,
  };
  if (doc.description !== undefined) rubric.description = doc.description;
  return rubric;
}
