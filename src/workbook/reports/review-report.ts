// The review report: a sheet of tables for a filter (period, team, person, reviewer) with native Excel charts over
// them: the distribution of totals (a column chart of the histogram), the monthly trend (a line of the mean total)
// and the mean per team (a column chart). Stamped with the period, the filters, the versions involved and when it
// was made. Its rows grow with persons, teams, months and bins, never with evaluations.
import { Period, ReviewData, buildReview, periodKey, selectRows } from "../../rubric/review";
import { Language } from "../../rubric/language";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { REPORT_WORDS } from "../../rubric/vocabulary/report-words";
import { ReportGrid, boxAddress } from "./report-grid";
import { stamp, versionList } from "./stamp";
import { ReportChart, ReportSheet } from "./write-report";

export interface ReviewReportOptions {
  period?: Period;
  team?: string;
  person?: string;
  reviewer?: string;
  made: string;
  language: Language;
  /** Histogram bin width, in points of total (default 10). */
  binWidth?: number;
}

const CHART_COLUMN = "I";

/** Counts of totals per bin [k·width, (k+1)·width), from 0 to the highest total's bin. */
export function histogram(totals: readonly number[], binWidth: number): number[] {
  if (!(binWidth > 0) || !Number.isFinite(binWidth)) throw new RangeError(`bin width ${binWidth} is not a number > 0`);
  const bins = new Array<number>(Math.floor(Math.max(0, ...totals) / binWidth) + 1).fill(0);
  for (const total of totals) bins[Math.floor(total / binWidth)]++;
  return bins;
}

export function reviewReportSheet(data: ReviewData, options: ReviewReportOptions): ReportSheet {
  const words = SHEET_VOCABULARY[options.language];
  const { evaluations: heads } = words;
  const r = REPORT_WORDS[options.language];
  const c = r.columns;
  const filter = { period: options.period, team: options.team, person: options.person, reviewer: options.reviewer };
  const selection = selectRows(data.rows, filter);
  const review = buildReview(data, { filter, binWidth: options.binWidth });
  const binWidth = options.binWidth ?? 10;
  const period = options.period ? periodKey(options.period) : "";
  const grid = new ReportGrid();
  grid.line(r.report.title);
  stamp(grid, r, [
    ["period", period],
    ["team", options.team ?? ""],
    ["person", options.person ?? ""],
    ["reviewer", options.reviewer ?? ""],
    ["versions", versionList(selection.rows.map((row) => row.version!))],
    ["made", options.made],
  ]);
  const overall = review.summaries.overall;
  grid.blank();
  grid.table(
    [c.evaluations, c.mean, c.min, c.max, heads.points],
    [[overall.evaluations, overall.mean ?? null, overall.min ?? null, overall.max ?? null, overall.points]],
    [null, "0.0", "0.0", "0.0"],
  );
  const charts: ReportChart[] = [];
  // The distribution of totals: bins as text ("60–70") so the chart takes them as categories.
  grid.blank().line(r.report.histogram);
  const counts = histogram(
    selection.rows.map((row) => row.result.total),
    binWidth,
  );
  const bins = grid.table(
    [heads.total, c.count],
    counts.map((count, k) => [`${k * binWidth}–${(k + 1) * binWidth}`, count]),
  );
  charts.push({
    name: "Histogram",
    type: "ColumnClustered",
    source: boxAddress(bins),
    title: r.report.histogram,
    at: `${CHART_COLUMN}${bins.row + 1}`,
  });
  // The monthly trend of the filter's team, person and reviewer over all their months.
  grid.blank().line(r.report.trend);
  const trend = grid.table(
    [c.month, c.mean, c.evaluations, c.min, c.max],
    review.trend.months.map((m) => [m.month, m.mean ?? null, m.evaluations, m.min ?? null, m.max ?? null]),
    [null, "0.0", null, "0.0", "0.0"],
  );
  if (review.trend.months.length > 0) {
    charts.push({
      name: "Trend",
      type: "Line",
      source: boxAddress(trend, 0, 2),
      title: r.report.trend,
      at: `${CHART_COLUMN}${trend.row + 1}`,
    });
  }
  grid.blank().line(r.report.teams);
  const teams = grid.table(
    [heads.team, c.mean, c.evaluations, c.min, c.max, heads.points],
    review.summaries.teams.map((t) => [t.team, t.mean ?? null, t.evaluations, t.min ?? null, t.max ?? null, t.points]),
    [null, "0.0", null, "0.0", "0.0"],
  );
  if (review.summaries.teams.length > 0) {
    charts.push({
      name: "Teams",
      type: "ColumnClustered",
      source: boxAddress(teams, 0, 2),
      title: r.report.teams,
      at: `${CHART_COLUMN}${teams.row + 1}`,
    });
  }
  grid.blank().line(r.report.persons);
  grid.table(
    [heads.person, c.mean, c.evaluations, c.min, c.max, heads.points],
    review.summaries.persons.map((p) => [
      p.person,
      p.mean ?? null,
      p.evaluations,
      p.min ?? null,
      p.max ?? null,
      p.points,
    ]),
    [null, "0.0", null, "0.0", "0.0"],
  );
  const named = [period, options.team, options.person, options.reviewer].filter((x) => x && x.trim()).join(" ");
  return { name: named ? `${r.report.sheet} ${named}` : r.report.sheet, grid, charts };
}
