// Everything the what-if shows for chosen evaluations, before (as awarded) against after (under the rubric tried):
// the distributions, the band transitions, the points, per person and per team, and the movers.
import { Band, Rubric } from "../model";
import { Bins, Distribution, bandEdges, binsFor, distribution } from "./distribution";
import { allRows } from "./filter";
import { GroupMove, groupMoves } from "./groups";
import { Moved, Mover, movers } from "./movers";
import { Scores } from "./scores";
import { workingFloats } from "./scratch-buffers";
import { PointsMove, Transitions, pointsMove, transitions } from "./transitions";

export interface SummaryOptions {
  /** How many movers to list (default 20; Infinity lists every one). */
  movers?: number;
  /** The histogram's bin width (default a twentieth of the tried rubric's scale). */
  binWidth?: number;
}

export interface WhatIfSummary {
  evaluations: number;
  bins: Bins;
  /** Where the histogram marks band edges: the bands before (of the latest version the evaluations are scored
   * under) and after. */
  bands: { before: Band[]; after: Band[] };
  edges: { before: number[]; after: number[] };
  before: Distribution;
  after: Distribution;
  transitions: Transitions;
  points: PointsMove;
  persons: GroupMove[];
  teams: GroupMove[];
  moved: Moved;
  movers: Mover[];
}

/** The rubric of the highest version among those scoring `scores`: whose bands label the "before" side. */
export function referenceRubric(scores: Scores): Rubric {
  return scores.rubrics.reduce((a, b) => (b.rubric.version > a.rubric.version ? b : a)).rubric;
}

/** The most bands any of the rubrics has. */
export const bandCount = (scores: Scores): number => Math.max(0, ...scores.rubrics.map((p) => p.bandFrom.length));

/** The highest total on either side among `rows` (0 without any). */
function highest(before: Scores, after: Scores, rows: Int32Array): number {
  let top = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (before.total[i] > top) top = before.total[i];
    if (after.total[i] > top) top = after.total[i];
  }
  return top;
}

export function summarize(
  before: Scores,
  after: Scores,
  rows: Int32Array = allRows(before.data),
  options: SummaryOptions = {},
): WhatIfSummary {
  if (before.data !== after.data) throw new Error("before and after must score the same evaluations");
  const tried = referenceRubric(after);
  const bins = binsFor(tried.settings.scale, highest(before, after, rows), options.binWidth);
  const [beforeBands, afterBands] = [bandCount(before), bandCount(after)];
  const scratch = workingFloats("summary median", rows.length);
  const reference = referenceRubric(before);
  const moves = movers(before, after, rows, options.movers ?? 20);
  return {
    evaluations: rows.length,
    bins,
    bands: { before: reference.bands, after: tried.bands },
    edges: { before: bandEdges(reference.bands), after: bandEdges(tried.bands) },
    before: distribution(before, rows, bins, beforeBands, scratch),
    after: distribution(after, rows, bins, afterBands, scratch),
    transitions: transitions(before, after, rows, beforeBands, afterBands),
    points: pointsMove(before, after, rows),
    persons: groupMoves(before.data.person, before, after, rows),
    teams: groupMoves(before.data.team, before, after, rows),
    moved: moves.moved,
    movers: moves.movers,
  };
}
