// The what-if's state: the evaluations as data (once per read of the store), scored as awarded (once), and under the
// tried rubric after every scratch edit (the engine in memory: no sync, nothing written). Filters choose which
// evaluations the summary looks at.
import { useMemo, useState } from "react";
import type { EvaluationRecord } from "../../app/read-evaluations";
import type { VersionsView } from "../../app/versions-view";
import { Rubric } from "../../rubric/model";
import {
  ScratchEdit,
  WhatIfSummary,
  evaluationData,
  scoreAsAwarded,
  scoreUnder,
  selectRows,
  summarize,
  trialOf,
  withEdit,
} from "../../rubric/whatif";
import type { EvaluationData, Scores } from "../../rubric/whatif";
import { WhatIfFilterChoice, filterOfChoice, localToday } from "./periodChoice";

/** The rubric tried: the working draft, or a published version. */
export type TriedBase = { kind: "draft" } | { kind: "version"; version: number };

/** What the tried rubric is compared with: each evaluation as awarded (under its pinned version), or every
 * evaluation under one published version. */
export type Compared = { kind: "awarded" } | { kind: "version"; version: number };

export interface WhatIf {
  data: EvaluationData;
  compared: Compared;
  chooseCompared: (compared: Compared) => void;
  base: Rubric;
  baseChoice: TriedBase;
  chooseBase: (base: TriedBase) => void;
  edits: ScratchEdit[];
  /** Adds an edit (replacing an earlier one of its target). */
  edit: (edit: ScratchEdit) => void;
  /** Replaces the edits (switching a criterion back on drops its edit). */
  setEdits: (edits: ScratchEdit[]) => void;
  tried: Rubric;
  filter: WhatIfFilterChoice;
  setFilter: (filter: WhatIfFilterChoice) => void;
  /** The filter cannot be applied (a date that does not read): the summary is over every evaluation. */
  filterProblem: string | null;
  awarded: Scores;
  after: Scores;
  /** The evaluations the filter keeps (indices into data). */
  rows: Int32Array;
  summary: WhatIfSummary;
}

export function useWhatIf(
  records: readonly EvaluationRecord[],
  draft: Rubric,
  versions: VersionsView | undefined,
  movers = 20,
): WhatIf {
  const [baseChoice, chooseBase] = useState<TriedBase>({ kind: "draft" });
  const [compared, chooseCompared] = useState<Compared>({ kind: "awarded" });
  const [edits, setEdits] = useState<ScratchEdit[]>([]);
  const [filter, setFilter] = useState<WhatIfFilterChoice>({});
  const snapshots = useMemo(() => versions?.history.versions.map((v) => v.rubric) ?? [], [versions]);
  const data = useMemo(() => evaluationData(records), [records]);
  // Before: each evaluation under the version it is pinned to; without any version yet, today's totals (the draft).
  const awarded = useMemo(() => {
    const version = compared.kind === "version" ? snapshots.find((r) => r.version === compared.version) : undefined;
    if (version) return scoreUnder(data, version);
    return scoreAsAwarded(data, snapshots.length > 0 ? { versions: snapshots } : { versions: [], unversioned: draft });
  }, [data, snapshots, draft, compared]);
  const base = useMemo(() => {
    if (baseChoice.kind === "draft") return draft;
    return snapshots.find((r) => r.version === baseChoice.version) ?? draft;
  }, [baseChoice, snapshots, draft]);
  const tried = useMemo(() => trialOf(base, edits), [base, edits]);
  const after = useMemo(() => scoreUnder(data, tried), [data, tried]);
  const { rows, filterProblem } = useMemo(() => {
    try {
      return { rows: selectRows(data, filterOfChoice(filter, localToday()), awarded), filterProblem: null };
    } catch (e) {
      return { rows: selectRows(data, {}, awarded), filterProblem: e instanceof Error ? e.message : String(e) };
    }
  }, [data, filter, awarded]);
  const summary = useMemo(() => summarize(awarded, after, rows, { movers }), [awarded, after, rows, movers]);
  return {
    data,
    compared,
    chooseCompared,
    base,
    baseChoice,
    chooseBase: (next) => {
      chooseBase(next);
      setEdits([]);
    },
    edits,
    edit: (e) => setEdits((current) => withEdit(current, e)),
    setEdits,
    tried: tried.rubric,
    filter,
    setFilter,
    filterProblem,
    awarded,
    after,
    rows,
    summary,
  };
}
