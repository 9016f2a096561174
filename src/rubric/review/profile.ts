// The criterion profile: each criterion's mean as a share of its maximum (what to talk about on Friday: the weakest
// score criteria first), with the levels most often given. Each value counts against the max of the version it was
// given under; NA is left out of the mean and counted. Values of an evaluation a failed gate made 0 count as given.
import { CriterionKind } from "../model";
import { ScoredRow } from "./filter";
import { PreparedVersions } from "./versions";

export interface LevelCount {
  /** The value given (a level's points, or any number in 0..max). */
  value: number;
  /** The level's label, when the value is a level's points: as the newest version it was given under names it. */
  label?: string;
  count: number;
}

export interface CriterionProfile {
  id: string;
  label: string;
  kind: CriterionKind;
  /** Mean of value / max over the evaluations that rated it (0..1); undefined when none did. */
  share: number | undefined;
  rated: number;
  na: number;
  /** Most often given first (then the lower value first). */
  levels: LevelCount[];
}

export interface GroupProfile {
  name: string;
  evaluations: number;
  criteria: CriterionProfile[];
}

interface Slot {
  id: string;
  label: string;
  kind: CriterionKind;
  /** Version and position that named it: the newest version wins. */
  version: number;
  index: number;
  sum: number;
  rated: number;
  na: number;
  /** Count per value given, and the version whose level label names it. */
  values: Map<number, { count: number; label?: string; labelVersion: number }>;
}

/** What one version's criterion gathered: counted per row without any lookup by id, merged into slots after. */
interface Cell {
  sum: number;
  rated: number;
  na: number;
  /** Counts of whole values (levels are whole points, mostly): by value, as array indices are cheap to count in. */
  whole: number[];
  /** Counts of any other value. */
  counts: Map<number, number>;
}

/** Whole values up to this count in `whole`. */
const WHOLE_LIMIT = 1024;

/** Criteria score first, weakest first (ties in rubric order); then bonus, penalty and gate in rubric order. */
function order(a: Slot, b: Slot): number {
  const scoreA = a.kind === "score" ? 0 : 1;
  const scoreB = b.kind === "score" ? 0 : 1;
  if (scoreA !== scoreB) return scoreA - scoreB;
  if (scoreA === 0) {
    const sa = a.rated > 0 ? a.sum / a.rated : Infinity;
    const sb = b.rated > 0 ? b.sum / b.rated : Infinity;
    if (sa !== sb) return sa - sb;
  }
  return b.version - a.version || a.index - b.index;
}

/** Each version's cells, by criterion position. */
function gather(rows: readonly ScoredRow[], versions: PreparedVersions): Map<number, Cell[]> {
  const cellsOf = new Map<number, { cells: Cell[]; maxima: number[] }>();
  for (const row of rows) {
    const version = row.version!;
    let entry = cellsOf.get(version);
    if (!entry) {
      const criteria = versions.byNumber.get(version)!.rubric.criteria;
      entry = {
        cells: criteria.map(() => ({ sum: 0, rated: 0, na: 0, whole: [], counts: new Map<number, number>() })),
        maxima: criteria.map((c) => c.max),
      };
      cellsOf.set(version, entry);
    }
    const { cells, maxima } = entry;
    const values = row.result.values;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const v = values[i];
      if (typeof v !== "number") {
        cell.na++;
        continue;
      }
      cell.sum += v / maxima[i];
      cell.rated++;
      if ((v | 0) === v && v >= 0 && v < WHOLE_LIMIT) cell.whole[v] = (cell.whole[v] ?? 0) + 1;
      else cell.counts.set(v, (cell.counts.get(v) ?? 0) + 1);
    }
  }
  return new Map([...cellsOf].map(([version, { cells }]) => [version, cells]));
}

/** The profile of the rows' criteria, across the versions they were scored under. */
export function criterionProfile(rows: readonly ScoredRow[], versions: PreparedVersions): CriterionProfile[] {
  const slots = new Map<string, Slot>();
  for (const [version, cells] of gather(rows, versions)) {
    const prepared = versions.byNumber.get(version)!;
    prepared.rubric.criteria.forEach((c, index) => {
      const id = prepared.folded[index];
      let slot = slots.get(id);
      if (!slot) {
        slot = { id: c.id, label: c.label, kind: c.kind, version, index, sum: 0, rated: 0, na: 0, values: new Map() };
        slots.set(id, slot);
      } else if (version > slot.version)
        Object.assign(slot, { id: c.id, label: c.label, kind: c.kind, version, index });
      const cell = cells[index];
      slot.sum += cell.sum;
      slot.rated += cell.rated;
      slot.na += cell.na;
      const counted: [number, number][] = [...cell.counts];
      cell.whole.forEach((count, value) => counted.push([value, count]));
      for (const [value, count] of counted) {
        let level = slot.values.get(value);
        if (!level) slot.values.set(value, (level = { count: 0, labelVersion: 0 }));
        level.count += count;
        // The newest version's label for this value.
        const label = prepared.levelLabels[index].get(value);
        if (label !== undefined && version > level.labelVersion) {
          level.label = label;
          level.labelVersion = version;
        }
      }
    });
  }
  return [...slots.values()].sort(order).map((slot) => ({
    id: slot.id,
    label: slot.label,
    kind: slot.kind,
    share: slot.rated > 0 ? slot.sum / slot.rated : undefined,
    rated: slot.rated,
    na: slot.na,
    levels: [...slot.values.entries()]
      .map(([value, l]) =>
        l.label === undefined ? { value, count: l.count } : { value, label: l.label, count: l.count },
      )
      .sort((a, b) => b.count - a.count || a.value - b.value),
  }));
}

/** One profile per team or per person (a person in two teams: in each team's with that team's evaluations). */
export function profilesBy(
  rows: readonly ScoredRow[],
  by: "team" | "person",
  versions: PreparedVersions,
): GroupProfile[] {
  const groups = new Map<string, ScoredRow[]>();
  for (const row of rows) {
    const name = row[by];
    const list = groups.get(name);
    if (list) list.push(row);
    else groups.set(name, [row]);
  }
  return [...groups.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const members = groups.get(name)!;
      return { name, evaluations: members.length, criteria: criterionProfile(members, versions) };
    });
}
