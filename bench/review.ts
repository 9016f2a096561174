// What the Review tab costs to build: from 10,000 evaluations as the pane's evaluations store holds them, every view
// (prepareReview: each evaluation scored under its own version; buildReview: summaries per person and team, the
// criterion profile overall and per team and person, the monthly trend as awarded and re-scored under version 2,
// the points ledger with targets) and the evaluation card of one evaluation. Two published versions; a quarter of
// the rows pinned to version 1, a few NA, blank and partly scored rows, five teams (a person in two), 40 persons.
import type { Rubric } from "../src/rubric/model";

type ReviewModule = typeof import("../src/rubric/review");
type Emit = (figure: Record<string, unknown>) => void;

const EVALUATIONS = 10_000;
const RUNS = 7;
const BUDGET_MS = 50;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** `count` evaluations of the example rubric in two published versions, seeded (also bench/report-write.ts). */
export function reviewBenchData(exampleRubric: () => Rubric, random: () => number, count = EVALUATIONS) {
  const v1 = exampleRubric();
  const v2: Rubric = {
    ...v1,
    version: 2,
    criteria: v1.criteria.map((c) => (c.id === "OAUSE" ? { ...c, weight: 30 } : c)),
  };
  const levels = [0, 4, 7, 10];
  const start = Date.UTC(2025, 0, 6) / 86_400_000;
  const evaluations = Array.from({ length: count }, (_, i) => {
    const person = i % 40;
    const values: Record<string, number | string | null> = {};
    for (const c of v1.criteria) {
      if (c.kind === "bonus") values[c.id] = random() < 0.15 ? 1 : 0;
      else if (c.allowNA && random() < 0.05) values[c.id] = "NA";
      else values[c.id] = levels[Math.floor(random() * levels.length)];
    }
    if (i % 97 === 0) for (const id of Object.keys(values)) values[id] = null; // nothing scored
    if (i % 101 === 0) values.SUMM = null; // partly scored
    const day = start + Math.floor((i / count) * 540);
    return {
      key: `ev-${i.toString(36).padStart(6, "0")}`,
      sheetRow: i + 2,
      date: new Date(day * 86_400_000).toISOString().slice(0, 10),
      process: `HF-${i}`,
      person: `Engineer ${person}`,
      // Engineer 0 also works in a second team.
      team: person === 0 && i % 80 === 0 ? "Team 5" : `Team ${person % 4}`,
      reviewer: i % 3 === 0 ? "Process owner" : "Process manager",
      values,
      comment: "",
      ...(i % 4 === 0 ? { version: 1 } : {}),
    };
  });
  return { versions: [v1, v2], evaluations };
}

export function benchReview(
  emit: Emit,
  log: (m: string) => void,
  review: ReviewModule,
  example: () => Rubric,
  random: () => number,
): void {
  log(`review.build: ${EVALUATIONS} evaluations, every view, ${RUNS} runs…`);
  const { versions, evaluations } = reviewBenchData(example, random);
  const targets = {
    persons: Object.fromEntries(
      Array.from({ length: 40 }, (_, p) => [`Engineer ${p}`, { level: p % 2 ? "L1" : "L2" }]),
    ),
    levels: { L1: 200, L2: 400 },
  };
  let checksum = 0;
  let leftOut = 0;
  const build = () => {
    const prepared = review.prepareReview(evaluations, versions);
    const all = review.buildReview(prepared, { targets, rescoreUnder: 2 });
    const card = review.evaluationCard(evaluations[5], prepared.versions);
    checksum = all.summaries.overall.points + (card.ok ? card.card.total : 0);
    leftOut = all.leftOut.unscored + all.leftOut.errors;
  };
  // The first build, cold (what opening the tab costs once), then warm-ups as the what-if figures take them: at least
  // 5 runs and 300 ms, so the median is the code's, not the JIT's.
  const c0 = performance.now();
  build();
  const firstMs = performance.now() - c0;
  const until = performance.now() + 300;
  for (let i = 0; i < 5 || performance.now() < until; i++) build();
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    build();
    runs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const ms = median(runs);
  emit({
    name: "review.build",
    evaluations: EVALUATIONS,
    ms: round(ms, 2),
    budgetMs: BUDGET_MS,
    withinBudget: ms <= BUDGET_MS,
    runsMs: runs.map((r) => round(r, 2)),
    firstMs: round(firstMs, 2),
    // On a machine shared with other work, the process's CPU time tells the code's cost from the waiting.
    cpuMs: round(median(cpu), 2),
    leftOut,
    checksum: round(checksum, 1),
    note:
      "prepareReview (every evaluation scored under its own version: 2 versions) + buildReview without a filter " +
      "(summaries, profiles overall, per team and per person, monthly trend as awarded and re-scored under version 2, " +
      "ledger with level targets) + one evaluation card (its checksum included); median of 7 runs after at " +
      "least 5 warm-ups and 300 ms; firstMs: the first, cold build; cpuMs: the process's CPU time, which waiting for a busy machine's cores does not inflate",
  });
}
