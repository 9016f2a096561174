// What the what-if costs per scratch edit: every evaluation re-scored under the draft with the edit, then every
// aggregation the pane shows (distributions, band transitions, points, per person and per team with ranks, the first
// 20 movers with their explanations). 10,000 and 100,000 evaluations of a 20-criteria rubric. What happens once per
// read of the evaluations store, not per edit, has its own figures: reading the records into the what-if's arrays
// (evaluationData) and scoring them as awarded (each under its pinned version, the "before").
import type { CriterionKind, Rubric } from "../src/rubric/model";

type WhatIf = typeof import("../src/rubric/whatif");
type Emit = (figure: Record<string, unknown>) => void;
type Timed = { ms: number; runs: number[]; cpuMs: number };

const RUNS = 7;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall time (median of 7 runs after warm-ups), and the process's CPU time per run (user + system, median): on a
 * shared machine the CPU time is what the code costs, the wall time also what other processes took. */
function time(run: () => void, warmups = 5): Timed {
  // Warm up for at least 300 ms too: a small case is otherwise measured while the optimising compiler still works.
  const until = performance.now() + 300;
  for (let i = 0; i < warmups || performance.now() < until; i++) run();
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    runs.push(Number((performance.now() - t0).toFixed(2)));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(runs), runs, cpuMs: median(cpu) };
}

const SIZES = [10_000, 100_000] as const;
const BUDGET_MS: Record<number, number> = { 10_000: 8, 100_000: 60 };
const CRITERIA = 20;
const VERSIONS = 3;

/** 20 criteria (14 score, 2 bonus, 2 penalty, 2 gate) in `VERSIONS` versions differing in two weights, and bands. */
function rubrics(random: () => number): Rubric[] {
  const maxima = [10, 10, 10, 5, 4];
  const criteria: Rubric["criteria"] = [];
  const add = (id: string, kind: CriterionKind, weight: number, max: number, allowNA: boolean) =>
    criteria.push({ id, label: `Criterion ${id}`, kind, weight, max, allowNA });
  for (let i = 1; i <= 14; i++)
    add(`S${i}`, "score", 1 + Math.floor(random() * 20), maxima[i % maxima.length], i % 2 === 0);
  add("B1", "bonus", 5, 1, true);
  add("B2", "bonus", 2, 2, true);
  add("P1", "penalty", 10, 1, true);
  add("P2", "penalty", 5, 3, true);
  add("G1", "gate", 0, 1, false);
  add("G2", "gate", 0, 10, false);
  const bands = [
    { from: null, points: 0 },
    { from: 60, points: 1 },
    { from: 75, points: 1.5 },
    { from: 85, points: 2 },
    { from: 101, points: 2.5 },
    { from: 110, points: 3 },
  ];
  return Array.from({ length: VERSIONS }, (_, v) => ({
    id: "bench",
    title: "Bench",
    version: v + 1,
    status: "draft" as const,
    settings: { scale: 100, decimals: 1 },
    criteria: criteria.map((c, i) => (i === v || i === v + 5 ? { ...c, weight: c.weight + v } : c)),
    bands,
  }));
}

/** Evaluations over two years, 60 persons in 6 teams, 5 reviewers; 5 % NA where allowed; gates pass 99.5 %; a
 * tenth with a blank Rubric version (scored under the latest). */
function records(count: number, criteria: Rubric["criteria"], random: () => number) {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const values: Record<string, number | string> = {};
    for (const c of criteria) {
      if (c.allowNA && random() < 0.05) values[c.id] = "NA";
      else if (c.kind === "gate") values[c.id] = random() < 0.995 ? Math.ceil(c.max / 2 + random() * (c.max / 2)) : 0;
      else values[c.id] = Math.round(random() * c.max * 10) / 10;
    }
    const person = Math.floor(random() * 60);
    const v = Math.floor(random() * (VERSIONS + 1));
    return {
      key: `k${i}`,
      sheetRow: i + 5,
      date: new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10),
      person: `Engineer ${person}`,
      team: `Team ${person % 6}`,
      reviewer: `Reviewer ${Math.floor(random() * 5)}`,
      values,
      ...(v === 0 ? {} : { version: v }),
    };
  });
}

export function benchWhatIf(whatIf: WhatIf, emit: Emit, log: (m: string) => void, random: () => number) {
  const versions = rubrics(random);
  const draft = { ...versions[VERSIONS - 1], version: VERSIONS + 1 };
  const round = (x: number) => Number(x.toFixed(3));
  for (const size of SIZES) {
    log(`whatif: ${size} evaluations × ${CRITERIA} criteria…`);
    const evaluations = records(size, draft.criteria, random);
    const prepare = time(() => whatIf.evaluationData(evaluations), 1);
    const data = whatIf.evaluationData(evaluations);
    // Every run tries another weight, as a slider drag does.
    let step = 0;
    const trial = () => whatIf.trialOf(draft, [whatIf.weightEdit("S1", 10 + (step++ % 30))]);
    const awarded = whatIf.scoreAsAwarded(data, { versions });
    let summary: ReturnType<WhatIf["summarize"]> | undefined;
    // More warm-up runs than the other figures: a slider drag runs this many times in a row.
    const impact = time(() => {
      const after = whatIf.scoreUnder(data, trial());
      summary = whatIf.summarize(awarded, after, whatIf.selectRows(data, {}, awarded), { movers: 20 });
    });
    const asAwarded = time(() => whatIf.scoreAsAwarded(data, { versions }));
    const history = time(() => {
      whatIf.trend(awarded, whatIf.scoreUnder(data, versions[0]));
    });
    emit({
      name: "whatif.impact",
      evaluations: size,
      criteria: CRITERIA,
      ms: round(impact.ms),
      cpuMs: round(impact.cpuMs),
      budgetMs: BUDGET_MS[size],
      withinBudget: impact.ms <= BUDGET_MS[size],
      runsMs: impact.runs,
      versions: VERSIONS,
      moved: summary?.moved.all,
      errorsAfter: summary?.after.errors,
      note:
        "one scratch edit (S1's weight, another value each run): trialOf + scoreUnder (every evaluation re-scored) + " +
        "selectRows + summarize (distributions, band transitions, points, 60 persons and 6 teams with ranks, the first " +
        "20 movers with explanations); the evaluations as awarded computed once before; median of 7 runs after at least 5 warm-ups and 300 ms",
    });
    emit({
      name: "whatif.awarded",
      evaluations: size,
      criteria: CRITERIA,
      ms: round(asAwarded.ms),
      cpuMs: round(asAwarded.cpuMs),
      runsMs: asAwarded.runs,
      note: `scoreAsAwarded: each evaluation under its pinned version (${VERSIONS} versions, a tenth unversioned); once per read, not per edit`,
    });
    emit({
      name: "whatif.trend",
      evaluations: size,
      criteria: CRITERIA,
      ms: round(history.ms),
      cpuMs: round(history.cpuMs),
      runsMs: history.runs,
      months: 24,
      note: "the history re-scored under version 1 (scoreUnder) + trend (24 months, awarded beside re-scored)",
    });
    emit({
      name: "whatif.prepare",
      evaluations: size,
      criteria: CRITERIA,
      ms: round(prepare.ms),
      cpuMs: round(prepare.cpuMs),
      runsMs: prepare.runs,
      note: "evaluationData: the store's records read into typed arrays, once per read of the evaluations",
    });
  }
}
