// The promotion points ledger: per person, every evaluation with a total, oldest first, its points as awarded
// (under the version it was scored under, never recomputed under another) and the running total; each person's
// points target (their own, else their level's) and the progress towards it; the persons closest to their target.
import { ScoredRow } from "./filter";
import { addPoints } from "./summary";

export interface LedgerEntry {
  key: string;
  sheetRow: number;
  /** yyyy-mm-dd; undefined when the date is blank or unreadable (such entries come last). */
  date: string | undefined;
  process: string;
  team: string;
  total: number;
  points: number;
  version: number;
  band: string;
  /** The person's points up to and including this entry. */
  running: number;
}

/** Targets as the workbook's settings hold them: a person's own target, or their level (whose target applies). */
export interface PointsTargets {
  persons?: Readonly<Record<string, { target?: number; level?: string }>>;
  levels?: Readonly<Record<string, number>>;
}

export interface TargetProgress {
  target: number;
  /** Where the target comes from: the person's own, or their level's. */
  source: "person" | "level";
  level?: string;
  /** Points still to earn (0 once reached). */
  remaining: number;
  /** points / target (may pass 1). */
  share: number;
  reached: boolean;
}

export interface PersonLedger {
  person: string;
  entries: LedgerEntry[];
  points: number;
  target?: TargetProgress;
}

export interface Ledger {
  persons: PersonLedger[];
  /** Persons with a target not reached yet, fewest points to go first (then the larger share, then by name). */
  closest: PersonLedger[];
}

const validTarget = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value > 0;

/** A person's target, or undefined when they have none. Throws naming the person or level whose setting is wrong. */
function targetOf(
  person: string,
  targets: PointsTargets,
): Omit<TargetProgress, "remaining" | "share" | "reached"> | undefined {
  const own = targets.persons?.[person];
  if (own?.target !== undefined) {
    if (!validTarget(own.target))
      throw new RangeError(`the points target of ${person} (${own.target}) is not a number > 0`);
    return { target: own.target, source: "person" };
  }
  const level = own?.level?.trim();
  if (level === undefined || level === "") return undefined;
  const target = targets.levels?.[level];
  if (target === undefined) throw new RangeError(`${person}'s level ${level} has no points target`);
  if (!validTarget(target)) throw new RangeError(`the points target of level ${level} (${target}) is not a number > 0`);
  return { target, source: "level", level };
}

function byDate(a: ScoredRow, b: ScoredRow): number {
  if (a.day !== b.day) {
    if (a.day === undefined) return 1;
    if (b.day === undefined) return -1;
    return a.day - b.day;
  }
  return a.evaluation.sheetRow - b.evaluation.sheetRow;
}

/** The rows oldest first (undated last, then by sheet row); the store's rows mostly come so already, and are then
 * left as they are. */
function inDateOrder(rows: ScoredRow[]): ScoredRow[] {
  for (let i = 1; i < rows.length; i++) if (byDate(rows[i - 1], rows[i]) > 0) return rows.sort(byDate);
  return rows;
}

/** The ledger of the rows' persons (every row of theirs given), persons by name. */
export function pointsLedger(rows: readonly ScoredRow[], targets: PointsTargets = {}, closest = 5): Ledger {
  const byPerson = new Map<string, ScoredRow[]>();
  for (const row of rows) {
    const list = byPerson.get(row.person);
    if (list) list.push(row);
    else byPerson.set(row.person, [row]);
  }
  const persons = [...byPerson.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((person): PersonLedger => {
      let running = 0;
      const entries = inDateOrder(byPerson.get(person)!).map((row): LedgerEntry => {
        const r = row.result;
        running = addPoints(running, r.points);
        return {
          key: row.evaluation.key,
          sheetRow: row.evaluation.sheetRow,
          date: row.date,
          process: row.process,
          team: row.team,
          total: r.total,
          points: r.points,
          version: row.version!,
          band: r.bandLabel,
          running,
        };
      });
      const ledger: PersonLedger = { person, entries, points: running };
      const target = targetOf(person, targets);
      if (target) {
        const remaining = Math.max(0, addPoints(target.target, -running));
        ledger.target = { ...target, remaining, share: running / target.target, reached: running >= target.target };
      }
      return ledger;
    });
  const near = persons
    .filter((p) => p.target && !p.target.reached)
    .sort(
      (a, b) =>
        a.target!.remaining - b.target!.remaining ||
        b.target!.share - a.target!.share ||
        a.person.localeCompare(b.person),
    )
    .slice(0, closest);
  return { persons, closest: near };
}
