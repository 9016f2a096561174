// The what-if sheet, for the weekly review: what a tried rubric does to past evaluations, from the summary the pane
// computed (nothing is scored here): before → after in figures (evaluations with a total, mean, median, points), the
// distribution of totals before and after with a column chart, the band transitions (from → to, counts) with a
// column chart, and per person (mean and points before → after, ranks). Stamped with the versions compared and
// when it was made.
import { bandLabel } from "../../rubric/bands";
import { Language } from "../../rubric/language";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { REPORT_WORDS } from "../../rubric/vocabulary/report-words";
import { WhatIfSummary } from "../../rubric/whatif";
import { ReportGrid, ReportValue, boxAddress } from "./report-grid";
import { stamp, versionList } from "./stamp";
import { ReportChart, ReportSheet } from "./write-report";

export interface WhatIfCompared {
  /** The versions the evaluations were scored under as awarded. */
  before: readonly number[];
  /** The version tried, or null for the working draft with the scratch edits. */
  after: number | null;
}

export interface WhatIfSheetOptions {
  compared: WhatIfCompared;
  made: string;
  language: Language;
}

const CHART_COLUMN = "L";
const change = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);

export function whatIfSheet(summary: WhatIfSummary, options: WhatIfSheetOptions): ReportSheet {
  const words = SHEET_VOCABULARY[options.language];
  const { evaluations: heads } = words;
  const r = REPORT_WORDS[options.language];
  const c = r.columns;
  const w = r.whatIf;
  if (options.compared.before.length === 0) throw new Error("a what-if sheet needs the versions scored before");
  const after = options.compared.after === null ? w.draft : String(options.compared.after);
  const grid = new ReportGrid();
  grid.line(w.title);
  stamp(grid, r, [
    ["compared", `${versionList(options.compared.before)} → ${after}`],
    ["made", options.made],
  ]);
  const { before: b, after: a, points } = summary;
  grid.blank();
  grid.table(
    ["", c.before, c.after, c.change],
    [
      [c.evaluations, b.totals, a.totals, a.totals - b.totals],
      [c.mean, b.mean, a.mean, change(b.mean, a.mean)],
      [c.median, b.median, a.median, change(b.median, a.median)],
      [heads.points, points.before, points.after, points.after - points.before],
    ],
    [null, "0.0", "0.0", "0.0"],
  );
  const charts: ReportChart[] = [];
  grid.blank().line(w.distribution);
  const { from, width, count } = summary.bins;
  const bins = grid.table(
    [heads.total, c.before, c.after],
    Array.from({ length: count }, (_, k) => [
      `${from + k * width}–${from + (k + 1) * width}`,
      b.histogram[k] ?? 0,
      a.histogram[k] ?? 0,
    ]),
  );
  charts.push({
    name: "Distribution",
    type: "ColumnClustered",
    source: boxAddress(bins),
    title: w.distribution,
    at: `${CHART_COLUMN}${bins.row + 1}`,
  });
  // Bands as each side labels them, then errors and unscored, as rows (before) and columns (after).
  grid.blank().line(w.transitions);
  const t = summary.transitions;
  const side = (bands: typeof summary.bands.before, n: number) => [
    ...Array.from({ length: n }, (_, i) => (i < bands.length ? bandLabel(bands, i) : `#${i + 1}`)),
    w.error,
    w.unscored,
  ];
  const columns = side(summary.bands.after, t.afterBands);
  const matrix = grid.table(
    [w.fromTo, ...columns],
    side(summary.bands.before, t.beforeBands).map((label, i): ReportValue[] => [label, ...t.counts[i]]),
  );
  charts.push({
    name: "Transitions",
    type: "ColumnClustered",
    source: boxAddress(matrix),
    title: w.transitions,
    at: `${CHART_COLUMN}${matrix.row + 1}`,
  });
  grid.blank().line(w.persons);
  const pair = (what: string) => [`${what} (${c.before})`, `${what} (${c.after})`];
  grid.table(
    [heads.person, c.evaluations, ...pair(c.mean), ...pair(heads.points), c.change, ...pair(c.rank)],
    summary.persons.map((p) => [
      p.name,
      p.evaluations,
      p.before.mean,
      p.after.mean,
      p.before.points,
      p.after.points,
      p.pointsChange,
      p.rankBefore,
      p.rankAfter,
    ]),
    [null, null, "0.0", "0.0"],
  );
  return { name: w.sheet, grid, charts };
}
