// Per person and per team: how many evaluations, the mean, lowest and highest total, how the totals fall into bands,
// and the points awarded. A person evaluated in two teams counts in each team with that team's evaluations only (and
// as one of its persons); their own summary holds all of them and names both teams.
import { ScoredRow } from "./filter";

export interface BandCount {
  /** The band's label, or its range ("60–75"), as the Band column shows it. */
  label: string;
  points: number;
  count: number;
}

export interface TotalsSummary {
  evaluations: number;
  /** Unrounded; undefined (as min and max) when there are no evaluations. */
  mean: number | undefined;
  min: number | undefined;
  max: number | undefined;
  /** Points as awarded (each evaluation under its own version). */
  points: number;
  /** Evaluations whose total a failed gate made 0 (they count in the figures with that 0, as in the sheet). */
  failedGates: number;
  /** Bands that hold at least one total, fewest points first. Bands of different versions with the same label and
   * points are one. */
  bands: BandCount[];
}

export interface PersonSummary extends TotalsSummary {
  person: string;
  teams: string[];
}

export interface TeamSummary extends TotalsSummary {
  team: string;
  /** Distinct persons evaluated in this team. */
  persons: number;
}

export interface Summaries {
  overall: TotalsSummary;
  persons: PersonSummary[];
  teams: TeamSummary[];
}

/** Sums points without binary noise piling up (0.1 + 0.2): points have a few decimals at most. */
export const addPoints = (a: number, b: number): number => Math.round((a + b) * 1e9) / 1e9;

/** Counts totals per band: by version and band index while counting (no text built per row), merged by label and
 * points at the end. */
export class BandTally {
  /** Per version, per band index; the last version's list is kept at hand (rows of one version mostly follow each
   * other). */
  private readonly byVersion = new Map<number, (BandCount | undefined)[]>();
  private lastVersion = NaN;
  private last: (BandCount | undefined)[] = [];

  add(version: number, band: number, label: string, points: number): void {
    if (version !== this.lastVersion) {
      let counts = this.byVersion.get(version);
      if (!counts) this.byVersion.set(version, (counts = []));
      this.lastVersion = version;
      this.last = counts;
    }
    const found = this.last[band];
    if (found) found.count++;
    else this.last[band] = { label, points, count: 1 };
  }

  /** Fewest points first; bands of different versions with the same label and points are one. */
  list(): BandCount[] {
    const merged = new Map<string, BandCount>();
    for (const counts of this.byVersion.values())
      for (const b of counts) {
        if (!b) continue;
        const key = `${b.points}\u0000${b.label}`;
        const found = merged.get(key);
        if (found) found.count += b.count;
        else merged.set(key, { ...b });
      }
    return [...merged.values()].sort((a, b) => a.points - b.points || a.label.localeCompare(b.label));
  }
}

class Accumulator {
  evaluations = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  points = 0;
  failedGates = 0;
  readonly bands = new BandTally();
  readonly members = new Set<string>();

  /** `member`: the team of a person's row, the person of a team's (the overall summary names none). */
  add(row: ScoredRow, member?: string): void {
    const r = row.result;
    this.evaluations++;
    this.sum += r.total;
    if (r.total < this.min) this.min = r.total;
    if (r.total > this.max) this.max = r.total;
    this.points = addPoints(this.points, r.points);
    if (r.failedGate !== undefined) this.failedGates++;
    this.bands.add(row.version!, r.band, r.bandLabel, r.points);
    if (member !== undefined) this.members.add(member);
  }

  summary(): TotalsSummary {
    const some = this.evaluations > 0;
    return {
      evaluations: this.evaluations,
      mean: some ? this.sum / this.evaluations : undefined,
      min: some ? this.min : undefined,
      max: some ? this.max : undefined,
      points: this.points,
      failedGates: this.failedGates,
      bands: this.bands.list(),
    };
  }
}

const byName = (a: string, b: string) => a.localeCompare(b);

/** The summaries of the rows (a selection's), persons and teams sorted by name. */
export function summarise(rows: readonly ScoredRow[]): Summaries {
  const overall = new Accumulator();
  const persons = new Map<string, Accumulator>();
  const teams = new Map<string, Accumulator>();
  const into = (map: Map<string, Accumulator>, name: string) => {
    let acc = map.get(name);
    if (!acc) map.set(name, (acc = new Accumulator()));
    return acc;
  };
  for (const row of rows) {
    overall.add(row);
    into(persons, row.person).add(row, row.team);
    into(teams, row.team).add(row, row.person);
  }
  return {
    overall: overall.summary(),
    persons: [...persons.keys()].sort(byName).map((person) => {
      const acc = persons.get(person)!;
      return { person, teams: [...acc.members].sort(byName), ...acc.summary() };
    }),
    teams: [...teams.keys()].sort(byName).map((team) => {
      const acc = teams.get(team)!;
      return { team, persons: acc.members.size, ...acc.summary() };
    }),
  };
}
