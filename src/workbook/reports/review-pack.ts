// The review pack: one team's evaluations of one ISO week as a printable sheet for the Friday review: each
// evaluation with its total, points and band, the value and level label given per criterion and the reviewer's
// comment; the criterion profile, weakest first; the points of the week per person. Stamped with the period, the
// team, the rubric versions involved and when it was made. Printed landscape, one page wide, the evaluations'
// header repeated on every page.
import { isoDay } from "../../rubric/calendar";
import { Period, ReviewData, ScoredRow, buildReview, periodKey, selectRows } from "../../rubric/review";
import { Language } from "../../rubric/language";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { REPORT_WORDS } from "../../rubric/vocabulary/report-words";
import { ReportGrid, ReportValue } from "./report-grid";
import { stamp, versionList } from "./stamp";
import { ReportSheet } from "./write-report";

export interface ReviewPackOptions {
  team: string;
  week: Period & { kind: "week" };
  /** When it was made (ISO date-time). */
  made: string;
  language: Language;
  paper: "A4" | "Letter";
}

interface PackCriterion {
  id: string;
  /** Whether any version gives it levels (then a label column follows its value). */
  levels: boolean;
}

/** The criteria of the versions involved, the newest version's order first, each id once (ignoring case). */
function packCriteria(rows: readonly ScoredRow[], data: ReviewData): PackCriterion[] {
  const numbers = [...new Set(rows.map((r) => r.version!))].sort((a, b) => b - a);
  const byId = new Map<string, PackCriterion>();
  for (const n of numbers) {
    for (const c of data.versions.byNumber.get(n)!.rubric.criteria) {
      const key = c.id.toUpperCase();
      const known = byId.get(key);
      if (known) known.levels ||= (c.levels ?? []).length > 0;
      else byId.set(key, { id: c.id, levels: (c.levels ?? []).length > 0 });
    }
  }
  return [...byId.values()];
}

/** One evaluation's value and level label per pack criterion, from the version it was scored under. */
function criterionCells(row: ScoredRow, criteria: readonly PackCriterion[], data: ReviewData): ReportValue[] {
  const version = data.versions.byNumber.get(row.version!)!;
  const at = new Map(version.folded.map((id, i) => [id, i]));
  const cells: ReportValue[] = [];
  for (const criterion of criteria) {
    const i = at.get(criterion.id.toUpperCase());
    const value = i === undefined ? null : row.result.values[i];
    cells.push(value === undefined ? null : value);
    if (criterion.levels) {
      cells.push(i !== undefined && typeof value === "number" ? (version.levelLabels[i].get(value) ?? null) : null);
    }
  }
  return cells;
}

export function reviewPackSheet(data: ReviewData, options: ReviewPackOptions): ReportSheet {
  const words = SHEET_VOCABULARY[options.language];
  const { evaluations: heads } = words;
  const reports = REPORT_WORDS[options.language];
  const week = periodKey(options.week);
  const filter = { team: options.team, period: options.week };
  const rows = selectRows(data.rows, filter).rows;
  if (rows.length === 0) throw new Error(`team "${options.team.trim()}" has no scored evaluation in ${week}`);
  const review = buildReview(data, { filter });
  const criteria = packCriteria(rows, data);
  const grid = new ReportGrid();
  grid.line(`${reports.pack.title}: ${options.team.trim()}, ${week}`);
  stamp(grid, reports, [
    ["period", week],
    ["team", options.team.trim()],
    ["versions", versionList(rows.map((r) => r.version!))],
    ["made", options.made],
  ]);
  grid.blank().line(reports.pack.evaluations);
  const headers = [heads.date, heads.process, heads.person, heads.reviewer, heads.total, heads.points, heads.band];
  for (const c of criteria) {
    headers.push(c.id);
    if (c.levels) headers.push(`${c.id} ${reports.columns.level}`);
  }
  headers.push(heads.comment, heads.version);
  const table = grid.table(
    headers,
    rows.map((row) => [
      row.day === undefined ? null : isoDay(row.day),
      row.process,
      row.person,
      row.reviewer,
      row.result.total,
      row.result.points,
      row.result.bandLabel,
      ...criterionCells(row, criteria, data),
      (row.evaluation.comment ?? "").trim(),
      row.version!,
    ]),
    [null, null, null, null, "0.0"],
  );
  grid.blank().line(reports.pack.profile);
  const c = reports.columns;
  grid.table(
    [c.criterion, words.criteria.id[0], c.meanShare, c.rated, c.na, c.mostGiven],
    review.profile.map((p) => {
      const top = p.levels[0];
      const most = top === undefined ? null : `${top.label ?? top.value} (${top.value}) × ${top.count}`;
      return [p.label, p.id, p.share ?? null, p.rated, p.na, most];
    }),
    [null, null, "0%"],
  );
  grid.blank().line(reports.pack.points);
  grid.table(
    [heads.person, c.evaluations, c.mean, c.min, c.max, heads.points],
    review.summaries.persons.map((p) => [
      p.person,
      p.evaluations,
      p.mean ?? null,
      p.min ?? null,
      p.max ?? null,
      p.points,
    ]),
    [null, null, "0.0", "0.0", "0.0"],
  );
  return {
    name: `${reports.pack.sheet} ${options.team} ${week}`,
    grid,
    page: { paper: options.paper, titleRows: { row: table.row, rows: 1 } },
  };
}
