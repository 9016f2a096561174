// The words of the report sheets (review pack, review report, what-if sheet, values copy), per language. Apart from
// the sheet vocabulary so that only the report writers (loaded on demand) carry them: the custom functions and the
// pane's first screen read the sheet vocabulary and need none of these.
import { Language } from "../../language";
import { en } from "./en";
import { ReportWords } from "./types";
import { zh } from "./zh";

export type { ReportWords } from "./types";

export const REPORT_WORDS: Readonly<Record<Language, ReportWords>> = { en, zh };
