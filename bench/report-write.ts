// Writing report sheets on the simulated host: how many context.sync() calls the review report (tables and three
// charts) and the review pack (one team's busiest week, one row per evaluation) take, for 100 and 10,000
// evaluations, first written and then refreshed in place. The count must not grow with the rows.
import { exampleRubric } from "../src/rubric/example";
import { prepareReview, selectRows, periodOf } from "../src/rubric/review";
import { reviewPackSheet, reviewReportSheet, writeReportSheet } from "../src/workbook/reports";
import { createSimulatedHost } from "../test/host";
import { reviewBenchData } from "./review";

type Emit = (figure: Record<string, unknown>) => void;

/** The team and ISO week holding the most scored evaluations. */
function busiestWeek(data: ReturnType<typeof prepareReview>) {
  const counts = new Map<string, { team: string; day: number; n: number }>();
  for (const row of selectRows(data.rows).rows) {
    if (row.day === undefined) continue;
    const week = periodOf("week", row.day);
    const key = `${row.team}|${JSON.stringify(week)}`;
    const entry = counts.get(key) ?? { team: row.team, day: row.day, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return {
    team: best.team,
    week: periodOf("week", best.day) as ReturnType<typeof periodOf> & { kind: "week" },
    rows: best.n,
  };
}

export async function benchReportWrite(emit: Emit, log: (m: string) => void, random: () => number): Promise<void> {
  const figure: Record<string, unknown> = { name: "review.write.syncs" };
  for (const count of [100, 10_000]) {
    log(`review.write.syncs: ${count} evaluations`);
    const { versions, evaluations } = reviewBenchData(() => exampleRubric("en"), random, count);
    const data = prepareReview(evaluations, versions);
    const host = createSimulatedHost();
    const syncs = async (sheet: Parameters<typeof writeReportSheet>[1]) => {
      const before = host.journal.syncs.length;
      await host.run((context) => writeReportSheet(context, sheet));
      return host.journal.syncs.length - before;
    };
    const made = "2026-01-01T00:00:00.000Z";
    const report = () => reviewReportSheet(data, { made, language: "en" });
    const week = busiestWeek(data);
    const pack = () => reviewPackSheet(data, { team: week.team, week: week.week, made, language: "en", paper: "A4" });
    figure[`report${count}`] = { first: await syncs(report()), refresh: await syncs(report()) };
    figure[`pack${count}`] = { first: await syncs(pack()), refresh: await syncs(pack()), rows: week.rows };
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const strip = (x: unknown) => ({ ...(x as object), rows: undefined });
  figure.evaluations = [100, 10_000];
  figure.fixed = same(figure.report100, figure.report10000) && same(strip(figure.pack100), strip(figure.pack10000));
  emit(figure);
}
