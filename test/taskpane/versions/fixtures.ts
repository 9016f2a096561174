// Three published versions of the example rubric and their history, as the versions store would hold them: version 2
// changes PREP's weight (scoring) and relabels MAIL1 (text); version 3 changes only the title (text).
import { RubricChange, applyChanges } from "../../../src/rubric/change";
import { ClassifiedChange, diffRubrics } from "../../../src/rubric/diff";
import { exampleRubric } from "../../../src/rubric/example";
import { Language } from "../../../src/rubric/language";
import { Rubric } from "../../../src/rubric/model";
import { HistoryEntry, RubricVersion } from "../../../src/rubric/version";

export const SECOND: RubricChange[] = [
  { type: "update-criterion", index: 0, patch: { weight: 30 } },
  { type: "update-criterion", index: 1, patch: { label: "Email before the visit" } },
];
export const THIRD = (language: Language): RubricChange[] => [
  { type: "set-rubric-text", field: "title", value: language === "en" ? "Follow-up visit" : "回访流程" },
];

export function versionsOf(language: Language = "en"): RubricVersion[] {
  const first = exampleRubric(language);
  const second = applyChanges({ ...first, version: 2 }, SECOND);
  const third = applyChanges({ ...second, version: 3 }, THIRD(language));
  const version = (rubric: Rubric, publishedAt: string, note: string): RubricVersion => ({
    version: rubric.version,
    publishedAt,
    note,
    checksum: `sha256:${rubric.version}`,
    rubric,
  });
  // Out of order on purpose: the history sorts them.
  return [
    version(second, "2024-04-10T12:00:00Z", "Preparation counts double"),
    version(first, "2024-03-05T12:00:00Z", "First rubric"),
    version(third, "2024-06-20T12:00:00Z", "Shorter title"),
  ];
}

export const ENTRIES: HistoryEntry[] = [
  { entry: 1, at: "2024-03-05T12:00:00Z", action: "publish", version: 1, note: "First rubric", by: "Li Na", rows: 0 },
  { entry: 2, at: "2024-04-10T12:00:00Z", action: "publish", version: 2, note: "", by: "Li Na", rows: 0 },
  { entry: 3, at: "2024-04-11T12:00:00Z", action: "apply", version: 2, note: "Q2 visits", by: "Wang Wei", rows: 5 },
  { entry: 4, at: "2024-05-30T12:00:00Z", action: "stable", version: 2, note: "", by: "", rows: 0 },
  { entry: 5, at: "2024-06-20T12:00:00Z", action: "publish", version: 3, note: "", by: "Li Na", rows: 0 },
];

/** The working draft after `edits` to the latest version, and its changes against it. */
export function draftOf(language: Language, ...edits: RubricChange[]): { draft: Rubric; changes: ClassifiedChange[] } {
  const latest = versionsOf(language).find((v) => v.version === 3)!.rubric;
  const draft = applyChanges(latest, edits);
  return { draft, changes: diffRubrics(latest, draft) };
}

/** A scoring change (PREP's weight 30 → 20) and a text change (the title). */
export const DRAFT_EDITS: RubricChange[] = [
  { type: "set-rubric-text", field: "title", value: "Visit" },
  { type: "update-criterion", index: 0, patch: { weight: 20 } },
];
