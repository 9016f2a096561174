// The Review tab's state: the store's evaluations scored once under their versions (prepareReview, when the store or
// the versions change), and every view built again when a filter, the targets or the re-scoring version changes
// (buildReview, in memory: no sync). The ledger's targets are the workbook's points targets table when there is one
// (read when the tab opens and on Refresh); without it, one target typed in the pane for everyone (not stored).
import { useMemo, useState } from "react";
import type { EvaluationRecord } from "../../app/read-evaluations";
import type { VersionsView } from "../../app/versions-view";
import { Rubric } from "../../rubric/model";
import { PointsTargets, Review, ReviewData, ReviewFilter, buildReview, prepareReview } from "../../rubric/review";
import { PeriodChoice, defaultPeriod, periodOfChoice } from "./periodChoice";
import { PointsTargetsState, usePointsTargets } from "./usePointsTargets";

export interface NameFilter {
  team?: string;
  person?: string;
  reviewer?: string;
}

/** The points targets table's state, with "Set up targets" listing every person of the evaluations. */
export interface LedgerTargets extends Omit<PointsTargetsState, "setUp"> {
  /** Where the ledger's targets come from: the table, the one typed for everyone (no table), or nowhere. */
  source: "table" | "typed" | "none";
  /** Whether the target typed for everyone applies (the workbook has no table, or it could not be read). */
  typedApplies: boolean;
  setUp: () => void;
}

export interface ReviewState {
  /** The evaluations scored once (undefined when they cannot be: see problem). */
  data: ReviewData | undefined;
  /** The teams, persons, reviewers, weeks and months found in the evaluations. */
  choices: ReviewData["choices"];
  /** Why the views cannot be built (a version given twice, a target the domain refuses), or null. */
  problem: string | null;
  /** Published version numbers, oldest first ([] before the first publication). */
  versions: number[];
  period: PeriodChoice;
  setPeriod: (period: PeriodChoice) => void;
  names: NameFilter;
  setNames: (names: NameFilter) => void;
  /** The period cannot be read (an incomplete range): the views cover every date. */
  periodProblem: boolean;
  /** The workbook's points targets table (read, refreshed, set up) and where the ledger's targets come from. */
  targets: LedgerTargets;
  /** The points target typed for everyone (used only without a table); "" for none. */
  target: string;
  setTarget: (target: string) => void;
  targetProblem: boolean;
  rescoreUnder: number | undefined;
  setRescoreUnder: (version: number | undefined) => void;
  review: Review | undefined;
}

/** The rubrics to score under: the published versions, or the working draft before any is published. */
export function scoringVersions(draft: Rubric, versions: VersionsView | undefined): Rubric[] {
  const published = versions?.history.versions.map((v) => v.rubric) ?? [];
  return published.length > 0 ? published : [draft];
}

/** Every person gets the one target typed; undefined when none is typed or it is no number above 0. */
function targetsOf(target: string, persons: readonly string[]): PointsTargets | undefined {
  const value = Number(target.trim());
  if (target.trim() === "" || !Number.isFinite(value) || value <= 0) return undefined;
  return { persons: Object.fromEntries(persons.map((p) => [p, { target: value }])) };
}

const NO_CHOICES: ReviewData["choices"] = { teams: [], persons: [], reviewers: [], weeks: [], months: [] };

type Attempt<T> = { value: T; problem: null } | { value: undefined; problem: string };

function attempt<T>(run: () => T): Attempt<T> {
  try {
    return { value: run(), problem: null };
  } catch (e) {
    return { value: undefined, problem: e instanceof Error ? e.message : String(e) };
  }
}

export function useReview(
  records: readonly EvaluationRecord[],
  draft: Rubric,
  versions: VersionsView | undefined,
): ReviewState {
  // undefined until the reviewer picks a period: then the default (defaultPeriod) follows the evaluations read.
  const [chosenPeriod, setPeriod] = useState<PeriodChoice>();
  const [names, setNames] = useState<NameFilter>({});
  const [target, setTarget] = useState("");
  const [rescoreUnder, setRescoreUnder] = useState<number | undefined>();
  const rubrics = useMemo(() => scoringVersions(draft, versions), [draft, versions]);
  const prepared = useMemo(() => attempt(() => prepareReview(records, rubrics)), [records, rubrics]);
  const choices = prepared.value?.choices ?? NO_CHOICES;
  const period = useMemo(() => chosenPeriod ?? defaultPeriod(choices.weeks), [chosenPeriod, choices]);
  const published = useMemo(() => versions?.history.versions.map((v) => v.version) ?? [], [versions]);
  const { filter, periodProblem } = useMemo(() => {
    let chosen: ReviewFilter["period"];
    try {
      chosen = periodOfChoice(period);
    } catch {
      return { filter: { ...names }, periodProblem: true };
    }
    return { filter: { ...names, ...(chosen ? { period: chosen } : {}) }, periodProblem: false };
  }, [period, names]);
  const targetsTable = usePointsTargets();
  const read = targetsTable.table.kind === "table" ? targetsTable.table.read : undefined;
  // The table wins when it is there; while it is being read, no target rather than the typed one for a moment.
  const typedApplies = targetsTable.table.kind === "none" || targetsTable.table.kind === "failed";
  const typed = useMemo(() => targetsOf(target, choices.persons), [target, choices]);
  const targets = read ? read.targets : typedApplies ? typed : undefined;
  const ledgerTargets: LedgerTargets = {
    ...targetsTable,
    source: read ? "table" : typedApplies && typed ? "typed" : "none",
    typedApplies,
    setUp: () => targetsTable.setUp(choices.persons),
  };
  const under = rescoreUnder !== undefined && published.includes(rescoreUnder) ? rescoreUnder : undefined;
  const built = useMemo((): Attempt<Review> => {
    const data = prepared.value;
    if (!data) return { value: undefined, problem: prepared.problem ?? "" };
    return attempt(() => buildReview(data, { filter, ...(targets ? { targets } : {}), rescoreUnder: under }));
  }, [prepared, filter, targets, under]);
  const state: ReviewState = {
    data: prepared.value,
    choices,
    versions: published,
    period,
    setPeriod,
    names,
    setNames,
    periodProblem,
    targets: ledgerTargets,
    target,
    setTarget,
    targetProblem: typedApplies && target.trim() !== "" && typed === undefined,
    rescoreUnder: under,
    setRescoreUnder,
    review: built.value,
    problem: built.problem,
  };
  return state;
}
