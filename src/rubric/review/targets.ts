// The points targets table, read: one workbook-wide table (targets are about people, not one rubric) whose columns
// are found by header in either language (Person | Level | Target; 被评人 | 职级 | 目标积分). Each row is one of:
//   Person + Target          that person's own target (a Level beside it is not needed: the own target wins);
//   Person + Level           the person's target is the level's;
//   Level + Target           the level's target (no Person);
//   Person alone             listed, no target yet (what "Set up targets" writes for each person).
// A row that is none of these, or whose Target is not a number above 0, is a problem naming its sheet row: never a
// silent wrong number. A person or level given twice counts in neither row (which one was meant is unknown), and a
// person whose row has a problem gets no target, so the ledger shows them without one rather than a guess.
// Pure: no words (problems are codes with parameters, worded by the pane), no Excel.
import { PointsTargetsColumn, pointsTargetsColumn } from "../vocabulary";
import { PointsTargets } from "./ledger";

/** A problem of the table: a missing column, or a row (its 1-based sheet row) and what is wrong with it. */
export type TargetsProblem =
  | { code: "missing-columns"; columns: PointsTargetsColumn[] }
  /** The Target cell holds something other than a number above 0 (as the cell shows it). */
  | { code: "bad-target"; row: number; value: string }
  /** The person is on an earlier row too: neither row counts. */
  | { code: "person-twice"; row: number; person: string; first: number }
  /** The level has a target on an earlier row too: neither counts. */
  | { code: "level-twice"; row: number; level: string; first: number }
  /** A Level without Person and without Target: the level has no target. */
  | { code: "level-no-target"; row: number; level: string }
  /** The person's level has no row of its own (Level and Target, no Person). */
  | { code: "level-not-found"; row: number; person: string; level: string }
  /** A Target with neither Person nor Level: nobody's. */
  | { code: "target-no-owner"; row: number };

export type TargetsProblemCode = TargetsProblem["code"];

export interface TargetsTable {
  /** The targets the rows without problems give (for pointsLedger): consistent, every level named has a target. */
  targets: PointsTargets;
  problems: TargetsProblem[];
  /** Persons with a target, and where it comes from, in row order. */
  targeted: { person: string; row: number; target: number; level?: string }[];
  /** Persons listed without a target (a Person row with neither Target nor Level), in row order. */
  untargeted: string[];
}

/** A cell as text: blank ("", null) is "", a number its digits, an error value its code ("#N/A"). */
const cellText = (value: unknown): string =>
  value === null || value === undefined ? "" : typeof value === "string" ? value.trim() : String(value);

const DECIMAL = /^\d+(\.\d+)?$/;

/** A Target cell: undefined when blank, a number above 0, or the text of what it holds instead. */
function targetOf(value: unknown): number | undefined | { bad: string } {
  const text = cellText(value);
  if (text === "") return undefined;
  // A number typed into a cell formatted as text arrives as text: its digits are the number meant.
  const number = typeof value === "number" ? value : DECIMAL.test(text) ? Number(text) : NaN;
  return Number.isFinite(number) && number > 0 ? number : { bad: text };
}

/** Where each column is in the header (its first occurrence); undefined for a column the header lacks. */
function columnsOf(header: readonly unknown[]): Partial<Record<PointsTargetsColumn, number>> {
  const at: Partial<Record<PointsTargetsColumn, number>> = {};
  header.forEach((h, i) => {
    const column = pointsTargetsColumn(h);
    if (column !== undefined && at[column] === undefined) at[column] = i;
  });
  return at;
}

interface PersonRow {
  row: number;
  level: string;
  target: number | undefined;
  /** The row has a problem (a bad target), or the person is given twice: no target. */
  void: boolean;
}

interface LevelRow {
  row: number;
  target: number | undefined;
  void: boolean;
}

/**
 * Reads a points targets table: `values` its header row then its data rows, as Range.values gives them;
 * `headerRow` the header's 1-based sheet row (data row i is on sheet row headerRow + 1 + i), so that each problem
 * names the row a manager sees. Person and Target columns are needed; Level is optional (no level targets then).
 */
export function parsePointsTargets(values: readonly (readonly unknown[])[], headerRow: number): TargetsTable {
  const at = columnsOf(values[0] ?? []);
  const missing = (["person", "level", "target"] as const).filter((c) => c !== "level" && at[c] === undefined);
  if (missing.length > 0) {
    return { targets: {}, problems: [{ code: "missing-columns", columns: missing }], targeted: [], untargeted: [] };
  }
  const problems: TargetsProblem[] = [];
  const persons = new Map<string, PersonRow>();
  const levels = new Map<string, LevelRow>();
  values.slice(1).forEach((cells, i) => {
    const row = headerRow + 1 + i;
    const person = cellText(cells[at.person!]);
    const level = at.level === undefined ? "" : cellText(cells[at.level]);
    const read = targetOf(cells[at.target!]);
    const bad = typeof read === "object";
    const target = bad ? undefined : read;
    if (person === "" && level === "" && read === undefined) return; // a blank row
    if (bad) problems.push({ code: "bad-target", row, value: read.bad });
    if (person !== "") {
      const earlier = persons.get(person);
      if (earlier) {
        problems.push({ code: "person-twice", row, person, first: earlier.row });
        earlier.void = true;
      } else persons.set(person, { row, level, target, void: bad });
    } else if (level !== "") {
      const earlier = levels.get(level);
      if (earlier) {
        problems.push({ code: "level-twice", row, level, first: earlier.row });
        earlier.void = true;
      } else {
        if (read === undefined) problems.push({ code: "level-no-target", row, level });
        levels.set(level, { row, target, void: bad });
      }
    } else if (!bad) problems.push({ code: "target-no-owner", row });
  });

  const levelTargets: Record<string, number> = {};
  for (const [level, entry] of levels) {
    if (!entry.void && entry.target !== undefined) levelTargets[level] = entry.target;
  }
  const targets: Record<string, { target?: number; level?: string }> = {};
  const targeted: TargetsTable["targeted"] = [];
  const untargeted: string[] = [];
  for (const [person, entry] of persons) {
    if (entry.void) continue;
    if (entry.target !== undefined) {
      targets[person] = { target: entry.target };
      targeted.push({ person, row: entry.row, target: entry.target });
    } else if (entry.level !== "") {
      const target = levelTargets[entry.level];
      if (target !== undefined) {
        targets[person] = { level: entry.level };
        targeted.push({ person, row: entry.row, target, level: entry.level });
      } else if (!levels.has(entry.level)) {
        problems.push({ code: "level-not-found", row: entry.row, person, level: entry.level });
      }
      // A level whose own row has a problem is named by that problem: the person waits for it to be fixed.
    } else untargeted.push(person);
  }
  problems.sort((a, b) => ("row" in a ? a.row : 0) - ("row" in b ? b.row : 0));
  return { targets: { persons: targets, levels: levelTargets }, problems, targeted, untargeted };
}
