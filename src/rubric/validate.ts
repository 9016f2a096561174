// Rubric validation: every problem, not only the first, each with its location.
import { Band, CRITERION_KINDS, Criterion, RUBRIC_STATUSES, Rubric, RubricSettings } from "./model";
import { ParamArgs, ProblemCode, ProblemParams } from "./messages";
import { Problem, ProblemLocation, problemAt } from "./problem";

export const CRITERION_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Rubric ids name sheets and tables, so they stay short and plain. */
export const RUBRIC_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,23}$/;
export const MAX_DECIMALS = 6;

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Adds problems at one place: `at(field, code, params)`. */
type At = <C extends ProblemCode>(field: string | undefined, code: C, ...args: ParamArgs<ProblemParams[C]>) => void;
const reporter =
  (problems: Problem[], where: (field: string | undefined) => ProblemLocation): At =>
  (field, code, ...args) =>
    problems.push(problemAt(where(field), code, ...args));

export function validateRubric(rubric: Rubric): Problem[] {
  const problems: Problem[] = [];
  const top = reporter(problems, (field) => ({ scope: "rubric", field }));
  if (typeof rubric.id !== "string" || !RUBRIC_ID_PATTERN.test(rubric.id)) top("id", "rubric-id");
  if (typeof rubric.title !== "string" || rubric.title.trim() === "") top("title", "empty");
  if (!Number.isInteger(rubric.version) || rubric.version < 1) top("version", "whole-version");
  if (!RUBRIC_STATUSES.includes(rubric.status)) top("status", "one-of", { choices: RUBRIC_STATUSES.join(", ") });
  problems.push(...validateSettings(rubric.settings));
  problems.push(...validateCriteria(rubric.criteria));
  problems.push(...validateBands(rubric.bands));
  return problems;
}

export function validateSettings(settings: RubricSettings): Problem[] {
  const problems: Problem[] = [];
  const at = reporter(problems, (field) => ({ scope: "settings", field }));
  if (!isFiniteNumber(settings.scale) || settings.scale <= 0) at("scale", "positive-scale");
  if (!Number.isInteger(settings.decimals) || settings.decimals < 0 || settings.decimals > MAX_DECIMALS) {
    at("decimals", "decimals-range", { max: MAX_DECIMALS });
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
    problems.push(problemAt({ scope: "criteria" }, "no-criteria"));
    return problems;
  }
  const seen = new Map<string, number>();
  criteria.forEach((c, index) => {
    const at = reporter(problems, (field) => ({ scope: "criterion", index, id: c.id, field }));
    if (options.ids === false) {
      // positions name the criteria
    } else if (typeof c.id !== "string" || !CRITERION_ID_PATTERN.test(c.id)) {
      at("id", "criterion-id");
    } else {
      const key = c.id.toUpperCase();
      const first = seen.get(key);
      if (first !== undefined) at("id", "repeated-id", { n: first + 1 });
      else seen.set(key, index);
    }
    if (!options.scoringOnly && (typeof c.label !== "string" || c.label.trim() === "")) at("label", "empty");
    if (!CRITERION_KINDS.includes(c.kind)) at("kind", "one-of", { choices: CRITERION_KINDS.join(", ") });
    if (!isFiniteNumber(c.weight)) at("weight", "not-a-number");
    else if (c.weight < 0) at("weight", "negative");
    if (!isFiniteNumber(c.max)) at("max", "not-a-number");
    else if (c.max <= 0) at("max", "not-positive");
    if (typeof c.allowNA !== "boolean") at("allowNA", "not-boolean");
    if (!options.scoringOnly) validateLevels(c, at);
  });
  const scored = criteria.filter((c) => c.kind === "score");
  if (scored.length === 0) {
    problems.push(problemAt({ scope: "criteria" }, "no-score-criterion"));
  } else if (scored.every((c) => c.weight === 0)) {
    problems.push(problemAt({ scope: "criteria" }, "zero-score-weights"));
  }
  return problems;
}

function validateLevels(c: Criterion, at: At): void {
  c.levels?.forEach((level, i) => {
    const field = `levels[${i}]`;
    if (typeof level.label !== "string" || level.label.trim() === "") at(`${field}.label`, "empty");
    if (!isFiniteNumber(level.points)) at(`${field}.points`, "not-a-number");
    else if (level.points < 0 || (isFiniteNumber(c.max) && level.points > c.max)) {
      at(`${field}.points`, "level-outside", { points: level.points, max: c.max });
    } else if (c.levels!.findIndex((l) => l.points === level.points) < i) {
      at(`${field}.points`, "level-repeated", { points: level.points });
    }
  });
}

export function validateBands(bands: readonly Band[]): Problem[] {
  const problems: Problem[] = [];
  let previous: number | null = null;
  bands.forEach((band, index) => {
    const at = reporter(problems, (field) => ({ scope: "band", index, field }));
    if (band.from === null) {
      if (index > 0) at("from", "open-band");
    } else if (!isFiniteNumber(band.from)) {
      at("from", "not-a-number");
    } else {
      if (previous !== null && band.from <= previous) at("from", "not-ascending", { from: band.from, previous });
      previous = band.from;
    }
    if (!isFiniteNumber(band.points)) at("points", "not-a-number");
  });
  return problems;
}
