// Rubric validation: every problem, not only the first, each with its location.
import { Band, CRITERION_KINDS, Criterion, RUBRIC_STATUSES, Rubric, RubricSettings } from "./model";
import { Problem } from "./problem";

export const CRITERION_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Rubric ids name sheets and tables, so they stay short and plain. */
export const RUBRIC_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,23}$/;
export const MAX_DECIMALS = 6;

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export function validateRubric(rubric: Rubric): Problem[] {
  const problems: Problem[] = [];
  const top = (field: string, message: string) => problems.push({ location: { scope: "rubric", field }, message });
  if (typeof rubric.id !== "string" || !RUBRIC_ID_PATTERN.test(rubric.id)) {
    top("id", "must start with a letter, then up to 23 letters, digits, - or _");
  }
  if (typeof rubric.title !== "string" || rubric.title.trim() === "") top("title", "is empty");
  if (!Number.isInteger(rubric.version) || rubric.version < 1) top("version", "must be a whole number ≥ 1");
  if (!RUBRIC_STATUSES.includes(rubric.status)) top("status", `must be one of ${RUBRIC_STATUSES.join(", ")}`);
  problems.push(...validateSettings(rubric.settings));
  problems.push(...validateCriteria(rubric.criteria));
  problems.push(...validateBands(rubric.bands));
  return problems;
}

export function validateSettings(settings: RubricSettings): Problem[] {
  const problems: Problem[] = [];
  if (!isFiniteNumber(settings.scale) || settings.scale <= 0) {
    problems.push({ location: { scope: "settings", field: "scale" }, message: "must be a number > 0" });
  }
  if (!Number.isInteger(settings.decimals) || settings.decimals < 0 || settings.decimals > MAX_DECIMALS) {
    problems.push({
      location: { scope: "settings", field: "decimals" },
      message: `must be a whole number from 0 to ${MAX_DECIMALS}`,
    });
  }
  return problems;
}

export interface CriteriaChecks {
  /** Check just what scoring needs (ids, kinds, weights, maxima), as RUBRIC.TOTAL does. */
  scoringOnly?: boolean;
  /** False where ids are made up from positions (RUBRIC.SCORE). */
  ids?: boolean;
}

export function validateCriteria(criteria: readonly Criterion[], options: CriteriaChecks = {}): Problem[] {
  const problems: Problem[] = [];
  if (criteria.length === 0) {
    problems.push({ location: { scope: "criteria" }, message: "there are no criteria" });
    return problems;
  }
  const seen = new Map<string, number>();
  criteria.forEach((c, index) => {
    const at = (field: string | undefined, message: string) =>
      problems.push({ location: { scope: "criterion", index, id: c.id, field }, message });
    if (options.ids === false) {
      // positions name the criteria
    } else if (typeof c.id !== "string" || !CRITERION_ID_PATTERN.test(c.id)) {
      at("id", "must start with a letter, then letters, digits or _");
    } else {
      const key = c.id.toUpperCase();
      const first = seen.get(key);
      if (first !== undefined) at("id", `repeats the id of criterion ${first + 1} (ids ignore case)`);
      else seen.set(key, index);
    }
    if (!options.scoringOnly && (typeof c.label !== "string" || c.label.trim() === "")) at("label", "is empty");
    if (!CRITERION_KINDS.includes(c.kind)) at("kind", `must be one of ${CRITERION_KINDS.join(", ")}`);
    if (!isFiniteNumber(c.weight)) at("weight", "is not a number");
    else if (c.weight < 0) at("weight", "is negative");
    if (!isFiniteNumber(c.max)) at("max", "is not a number");
    else if (c.max <= 0) at("max", "must be > 0");
    if (typeof c.allowNA !== "boolean") at("allowNA", "must be true or false");
    if (!options.scoringOnly) validateLevels(c, at);
  });
  const scored = criteria.filter((c) => c.kind === "score");
  if (scored.length === 0) {
    problems.push({ location: { scope: "criteria" }, message: "there is no criterion of kind score" });
  } else if (scored.every((c) => c.weight === 0)) {
    problems.push({ location: { scope: "criteria" }, message: "weights of score criteria sum to 0" });
  }
  return problems;
}

function validateLevels(c: Criterion, at: (field: string, message: string) => void): void {
  c.levels?.forEach((level, i) => {
    const field = `levels[${i}]`;
    if (typeof level.label !== "string" || level.label.trim() === "") at(`${field}.label`, "is empty");
    if (!isFiniteNumber(level.points)) at(`${field}.points`, "is not a number");
    else if (level.points < 0 || (isFiniteNumber(c.max) && level.points > c.max)) {
      at(`${field}.points`, `${level.points} is outside 0..${c.max}`);
    } else if (c.levels!.findIndex((l) => l.points === level.points) < i) {
      at(`${field}.points`, `${level.points} repeats an earlier level`);
    }
  });
}

export function validateBands(bands: readonly Band[]): Problem[] {
  const problems: Problem[] = [];
  let previous: number | null = null;
  bands.forEach((band, index) => {
    const at = (field: string, message: string) =>
      problems.push({ location: { scope: "band", index, field }, message });
    if (band.from === null) {
      if (index > 0) at("from", "is blank (only the first band may start open)");
    } else if (!isFiniteNumber(band.from)) {
      at("from", "is not a number");
    } else {
      if (previous !== null && band.from <= previous) at("from", `${band.from} is not above ${previous}`);
      previous = band.from;
    }
    if (!isFiniteNumber(band.points)) at("points", "is not a number");
  });
  return problems;
}
