// What an evaluation row's Total, Points and Band cells should show, from the engine (src/rubric): the reference
// every sheet path (fake, simulated host, browser preview) is compared with.
import { bandLabel } from "../../src/rubric/bands";
import { RawValue, Rubric } from "../../src/rubric/model";
import { lookupBand } from "../../src/rubric/points";
import { isUndefinedResult, scoreEvaluation } from "../../src/rubric/score";

import { Language } from "../../src/rubric/language";

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** [Total, Points, Band] as the sheet shows them: "" for an empty row, "k of n not scored" for a partial one, the
 * error code of RUBRIC.TOTAL ("#N/A", "#VALUE!") where the engine refuses, else the total, points and band. */
export function expectedRow(
  rubric: Rubric,
  values: Readonly<Record<string, RawValue>>,
  language: Language = "en",
): Array<string | number> {
  const byId = new Map(Object.entries(values).map(([id, v]) => [id.toUpperCase(), v]));
  const blanks = rubric.criteria.filter((c) => isBlank(byId.get(c.id.toUpperCase()))).length;
  const n = rubric.criteria.length;
  if (blanks === n) return ["", "", ""];
  if (blanks > 0) return [language === "zh" ? `${n}项中${blanks}项未评分` : `${blanks} of ${n} not scored`, "", ""];
  const outcome = scoreEvaluation(rubric, values);
  if (outcome.status === "blank") return ["", "", ""];
  // RUBRIC.TOTAL's error: #N/A for "not computable yet", #VALUE! for bad input; Points and Band then stay "".
  if (outcome.status === "error") return [isUndefinedResult(outcome.error.code) ? "#N/A" : "#VALUE!", "", ""];
  const found = lookupBand(outcome.total, rubric.bands);
  if (found.status !== "band") return [outcome.total, "#N/A", "#N/A"];
  return [outcome.total, rubric.bands[found.index].points, bandLabel(rubric.bands, found.index)];
}
