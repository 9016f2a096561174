// Every evaluation of the store scored once for the review, as the sheet scores it: its total, points and band under
// its own version (points as awarded: never recomputed under another version), or why it has none. Unscored rows
// (nothing or only part scored) and error rows stay in the list, marked, so that every view can leave them out and
// count them.
import { dayOf, isoDay } from "../calendar";
import { EvaluationInput } from "../evaluation";
import { EngineMessage } from "../messages";
import { RawValue, Rubric } from "../model";
import { belowBandsMessage, findBand } from "../bands";
import { classifyValue, NA } from "../value";
import { monthIndexOf } from "../period/period";
import { PreparedVersion, PreparedVersions, prepareVersions, valuesFor, versionFor } from "./versions";

/** An evaluation as the pane's evaluations store holds it (src/app/read-evaluations.ts, EvaluationRecord). */
export interface ReviewEvaluation extends EvaluationInput {
  /** The evaluation's stable key. */
  key: string;
  /** The row number Excel shows for it. */
  sheetRow: number;
}

/** A criterion's value as given: a number in 0..max, or NA. */
export type GivenValue = number | typeof NA;

export interface Awarded {
  status: "scored";
  total: number;
  points: number;
  /** Index into the version's bands, and its label ("60–75" when the band has none). */
  band: number;
  bandLabel: string;
  base: number;
  bonus: number;
  penalty: number;
  /** The failed gate's id, when one made the total 0. */
  failedGate?: string;
  /** Per criterion of the version, in its order. */
  values: GivenValue[];
}

/** Nothing scored yet ("blank"), or some criteria only ("incomplete", with the engine's reason). */
export interface Unscored {
  status: "unscored";
  reason?: EngineMessage;
}

export interface Failed {
  status: "error";
  reason: EngineMessage;
}

export interface ReviewRow {
  evaluation: ReviewEvaluation;
  /** The calendar day of its date (calendar.ts); undefined when the date is blank or unreadable. */
  day: number | undefined;
  /** That day as yyyy-mm-dd, and its month as year × 12 + month − 1 (period.ts, monthIndexOf): read once here,
   * as the ledger and the trend need them whatever the filter. Undefined with `day`. */
  date: string | undefined;
  month: number | undefined;
  /** Trimmed texts ("" when blank): what filters and groups compare. */
  person: string;
  team: string;
  reviewer: string;
  process: string;
  /** The version it is scored under (undefined when its version does not exist). */
  version: number | undefined;
  result: Awarded | Unscored | Failed;
}

const text = (value: string | undefined) => (value ?? "").trim();

/** Scores one evaluation's values under a prepared version: what the sheet's Total, Points and Band show.
 * `withValues` false leaves the values given out (empty): re-scoring needs only the total. */
export function awardUnder(
  prepared: PreparedVersion,
  values: ReviewEvaluation["values"],
  withValues = true,
): ReviewRow["result"] {
  return awardValues(prepared, valuesFor(prepared, values), withValues);
}

/** The same from values already in the version's criteria order; `raw` becomes the values given when `withValues`,
 * and is left as it is otherwise. */
export function awardValues(prepared: PreparedVersion, raw: RawValue[], withValues: boolean): ReviewRow["result"] {
  if (!prepared.scorer) return { status: "error", reason: prepared.problem! };
  const outcome = prepared.scorer.score(raw);
  if (outcome.status === "blank") return { status: "unscored" };
  if (outcome.status === "error") {
    const { code, reason } = outcome.error;
    return code === "incomplete" ? { status: "unscored", reason } : { status: "error", reason };
  }
  // The version's bands are valid (prepareVersions checks them), as RUBRIC.POINTS requires.
  const bands = prepared.rubric.bands;
  const band = findBand(bands, outcome.total);
  if (band < 0) return { status: "error", reason: belowBandsMessage(bands, outcome.total) };
  // Scoring succeeded, so every value is a number in range or NA: the values read become the values given.
  const given = withValues ? (raw as GivenValue[]) : [];
  if (withValues) {
    for (let i = 0; i < raw.length; i++) {
      const v = raw[i];
      if (typeof v !== "number") given[i] = classifyValue(v) as GivenValue;
    }
  }
  const awarded: Awarded = {
    status: "scored",
    total: outcome.total,
    points: bands[band].points,
    band,
    bandLabel: prepared.bandLabels[band],
    base: outcome.base,
    bonus: outcome.bonus,
    penalty: outcome.penalty,
    values: given,
  };
  if (outcome.failedGate !== undefined) awarded.failedGate = outcome.failedGate;
  return awarded;
}

/** Every evaluation with its result, in the order given. `versions` are the published versions (each rubric's
 * `version` its number; a rubric without versions passes itself). */
export function reviewRows(evaluations: readonly ReviewEvaluation[], versions: readonly Rubric[]): ReviewRow[] {
  return scoreRows(evaluations, prepareVersions(versions));
}

type DateFields = Pick<ReviewRow, "day" | "date" | "month">;

function dateFields(date: ReviewEvaluation["date"]): DateFields {
  const day = dayOf(date);
  return day === undefined
    ? { day, date: undefined, month: undefined }
    : { day, date: isoDay(day), month: monthIndexOf(day) };
}

export function scoreRows(evaluations: readonly ReviewEvaluation[], versions: PreparedVersions): ReviewRow[] {
  const rows = new Array<ReviewRow>(evaluations.length);
  // Many evaluations share a date: each date is read once.
  const dates = new Map<unknown, DateFields>();
  for (let i = 0; i < evaluations.length; i++) {
    const evaluation = evaluations[i];
    let date = dates.get(evaluation.date);
    if (date === undefined) dates.set(evaluation.date, (date = dateFields(evaluation.date)));
    const prepared = versionFor(versions, evaluation.version);
    const scored = "rubric" in prepared;
    rows[i] = {
      evaluation,
      day: date.day,
      date: date.date,
      month: date.month,
      person: text(evaluation.person),
      team: text(evaluation.team),
      reviewer: text(evaluation.reviewer),
      process: text(evaluation.process),
      version: scored ? prepared.rubric.version : undefined,
      result: scored ? awardUnder(prepared, evaluation.values) : { status: "error", reason: prepared },
    };
  }
  return rows;
}
