// Data validation for score cells: a list of the level points (plus NA where allowed) where the criterion has
// levels, otherwise a decimal from 0 to max; with NA allowed and no levels, a custom formula accepting both.
// Excel caps a list source at 255 characters: a longer level list falls back to a number range (whole numbers when
// every level is one), and the levels go into the input message shown when the cell is selected.
import { Criterion } from "../rubric/model";
import { NA } from "../rubric/value";

export type ScoreRule = Excel.DataValidationRule;

// Excel's limits on data validation text ([MS-OI29500] 2.1.613): list source and input message 255 characters,
// titles 32, error message 224.
export const LIST_SOURCE_MAX = 255;
const PROMPT_MAX = 255;
const TITLE_MAX = 32;
const ERROR_MAX = 224;

const listItems = (criterion: Criterion) => [
  ...(criterion.levels ?? []).map((l) => String(l.points)),
  ...(criterion.allowNA ? [NA] : []),
];

/** The list source for a criterion's levels, or undefined where it has none or they do not fit Excel's list. */
function levelSource(criterion: Criterion): string | undefined {
  if ((criterion.levels ?? []).length === 0) return undefined;
  const source = listItems(criterion).join(",");
  return source.length <= LIST_SOURCE_MAX ? source : undefined;
}

/** `items` joined with ", ", or as many from the start as fit in `room` followed by "…" and the last one. */
function fitList(items: string[], room: number): string {
  const all = items.join(", ");
  if (all.length <= room) return all;
  const tail = `, …, ${items[items.length - 1]}`;
  let head = items[0];
  for (const item of items.slice(1, -1)) {
    if (head.length + 2 + item.length + tail.length > room) break;
    head += `, ${item}`;
  }
  return head + tail;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** `firstCell`: the relative A1 address of the range's top-left cell (custom formulas are relative to it). */
export function scoreValidationRule(criterion: Criterion, firstCell: string): ScoreRule {
  const source = levelSource(criterion);
  if (source !== undefined) return { list: { inCellDropDown: true, source } };
  if (criterion.allowNA) {
    const x = firstCell;
    return {
      custom: {
        formula: `=OR(AND(ISNUMBER(${x}),${x}>=0,${x}<=${criterion.max}),UPPER(TRIM(${x}))="NA",UPPER(TRIM(${x}))="N/A")`,
      },
    };
  }
  const levels = criterion.levels ?? [];
  // Levels too many for a list: whole numbers where every level (and the maximum) is one.
  const whole = levels.length > 0 && [criterion.max, ...levels.map((l) => l.points)].every(Number.isInteger);
  const range = { formula1: 0, formula2: criterion.max, operator: "Between" as const };
  return whole ? { wholeNumber: range } : { decimal: range };
}

/** The input message listing the levels, where they are too many for a list rule; otherwise undefined. */
export function scoreValidationPrompt(criterion: Criterion): Excel.DataValidationPrompt | undefined {
  const levels = criterion.levels ?? [];
  if (levels.length === 0 || levelSource(criterion) !== undefined) return undefined;
  const prefix = `Levels (${levels.length}): `;
  const na = criterion.allowNA ? ", or NA" : "";
  const points = levels.map((l) => String(l.points));
  return {
    showPrompt: true,
    title: clip(criterion.id, TITLE_MAX),
    message: prefix + fitList(points, PROMPT_MAX - prefix.length - na.length) + na,
  };
}

export function scoreValidationMessage(criterion: Criterion): Excel.DataValidationErrorAlert {
  const levels = criterion.levels ?? [];
  const prefix = `${criterion.id}: `;
  const na = criterion.allowNA ? ", or NA" : "";
  // A level list where the rule is one; a range rule accepts any number from 0 to max, and says so.
  const allowed =
    levelSource(criterion) !== undefined
      ? fitList(
          levels.map((l) => String(l.points)),
          ERROR_MAX - prefix.length - na.length,
        )
      : `a number from 0 to ${criterion.max}`;
  return {
    showAlert: true,
    style: "Stop",
    title: clip(criterion.id, TITLE_MAX),
    message: clip(prefix + allowed + na, ERROR_MAX),
  };
}

/** Queues the rule on a range (no sync). Clears an existing rule first: Excel refuses to set over one. */
export function applyScoreValidation(range: Excel.Range, criterion: Criterion, firstCell: string): void {
  range.dataValidation.clear();
  range.dataValidation.rule = scoreValidationRule(criterion, firstCell);
  range.dataValidation.errorAlert = scoreValidationMessage(criterion);
  const prompt = scoreValidationPrompt(criterion);
  if (prompt) range.dataValidation.prompt = prompt;
}
