// The stamp every report sheet carries under its title: when it was made and from what (period, filters, the rubric
// versions involved), one label and value per line, so that a printed or copied sheet says what it shows.
import { ReportWords } from "../../rubric/vocabulary/report-words";
import { ReportGrid, ReportValue } from "./report-grid";

export type StampLine = [keyof ReportWords["stamp"], ReportValue];

const FILTERS = new Set<StampLine[0]>(["team", "person", "reviewer", "period"]);

/** Writes the stamp lines; a filter left blank is open ("All"). */
export function stamp(grid: ReportGrid, words: ReportWords, lines: readonly StampLine[]): void {
  for (const [label, value] of lines) {
    const blank = value === null || value === "";
    grid.line(words.stamp[label], blank && FILTERS.has(label) ? words.stamp.all : value);
  }
}

/** Version numbers as a list: "1, 2". */
export const versionList = (versions: Iterable<number>): string =>
  [...new Set(versions)].sort((a, b) => a - b).join(", ");
