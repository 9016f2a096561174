// The evaluation card: one evaluation as the reviewer signs it off. The rubric (title, version, checksum), each score
// criterion with the level given, its share of the applicable weights and what it adds to the base, the bonus and
// penalty lines, the gates, then base, total, points and band as the sheet awards them under the evaluation's own
// version, and the reviewer's comment. Numbers only: the formats (src/formats/evaluation-card) word and lay it out.
import { isoDay } from "../calendar";
import { rubricChecksum } from "../canonical/document";
import { EngineMessage } from "../messages";
import { CriterionKind, Rubric } from "../model";
import { NA } from "../value";
import { ReviewEvaluation, scoreRows } from "./rows";
import { PreparedVersions, prepareVersions } from "./versions";

interface CardLineBase {
  id: string;
  label: string;
  /** The value given (NA only where the criterion allows it). */
  value: number | typeof NA;
  max: number;
  /** The label of the level whose points are the value given, when there is one. */
  level?: string;
}

export interface CardScoreLine extends CardLineBase {
  kind: "score";
  weight: number;
  /** weight / the weights of the score criteria not NA (0..1); undefined for NA. */
  share: number | undefined;
  /** scale × share × value / max: what it adds to the base; undefined for NA and when a gate failed (base 0). */
  contribution: number | undefined;
}

export interface CardAdjustmentLine extends CardLineBase {
  kind: "bonus" | "penalty";
  /** Points at full marks. */
  weight: number;
  /** weight × value / max, signed: positive for a bonus, negative for a penalty; 0 for NA. */
  points: number;
}

export interface CardGateLine extends CardLineBase {
  kind: "gate";
  /** A gate passes at half its max or more (and when NA). */
  passed: boolean;
}

export type CardLine = CardScoreLine | CardAdjustmentLine | CardGateLine;

export interface EvaluationCard {
  rubric: { id: string; title: string; version: number; checksum: string; scale: number; decimals: number };
  evaluation: {
    key: string;
    sheetRow: number;
    /** yyyy-mm-dd, or undefined when blank or unreadable. */
    date: string | undefined;
    process: string;
    person: string;
    team: string;
    reviewer: string;
  };
  /** In the rubric's order. */
  lines: CardLine[];
  /** The first failed gate, which made the total 0. */
  failedGate?: { id: string; label: string };
  /** Unrounded, as the engine computes them (the total is rounded to the rubric's decimals). */
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  points: number;
  band: string;
  comment: string;
}

export type CardOutcome =
  | { ok: true; card: EvaluationCard }
  /** No total: nothing or only part scored (unscored), or an error; the reason as the sheet shows it (none when
   * nothing is scored). */
  | { ok: false; unscored: boolean; reason?: EngineMessage };

const isPrepared = (v: PreparedVersions | readonly Rubric[]): v is PreparedVersions => "byNumber" in v;

/** The card of one evaluation, scored under its own version of `versions`. */
export function evaluationCard(
  evaluation: ReviewEvaluation,
  versions: PreparedVersions | readonly Rubric[],
  checksumOf: (rubric: Rubric) => string = rubricChecksum,
): CardOutcome {
  const prepared = isPrepared(versions) ? versions : prepareVersions(versions);
  const [row] = scoreRows([evaluation], prepared);
  const result = row.result;
  if (result.status !== "scored") {
    return result.reason === undefined
      ? { ok: false, unscored: true }
      : { ok: false, unscored: result.status === "unscored", reason: result.reason };
  }
  const version = prepared.byNumber.get(row.version!)!;
  const rubric = version.rubric;
  const failed = result.failedGate !== undefined;
  let applicable = 0;
  rubric.criteria.forEach((c, i) => {
    if (c.kind === "score" && result.values[i] !== NA) applicable += c.weight;
  });
  const lines = rubric.criteria.map((c, i): CardLine => {
    const value = result.values[i];
    const level = value === NA ? undefined : version.levelLabels[i].get(value);
    const base = { id: c.id, label: c.label, value, max: c.max, ...(level === undefined ? {} : { level }) };
    const fraction = value === NA ? 0 : value / c.max;
    const kind: CriterionKind = c.kind;
    switch (kind) {
      case "score": {
        const share = value === NA ? undefined : c.weight / applicable;
        const contribution = share === undefined || failed ? undefined : rubric.settings.scale * share * fraction;
        return { ...base, kind, weight: c.weight, share, contribution };
      }
      case "bonus":
      case "penalty":
        // "|| 0": a penalty of nothing is 0, not -0.
        return { ...base, kind, weight: c.weight, points: (kind === "bonus" ? 1 : -1) * c.weight * fraction || 0 };
      default:
        return { ...base, kind: "gate", passed: value === NA || fraction >= 0.5 };
    }
  });
  const gate = failed ? rubric.criteria.find((c) => c.id === result.failedGate) : undefined;
  return {
    ok: true,
    card: {
      rubric: {
        id: rubric.id,
        title: rubric.title,
        version: rubric.version,
        checksum: checksumOf(rubric),
        scale: rubric.settings.scale,
        decimals: rubric.settings.decimals,
      },
      evaluation: {
        key: evaluation.key,
        sheetRow: evaluation.sheetRow,
        date: row.day === undefined ? undefined : isoDay(row.day),
        process: row.process,
        person: row.person,
        team: row.team,
        reviewer: row.reviewer,
      },
      lines,
      ...(gate ? { failedGate: { id: gate.id, label: gate.label } } : {}),
      base: result.base,
      bonus: result.bonus,
      penalty: result.penalty,
      total: result.total,
      points: result.points,
      band: result.bandLabel,
      comment: (evaluation.comment ?? "").trim(),
    },
  };
}
