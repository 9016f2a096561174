// The rubric versions a review scores under, prepared once: each version's Scorer, bands and criteria. Evaluations
// are scored as the sheet scores them: under the version in their Rubric version cell, a blank cell meaning the
// latest version (formulas.ts, rowVersion).
import { bandLabel } from "../bands";
import { EngineMessage, engineMessage, listingProblems } from "../messages";
import { Criterion, RawValue, Rubric } from "../model";
import { Scorer } from "../score";
import { validateBands, validateCriteria } from "../validate";

export interface PreparedVersion {
  rubric: Rubric;
  /** The criteria's ids in upper case, for matching a row's values ignoring case. */
  folded: string[];
  /** Present when the version's criteria and bands are valid. */
  scorer?: Scorer;
  /** Why no evaluation can be scored under it (invalid-rubric, invalid-bands). */
  problem?: EngineMessage;
  bandLabels: string[];
  /** Per criterion: level label by points. */
  levelLabels: Map<number, string>[];
}

export interface PreparedVersions {
  byNumber: Map<number, PreparedVersion>;
  latest: PreparedVersion;
}

function prepareVersion(rubric: Rubric): PreparedVersion {
  const criteriaProblems = validateCriteria(rubric.criteria, { scoringOnly: true });
  const bandProblems = validateBands(rubric.bands);
  const problem =
    criteriaProblems.length > 0
      ? listingProblems("invalid-rubric", criteriaProblems)
      : bandProblems.length > 0
        ? listingProblems("invalid-bands", bandProblems)
        : undefined;
  return {
    rubric,
    folded: rubric.criteria.map((c) => c.id.toUpperCase()),
    ...(problem ? { problem } : { scorer: new Scorer(rubric.criteria, rubric.settings) }),
    bandLabels: rubric.bands.map((_, i) => bandLabel(rubric.bands, i)),
    levelLabels: rubric.criteria.map((c: Criterion) => new Map((c.levels ?? []).map((l) => [l.points, l.label]))),
  };
}

/** Prepares the versions (each rubric's `version` is its number). Throws when there is none or a number repeats. */
export function prepareVersions(versions: readonly Rubric[]): PreparedVersions {
  if (versions.length === 0) throw new Error("a review needs at least one rubric version to score under");
  const byNumber = new Map<number, PreparedVersion>();
  let latest: PreparedVersion | undefined;
  for (const rubric of versions) {
    if (byNumber.has(rubric.version)) throw new Error(`rubric version ${rubric.version} is given twice`);
    const prepared = prepareVersion(rubric);
    byNumber.set(rubric.version, prepared);
    if (!latest || rubric.version > latest.rubric.version) latest = prepared;
  }
  return { byNumber, latest: latest! };
}

/** The version an evaluation is scored under, or the reason it has none. */
export function versionFor(
  versions: PreparedVersions,
  version: number | null | undefined,
): PreparedVersion | EngineMessage {
  if (version === null || version === undefined) return versions.latest;
  return versions.byNumber.get(version) ?? engineMessage("version-missing", { version });
}

/** An evaluation's values in the order of a version's criteria, ids matched ignoring case (as scoreEvaluation). */
export function valuesFor(prepared: PreparedVersion, values: Readonly<Record<string, RawValue>>): RawValue[] {
  const criteria = prepared.rubric.criteria;
  const out = new Array<RawValue>(criteria.length);
  let folded: Map<string, RawValue> | undefined;
  for (let i = 0; i < criteria.length; i++) {
    const id = criteria[i].id;
    if (Object.prototype.hasOwnProperty.call(values, id)) out[i] = values[id];
    else {
      folded ??= new Map(Object.entries(values).map(([k, v]) => [k.toUpperCase(), v]));
      out[i] = folded.get(prepared.folded[i]);
    }
  }
  return out;
}

/** Whether two versions have the same criteria ids (ignoring case) in the same order: then a row's values in one's
 * order are in the other's. */
export function sameCriteria(a: PreparedVersion, b: PreparedVersion): boolean {
  return a.folded.length === b.folded.length && a.folded.every((id, i) => id === b.folded[i]);
}
