// The criterion profile: each criterion's mean as a share of its maximum (what to talk about on Friday: the weakest
// score criteria first), with the levels most often given. Each value counts against the max of the version it was
// given under; NA is left out of the mean and counted. Values of an evaluation a failed gate made 0 count as given.
//
// The Review tab shows a profile for the whole selection, each team and each person: `profiles` gathers all of them in
// one pass over the rows (each value read and divided by its max once, then counted into the three groups' tallies).
// A group's tally adds its rows in the order given, as a profile of that group alone would, so its shares are the
// same to the bit.
import { CriterionKind } from "../model";
import { ScoredRow } from "./filter";
import { PreparedVersion, PreparedVersions } from "./versions";

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

export interface Profiles {
  /** The whole selection's. */
  profile: CriterionProfile[];
  /** Per team and per person, by name. */
  teams: GroupProfile[];
  persons: GroupProfile[];
}

/** Whole values below this are counted in a typed array (levels are whole points, mostly); others in a map. */
const WHOLE_LIMIT = 1024;

/** How a version's values are tallied: its criteria's maxima, and the width of each criterion's whole-value counts. */
interface Layout {
  prepared: PreparedVersion;
  maxima: Float64Array;
  width: number;
}

function layoutOf(prepared: PreparedVersion): Layout {
  const criteria = prepared.rubric.criteria;
  let highest = 0;
  for (const c of criteria) if (c.max > highest) highest = c.max;
  return {
    prepared,
    maxima: Float64Array.from(criteria, (c) => c.max),
    width: Math.min(WHOLE_LIMIT, Math.floor(highest) + 1),
  };
}

/** What one group's rows of one version gave its criteria, by criterion position. */
class Tally {
  readonly sum: Float64Array;
  readonly rated: Int32Array;
  readonly na: Int32Array;
  /** Criterion i's whole value v (v < width) is counted at i·width + v. */
  readonly whole: Int32Array;
  /** Counts of any other value, per criterion (made when first needed). */
  readonly other: (Map<number, number> | undefined)[];

  constructor(readonly layout: Layout) {
    const n = layout.maxima.length;
    this.sum = new Float64Array(n);
    this.rated = new Int32Array(n);
    this.na = new Int32Array(n);
    this.whole = new Int32Array(n * layout.width);
    this.other = new Array(n).fill(undefined);
  }

  countOther(i: number, v: number): void {
    const map = (this.other[i] ??= new Map());
    map.set(v, (map.get(v) ?? 0) + 1);
  }
}

/** A group's tallies, one per version in the order its rows first used them (the order its sums are merged in). */
class Group {
  evaluations = 0;
  readonly tallies: Tally[] = [];
  private readonly byVersion = new Map<number, Tally>();

  /** Counts a row in and gives the tally for its version. */
  tally(version: number, layout: Layout): Tally {
    this.evaluations++;
    let tally = this.byVersion.get(version);
    if (!tally) {
      tally = new Tally(layout);
      this.byVersion.set(version, tally);
      this.tallies.push(tally);
    }
    return tally;
  }
}

/** Counts one value into a tally. */
function count(t: Tally, i: number, v: number, share: number, at: number): void {
  t.sum[i] += share;
  t.rated[i]++;
  if (at >= 0) t.whole[at]++;
  else t.countOther(i, v);
}

/** Counts each row into its groups: the whole selection's and, when given, its team's and its person's. */
function gather(
  rows: readonly ScoredRow[],
  versions: PreparedVersions,
  all: Group | undefined,
  teamOf?: (row: ScoredRow) => Group,
  personOf?: (row: ScoredRow) => Group,
): void {
  const layouts = new Map<number, Layout>();
  for (const row of rows) {
    const version = row.version!;
    let layout = layouts.get(version);
    if (!layout) layouts.set(version, (layout = layoutOf(versions.byNumber.get(version)!)));
    // Up to three tallies, without an array per row.
    const a = all?.tally(version, layout);
    const b = teamOf?.(row).tally(version, layout);
    const c = personOf?.(row).tally(version, layout);
    const { maxima, width } = layout;
    const values = row.result.values;
    for (let i = 0; i < maxima.length; i++) {
      const v = values[i];
      if (typeof v !== "number") {
        if (a) a.na[i]++;
        if (b) b.na[i]++;
        if (c) c.na[i]++;
        continue;
      }
      const share = v / maxima[i];
      const at = (v | 0) === v && v >= 0 && v < width ? i * width + v : -1;
      if (a) count(a, i, v, share, at);
      if (b) count(b, i, v, share, at);
      if (c) count(c, i, v, share, at);
    }
  }
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

/** A group's profile: its versions' criteria merged by id (ignoring case). */
function profileOf(group: Group): CriterionProfile[] {
  const slots = new Map<string, Slot>();
  for (const tally of group.tallies) {
    const { prepared, width } = tally.layout;
    const version = prepared.rubric.version;
    prepared.rubric.criteria.forEach((c, index) => {
      const id = prepared.folded[index];
      let slot = slots.get(id);
      if (!slot) {
        slot = { id: c.id, label: c.label, kind: c.kind, version, index, sum: 0, rated: 0, na: 0, values: new Map() };
        slots.set(id, slot);
      } else if (version > slot.version)
        Object.assign(slot, { id: c.id, label: c.label, kind: c.kind, version, index });
      slot.sum += tally.sum[index];
      slot.rated += tally.rated[index];
      slot.na += tally.na[index];
      const counted: [number, number][] = [...(tally.other[index] ?? [])];
      for (let v = 0; v < width; v++) {
        const count = tally.whole[index * width + v];
        if (count > 0) counted.push([v, count]);
      }
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

/** The groups of a field's values, made as rows name them. */
function groupsBy(by: "team" | "person") {
  const groups = new Map<string, Group>();
  const of = (row: ScoredRow) => {
    let group = groups.get(row[by]);
    if (!group) groups.set(row[by], (group = new Group()));
    return group;
  };
  const profiles = (): GroupProfile[] =>
    [...groups.keys()]
      .sort((a, b) => a.localeCompare(b))
      .map((name) => {
        const group = groups.get(name)!;
        return { name, evaluations: group.evaluations, criteria: profileOf(group) };
      });
  return { of, profiles };
}

/** The profile of the rows' criteria, across the versions they were scored under. */
export function criterionProfile(rows: readonly ScoredRow[], versions: PreparedVersions): CriterionProfile[] {
  const all = new Group();
  gather(rows, versions, all);
  return profileOf(all);
}

/** One profile per team or per person (a person in two teams: in each team's with that team's evaluations). */
export function profilesBy(
  rows: readonly ScoredRow[],
  by: "team" | "person",
  versions: PreparedVersions,
): GroupProfile[] {
  const groups = groupsBy(by);
  gather(rows, versions, undefined, groups.of);
  return groups.profiles();
}

/** The profile of the whole selection, of each team and of each person, in one pass over the rows. */
export function profiles(rows: readonly ScoredRow[], versions: PreparedVersions): Profiles {
  const all = new Group();
  const teams = groupsBy("team");
  const persons = groupsBy("person");
  gather(rows, versions, all, teams.of, persons.of);
  return { profile: profileOf(all), teams: teams.profiles(), persons: persons.profiles() };
}
