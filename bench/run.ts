// Benchmarks of the scoring engine, of RUBRIC.TOTAL as Excel calls it, and of the same arithmetic as sheet formulas
// in HyperFormula. `npm run bench`. Each figure is one JSON object on its own line of stdout; progress goes to stderr.
// Options (environment): BENCH_ONLY=engine,functions,formula,hyperformula,host,selection,versions,whatif,review runs a
// subset (review: review.build and review.write.syncs);
// BENCH_HF_ROWS=n sets the HyperFormula sheet's rows (default 100000); BENCH_LOADER=tsx measures src/ as tsx loads it
// (see loadSources).
import "../test/support/custom-functions-stub";
import { benchHost } from "./host";
import { benchReportWrite } from "./report-write";
import { benchReview } from "./review";
import { benchSelection } from "./selection";
import { benchVersions } from "./versions";
import { benchWhatIf } from "./whatif";
import * as fs from "fs";
import { HyperFormula } from "hyperformula";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import type { CriterionKind } from "../src/rubric/model";
import { MAX_FORMULA_LENGTH, versionedTotalFormula } from "../src/workbook/formulas";
import { versionedFormulaNames } from "../src/workbook/versions/layout";
import { SHEET_VOCABULARY } from "../src/rubric/vocabulary";
import { tableNames } from "../src/workbook/layout";
import type { ScoringCriterion } from "../src/rubric/score";

type FunctionsModule = typeof import("../src/functions/functions");
type ScoreModule = typeof import("../src/rubric/score");
type WhatIfModule = typeof import("../src/rubric/whatif");

/**
 * The code under test. By default src/ is transpiled with the TypeScript compiler (CommonJS, ES2020), as the
 * production build's ts-loader compiles it, and loaded from a temporary directory. tsx (which runs this file) would
 * compile src/ with esbuild's keepNames, wrapping every closure it creates in a __name() call, and export bindings
 * through getters: both cost time that the add-in does not pay (the closures in readCriteriaTable and
 * validateCriteria made RUBRIC.TOTAL's uncached path about twice as slow).
 */
function loadSources(): {
  total: FunctionsModule["total"];
  Scorer: ScoreModule["Scorer"];
  /** Any other module of src/, loaded the same way ("rubric/review" for src/rubric/review/index.ts). */
  source: <T>(module: string) => T;
  loader: string;
} {
  if (process.env.BENCH_LOADER === "tsx") {
    const functions: FunctionsModule = require("../src/functions/functions");
    const score: ScoreModule = require("../src/rubric/score");
    const source = <T>(module: string): T => require(`../src/${module}`);
    return { total: functions.total, Scorer: score.Scorer, source, loader: "tsx (esbuild, keepNames)" };
  }
  const srcRoot = path.resolve(__dirname, "../src");
  const outRoot = fs.mkdtempSync(path.join(os.tmpdir(), "rubric-bench-"));
  process.on("exit", () => fs.rmSync(outRoot, { recursive: true, force: true }));
  // Packages resolve from the output as from src/.
  fs.symlinkSync(path.resolve(__dirname, "../node_modules"), path.join(outRoot, "node_modules"), "dir");
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    jsx: ts.JsxEmit.ReactJSX,
  };
  const transpile = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const from = path.join(dir, entry.name);
      const to = path.join(outRoot, "src", path.relative(srcRoot, from));
      if (entry.isDirectory()) {
        fs.mkdirSync(to, { recursive: true });
        transpile(from);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        const { outputText } = ts.transpileModule(fs.readFileSync(from, "utf8"), { compilerOptions, fileName: from });
        fs.writeFileSync(to.replace(/\.tsx?$/, ".js"), outputText);
      } else if (/\.(js|json)$/.test(entry.name)) {
        fs.copyFileSync(from, to);
      }
    }
  };
  fs.mkdirSync(path.join(outRoot, "src"));
  transpile(srcRoot);
  const functions: FunctionsModule = require(path.join(outRoot, "src/functions/functions.js"));
  const score: ScoreModule = require(path.join(outRoot, "src/rubric/score.js"));
  return {
    total: functions.total,
    Scorer: score.Scorer,
    source: <T>(module: string): T => require(path.join(outRoot, "src", module)),
    loader: `typescript ${ts.version} transpileModule (CommonJS, ES2020)`,
  };
}

const { total, Scorer, source, loader } = loadSources();
const whatIf = source<WhatIfModule>("rubric/whatif");

const SEED = 20240601;
const EVALUATIONS = 100_000;
const CRITERIA = 20;
const RUNS = 7;
const ENGINE_BUDGET_MS = 100;
const TOTAL_CALLS = 100_000;
/** The changing-table variant is slow enough that fewer calls give a stable figure. */
const CHANGING_TABLE_CALLS = 20_000;
const TOTAL_COPIES = 1_000;
const TOTAL_BUDGET_US = 2;
const HF_ROWS = Number(process.env.BENCH_HF_ROWS ?? EVALUATIONS);
const ONLY = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());

const log = (message: string) => process.stderr.write(`${message}\n`);
const emit = (figure: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ ...figure, loader })}\n`);
const wanted = (name: string) => !ONLY || ONLY.includes(name);

/** mulberry32: a small seeded PRNG, so every run scores the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** Times `run` RUNS times after `warmups` untimed runs; the median and all timings in ms. */
function time(run: () => void, warmups = 2): { ms: number; runs: number[] } {
  for (let i = 0; i < warmups; i++) run();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), runs: runs.map((ms) => round(ms, 2)) };
}

// ---------------------------------------------------------------------------------------------- the data

/** 20 criteria: 14 score, 2 bonus, 2 penalty, 2 gate; about half allow NA. */
function mixedRubric(random: () => number): ScoringCriterion[] {
  const criteria: ScoringCriterion[] = [];
  const add = (id: string, kind: CriterionKind, weight: number, max: number, allowNA: boolean) =>
    criteria.push({ id, kind, weight, max, allowNA });
  const maxima = [10, 10, 10, 5, 4];
  for (let i = 1; i <= 14; i++)
    add(`S${i}`, "score", 1 + Math.floor(random() * 20), maxima[i % maxima.length], i % 2 === 0);
  add("B1", "bonus", 5, 1, true);
  add("B2", "bonus", 2, 2, true);
  add("P1", "penalty", 10, 1, true);
  add("P2", "penalty", 5, 3, true);
  add("G1", "gate", 0, 1, false);
  add("G2", "gate", 0, 10, false);
  return criteria;
}

/** One evaluation: 5 % NA on criteria that allow it, gates pass 99.5 % of the time, values whole or 1-decimal. */
function evaluation(criteria: readonly ScoringCriterion[], random: () => number): (number | string)[] {
  return criteria.map((c) => {
    if (c.allowNA && random() < 0.05) return "NA";
    if (c.kind === "gate") {
      const pass = random() < 0.995;
      return pass ? Math.ceil(c.max / 2 + random() * (c.max / 2)) : 0;
    }
    const tenths = Math.round(random() * c.max * 10);
    return random() < 0.5 ? Math.round(tenths / 10) : tenths / 10;
  });
}

function criteriaCells(criteria: readonly ScoringCriterion[]): unknown[][] {
  return [
    ["ID", "Criterion", "Kind", "Weight", "Max", "Allow NA"],
    ...criteria.map((c) => [c.id, `Criterion ${c.id}`, c.kind, c.weight, c.max, c.allowNA]),
  ];
}

// ---------------------------------------------------------------------------------------------- a) the engine

function benchEngine(criteria: ScoringCriterion[], evaluations: (number | string)[][]) {
  log(`engine: ${EVALUATIONS} evaluations × ${CRITERIA} criteria, ${RUNS} runs…`);
  const scorer = new Scorer(criteria, { scale: 100, decimals: 1 });
  let checksum = 0;
  let errors = 0;
  const { ms, runs } = time(() => {
    checksum = 0;
    for (let i = 0; i < evaluations.length; i++) {
      const outcome = scorer.score(evaluations[i]);
      if (outcome.status === "total") checksum += outcome.total;
      else errors++;
    }
  });
  const cells = evaluations.length * CRITERIA;
  const na = evaluations.reduce((n, values) => n + values.filter((v) => v === "NA").length, 0);
  emit({
    name: "engine.score",
    evaluations: evaluations.length,
    criteria: CRITERIA,
    ms: round(ms),
    cellsPerSecond: Math.round(cells / (ms / 1000)),
    nsPerEvaluation: round((ms * 1e6) / evaluations.length, 1),
    budgetMs: ENGINE_BUDGET_MS,
    withinBudget: ms <= ENGINE_BUDGET_MS,
    runsMs: runs,
    naShareOfCells: round(na / cells, 4),
    checksum: round(checksum, 1),
    errors,
  });
}

// ---------------------------------------------------------------------------------------------- b) RUBRIC.TOTAL

/** `changing`: every copy of the criteria table differs in content (one weight), so consecutive calls never see the
 * table they saw last: the cost when nothing about the table can be reused. */
function benchTotal(criteria: ScoringCriterion[], evaluations: (number | string)[][], changing: boolean) {
  const name = changing ? "functions.total.changingTable" : "functions.total";
  const calls = changing ? CHANGING_TABLE_CALLS : TOTAL_CALLS;
  log(`${name}: ${calls} calls over ${TOTAL_COPIES} distinct argument copies, ${RUNS} runs…`);
  // Excel hands every call new arrays: distinct copies, cycled, leave nothing to cache by identity.
  const tables = Array.from({ length: TOTAL_COPIES }, (_, k) =>
    criteriaCells(changing ? criteria.map((c, i) => (i === 0 ? { ...c, weight: c.weight + k } : c)) : criteria),
  );
  const idRows = Array.from({ length: TOTAL_COPIES }, () => [criteria.map((c) => c.id)]);
  const scoreRows = Array.from({ length: TOTAL_COPIES }, (_, k) => [[...evaluations[k]]]);
  let checksum = 0;
  let errors = 0;
  const run = () => {
    checksum = 0;
    for (let i = 0; i < calls; i++) {
      const k = i % TOTAL_COPIES;
      try {
        checksum += total(scoreRows[k], idRows[k], tables[k], 1) as number;
      } catch {
        errors++;
      }
    }
  };
  const { ms, runs } = time(run);
  const usPerCall = (ms * 1000) / calls;
  emit({
    name,
    calls,
    criteria: CRITERIA,
    usPerCall: round(usPerCall),
    budgetUs: TOTAL_BUDGET_US,
    withinBudget: usPerCall <= TOTAL_BUDGET_US,
    msPerRun: round(ms, 2),
    runsMs: runs,
    distinctArgumentCopies: TOTAL_COPIES,
    note: changing
      ? "each call's criteria table differs in content from every other call's (S1's weight): 1,000 tables, more than " +
        "the prepared-criteria cache keeps, so every call prepares its table"
      : "the same table content in fresh arrays on every call, as Excel recalculating one rubric's evaluation rows",
    checksum: round(checksum, 1),
    errors,
  });
}

// ---------------------------------------------------------------------------------------------- b') RUBRIC.TOTAL by version

const VERSIONS = 50;
/** The columns FILTER hands over from a version snapshot table (VersionCriteria_<id>[[#Headers],[#Data],[ID]:[Section]]),
 * blanks as "" (the blank guard). */
const VERSION_CRITERIA_HEADER = [
  "ID",
  "Criterion",
  "Description",
  "Kind",
  "Weight",
  "Max",
  "Allow NA",
  "Levels",
  "Section",
];

/** Version v (1..VERSIONS) of the rubric: one score criterion's weight raised by v, a different one from version to
 * version, so no two versions have the same content. */
function versionCells(criteria: readonly ScoringCriterion[], v: number): unknown[][] {
  const changed = v % 14; // S1..S14 are the score criteria
  return [
    VERSION_CRITERIA_HEADER,
    ...criteria.map((c, i) => [
      c.id,
      `Criterion ${c.id}`,
      "",
      c.kind,
      i === changed ? c.weight + v : c.weight,
      c.max,
      c.allowNA ? "yes" : "no",
      "",
      "",
    ]),
  ];
}

/** A workbook with 50 published versions of a 20-criteria rubric: each call gets the filtered table of a version
 * (header + 20 rows, as FILTER hands it over) and that version. `mixed`: consecutive calls go round the 50 versions,
 * as when evaluation rows scored under different versions recalculate in turn. */
function benchTotalVersions(criteria: ScoringCriterion[], evaluations: (number | string)[][], mixed: boolean) {
  const name = mixed ? "functions.total.versions.mixed" : "functions.total.versions";
  log(
    `${name}: ${TOTAL_CALLS} calls over ${TOTAL_COPIES} distinct argument copies, ${VERSIONS} versions, ${RUNS} runs…`,
  );
  const versionOf = (k: number) => (mixed ? 1 + (k % VERSIONS) : VERSIONS);
  // Fresh arrays for every copy, as Excel hands every call new arrays (and FILTER builds new ones).
  const tables = Array.from({ length: TOTAL_COPIES }, (_, k) => versionCells(criteria, versionOf(k)));
  const versions = Array.from({ length: TOTAL_COPIES }, (_, k) => versionOf(k));
  const idRows = Array.from({ length: TOTAL_COPIES }, () => [criteria.map((c) => c.id)]);
  const scoreRows = Array.from({ length: TOTAL_COPIES }, (_, k) => [[...evaluations[k]]]);
  let checksum = 0;
  let errors = 0;
  const run = () => {
    checksum = 0;
    for (let i = 0; i < TOTAL_CALLS; i++) {
      const k = i % TOTAL_COPIES;
      try {
        checksum += total(scoreRows[k], idRows[k], tables[k], 1, 100, versions[k]) as number;
      } catch {
        errors++;
      }
    }
  };
  const { ms, runs } = time(run);
  const usPerCall = (ms * 1000) / TOTAL_CALLS;
  emit({
    name,
    calls: TOTAL_CALLS,
    criteria: CRITERIA,
    versions: VERSIONS,
    usPerCall: round(usPerCall),
    budgetUs: TOTAL_BUDGET_US,
    withinBudget: usPerCall <= TOTAL_BUDGET_US,
    msPerRun: round(ms, 2),
    runsMs: runs,
    distinctArgumentCopies: TOTAL_COPIES,
    note: mixed
      ? `consecutive calls go round the ${VERSIONS} versions (each differs in one score criterion's weight): every ` +
        "call's table differs from the previous call's, but each version's content was seen before"
      : `every call hands over version ${VERSIONS}'s rows (fresh arrays) and the version, as Excel recalculating ` +
        "the evaluation rows of one version",
    checksum: round(checksum, 1),
    errors,
  });
}

// ---------------------------------------------------------------------------------------------- c) HyperFormula

/** The exact total of an all-score evaluation (whole weights and maxima, values with at most one decimal), rounded
 * half away from zero to 1 decimal in BigInt arithmetic. */
function exactTotal(criteria: readonly ScoringCriterion[], values: readonly number[]) {
  // base = 100 · Σ w·(v10 / 10m) / Σ w; over the common denominator D = Π 10m the sum is an integer.
  let denominator = 1n;
  for (const c of criteria) denominator *= BigInt(10 * c.max);
  let sum = 0n;
  let weights = 0n;
  criteria.forEach((c, i) => {
    sum += (BigInt(c.weight) * BigInt(Math.round(values[i] * 10)) * denominator) / BigInt(10 * c.max);
    weights += BigInt(c.weight);
  });
  // total·10 = 1000·sum / (D·W)
  const n = 1000n * sum;
  const d = denominator * weights;
  const k = (2n * n + d) / (2n * d);
  return { total: Number(`${k}e-1`), unrounded: Number(n) / Number(d) / 10, tie: (2n * n) % d === 0n && n % d !== 0n };
}

const columnName = (index: number) => String.fromCharCode(65 + index); // 0 → A; enough for A..V

function benchHyperFormula(random: () => number) {
  const rows = HF_ROWS;
  const first = columnName(1);
  const last = columnName(CRITERIA);
  const resultColumn = CRITERIA + 1; // V
  if (rows !== EVALUATIONS) log(`hyperformula: using ${rows} rows instead of ${EVALUATIONS} (BENCH_HF_ROWS)`);
  log(`hyperformula: building a sheet of ${rows} rows × ${CRITERIA} score cells + 1 formula…`);

  // An all-score rubric (HyperFormula's formula has no NA, bonus, penalty or gate): weights in row 1, maxima in row 2.
  const criteria: ScoringCriterion[] = Array.from({ length: CRITERIA }, (_, i) => ({
    id: `S${i + 1}`,
    kind: "score" as const,
    weight: 1 + Math.floor(random() * 20),
    max: [10, 5, 4, 10][i % 4],
    allowNA: false,
  }));
  const values = Array.from({ length: rows }, () =>
    criteria.map((c) => {
      const tenths = Math.round(random() * c.max * 10);
      return random() < 0.5 ? Math.round(tenths / 10) : tenths / 10;
    }),
  );
  const sheet: (number | string | null)[][] = [
    ["Weight", ...criteria.map((c) => c.weight)],
    ["Max", ...criteria.map((c) => c.max)],
    ...values.map((v, r) => {
      const row = r + 3;
      const formula = `=ROUND(100*SUMPRODUCT($${first}$1:$${last}$1, ${first}${row}:${last}${row}/$${first}$2:$${last}$2)/SUM($${first}$1:$${last}$1), 1)`;
      return [null, ...v, formula];
    }),
  ];

  const heapBefore = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  // useArrayArithmetic: B3:U3/$B$2:$U$2 inside SUMPRODUCT is element-wise, as in Excel. maxRows: the default is 40,000.
  const hf = HyperFormula.buildFromArray(sheet, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    maxRows: sheet.length,
  });
  const buildMs = performance.now() - t0;
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  log(`hyperformula: built in ${Math.round(buildMs)} ms (heap +${Math.round(heapMB)} MB); changing weights…`);

  // Change one weight at a time (B1, C1, D1) and time the recalculation each triggers.
  const recalcRuns: number[] = [];
  for (let k = 0; k < 3; k++) {
    const newWeight = criteria[k].weight + 3;
    criteria[k] = { ...criteria[k], weight: newWeight };
    t0 = performance.now();
    hf.setCellContents({ sheet: 0, row: 0, col: 1 + k }, [[newWeight]]);
    recalcRuns.push(performance.now() - t0);
    log(`hyperformula: recalculation ${k + 1}: ${Math.round(recalcRuns[k])} ms`);
  }
  const recalcMs = median(recalcRuns);

  // The engine redoing the same work: a Scorer for the changed rubric, then every row re-scored.
  const totals = new Float64Array(rows);
  const { ms: engineMs } = time(() => {
    const scorer = new Scorer(criteria, { scale: 100, decimals: 1 });
    for (let r = 0; r < rows; r++) {
      const outcome = scorer.score(values[r]);
      totals[r] = outcome.status === "total" ? outcome.total : NaN;
    }
  });

  // Sanity: HyperFormula's totals against the engine's on every row, and both against the exact total where they
  // differ.
  let mismatches = 0;
  let hyperFormulaWrong = 0;
  let engineWrong = 0;
  let exactTies = 0;
  const examples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const hfValue = hf.getCellValue({ sheet: 0, row: r + 2, col: resultColumn });
    if (hfValue === totals[r]) continue;
    mismatches++;
    const exact = exactTotal(criteria, values[r]);
    if (exact.tie) exactTies++;
    if (hfValue !== exact.total) hyperFormulaWrong++;
    if (totals[r] !== exact.total) engineWrong++;
    if (examples.length < 5) {
      examples.push(
        `row ${r + 3}: HyperFormula ${JSON.stringify(hfValue)}, engine ${totals[r]}, exact ${exact.unrounded}${exact.tie ? " (a tie)" : ""}`,
      );
    }
  }
  if (mismatches > 0) {
    log(
      `hyperformula: ${mismatches} rows differ from the engine (${exactTies} exact ties; HyperFormula wrong on ` +
        `${hyperFormulaWrong}, engine wrong on ${engineWrong}), e.g. ${examples.join("; ")}`,
    );
  }
  hf.destroy();

  emit({
    name: "hyperformula.recalc",
    rows,
    criteria: CRITERIA,
    buildMs: round(buildMs, 1),
    recalcMs: round(recalcMs, 1),
    recalcRunsMs: recalcRuns.map((ms) => round(ms, 1)),
    engineMs: round(engineMs, 2),
    ratio: round(recalcMs / engineMs, 1),
    checked: rows,
    mismatches,
    mismatchesAtExactTies: exactTies,
    hyperFormulaWrong,
    engineWrong,
    mismatchExamples: examples,
    heapMB: Math.round(heapMB),
    note:
      "all 20 criteria of kind score, no NA (the sheet formula covers only that): " +
      "=ROUND(100*SUMPRODUCT(weights, scores/maxima)/SUM(weights), 1) per row with useArrayArithmetic; " +
      "mismatches are rows where HyperFormula's ROUND (Math.round on the binary value) and the engine (half away from " +
      "zero on the decimal) differ; each is checked against the exact total in BigInt arithmetic; " +
      "recalcMs is the median of 3 single-weight changes via setCellContents; engineMs is a new Scorer plus re-scoring every row (median of 7)" +
      (rows !== EVALUATIONS ? `; only ${rows} rows (BENCH_HF_ROWS)` : ""),
  });
}

// ---------------------------------------------------------------------------------------------- d) the Total formula

/** The Total formula createRubric writes for the example rubric's names, with 20 and with 60 criteria (ids C1..Cn):
 * its length against Excel's limit. Pure text; no timing. */
function benchFormulaLength() {
  const id = "proactive-visit";
  const names = tableNames(id);
  const length = (n: number, language: "en" | "zh") =>
    versionedTotalFormula({
      names: versionedFormulaNames(id, language, {
        table: names.evaluations,
        versionHeader: SHEET_VOCABULARY[language].evaluations.version,
      }),
      first: "C1",
      last: `C${n}`,
    }).length;
  emit({
    name: "formula.total.length",
    criteria20: length(20, "en"),
    criteria60: length(60, "en"),
    criteria60zh: length(60, "zh"),
    limit: MAX_FORMULA_LENGTH,
    withinLimit: Math.max(length(60, "en"), length(60, "zh")) <= MAX_FORMULA_LENGTH,
  });
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const random = prng(SEED);
  const criteria = mixedRubric(random);
  const evaluations = Array.from({ length: EVALUATIONS }, () => evaluation(criteria, random));
  log(`node ${process.version}; seed ${SEED}; src/ loaded through ${loader}`);
  if (wanted("engine")) benchEngine(criteria, evaluations);
  if (wanted("functions")) benchTotal(criteria, evaluations, false);
  if (wanted("functions")) benchTotal(criteria, evaluations, true);
  if (wanted("functions")) benchTotalVersions(criteria, evaluations, false);
  if (wanted("functions")) benchTotalVersions(criteria, evaluations, true);
  if (wanted("formula")) benchFormulaLength();
  if (wanted("hyperformula")) benchHyperFormula(prng(SEED + 1));
  if (wanted("host")) await benchHost(emit, log, prng(SEED + 2));
  if (wanted("selection")) await benchSelection(emit, log);
  if (wanted("versions")) await benchVersions(emit, log);
  if (wanted("whatif")) benchWhatIf(whatIf, emit, log, prng(SEED + 3));
  if (wanted("review"))
    benchReview(
      emit,
      log,
      source<typeof import("../src/rubric/review")>("rubric/review"),
      source<typeof import("../src/rubric/example")>("rubric/example").exampleRubric,
      prng(SEED + 3),
    );
  if (wanted("review")) await benchReportWrite(emit, log, prng(SEED + 4));
}

void main();
