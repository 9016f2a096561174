// The what-if's period as its filters hold it (all, this week, this month, a date range whose ends may be blank) and
// as the domain takes it (src/rubric/period's Period, as the review's): this week and this month are the reviewer's,
// around their local today.
import { DateInput } from "../../rubric/calendar";
import { Period, periodAround, rangeOf } from "../../rubric/period";
import { WhatIfFilter } from "../../rubric/whatif";

export type WhatIfPeriodChoice =
  | { kind: "all" }
  | { kind: "week" }
  | { kind: "month" }
  /** yyyy-mm-dd texts as the date inputs give them; a blank or absent end is open. */
  | { kind: "range"; from?: string; to?: string };

/** The filters as the pane holds them: the domain's, with the period as chosen. */
export type WhatIfFilterChoice = Omit<WhatIfFilter, "period"> & { period?: WhatIfPeriodChoice };

/** Today as YYYY-MM-DD in the reviewer's time zone: "this week" and "this month" are theirs. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The domain period of a choice (undefined: every evaluation). Throws naming a range end that is no date. */
export function periodOfChoice(choice: WhatIfPeriodChoice | undefined, today: DateInput): Period | undefined {
  if (choice === undefined || choice.kind === "all") return undefined;
  if (choice.kind === "range") return rangeOf(choice.from, choice.to);
  return periodAround(choice.kind, today);
}

/** The domain filter of the filters as chosen. */
export function filterOfChoice(choice: WhatIfFilterChoice, today: DateInput): WhatIfFilter {
  const { period, ...names } = choice;
  const chosen = periodOfChoice(period, today);
  return chosen === undefined ? names : { ...names, period: chosen };
}
