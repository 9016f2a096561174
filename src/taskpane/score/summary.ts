// The live total, points and band of the scoring form, computed by the domain exactly as the sheet's RUBRIC.TOTAL,
// RUBRIC.POINTS and RUBRIC.BAND formulas compute them: same validation first, same engine, same messages.
import { bandLabel } from "../../rubric/bands";
import { RawValue, Rubric } from "../../rubric/model";
import { lookupBand } from "../../rubric/points";
import { Language } from "../../rubric/language";
import { listingProblems } from "../../rubric/messages";
import { engineText } from "../../rubric/vocabulary/messages/render";
import { scoreEvaluation } from "../../rubric/score";
import { CellError, INVALID_BANDS_ERROR, bandCellError, scoreCellError } from "../../rubric/cell-error";
import { validateBands, validateCriteria } from "../../rubric/validate";

/** What a cell shows instead of a number. */
export type { CellError };

export interface Failed {
  error: CellError;
  message: string;
}

export type BandSummary = { points: number; label: string } | Failed;

export type Summary =
  | { status: "blank" }
  | ({ status: "error"; criterion?: string } & Failed)
  | { status: "total"; total: number; text: string; failedGate?: string; band: BandSummary };

/** `language`: the pane's, which words the messages. */
export function summarise(
  rubric: Rubric,
  values: Readonly<Record<string, RawValue>>,
  language: Language = "en",
): Summary {
  // RUBRIC.TOTAL checks the criteria table (for scoring) before scoring.
  const criteriaProblems = validateCriteria(rubric.criteria, { scoringOnly: true });
  if (criteriaProblems.length > 0) {
    return {
      status: "error",
      error: scoreCellError("invalid-rubric"),
      message: engineText(listingProblems("invalid-rubric", criteriaProblems), language),
    };
  }
  const outcome = scoreEvaluation(rubric, values);
  if (outcome.status === "blank") return { status: "blank" };
  if (outcome.status === "error") {
    const { code, reason, criterion } = outcome.error;
    const summary: Summary = { status: "error", error: scoreCellError(code), message: engineText(reason, language) };
    if (criterion !== undefined) summary.criterion = criterion;
    return summary;
  }
  const summary: Summary = {
    status: "total",
    total: outcome.total,
    text: outcome.total.toFixed(rubric.settings.decimals),
    band: bandOf(rubric, outcome.total, language),
  };
  if (outcome.failedGate !== undefined) summary.failedGate = outcome.failedGate;
  return summary;
}

/** As RUBRIC.POINTS and RUBRIC.BAND: invalid bands are #VALUE!, a total below the lowest band #N/A. */
export function bandOf(rubric: Rubric, total: number, language: Language = "en"): BandSummary {
  const problems = validateBands(rubric.bands);
  if (problems.length > 0) {
    const reason = listingProblems("invalid-bands", problems);
    return { error: INVALID_BANDS_ERROR, message: engineText(reason, language) };
  }
  const found = lookupBand(total, rubric.bands);
  if (found.status === "band") {
    return { points: rubric.bands[found.index].points, label: bandLabel(rubric.bands, found.index) };
  }
  if (found.status === "error")
    return { error: bandCellError(found.code), message: engineText(found.reason, language) };
  return { error: "#N/A", message: "" }; // a number is never blank
}
