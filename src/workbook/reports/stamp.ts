// The stamp every report sheet carries under its title: when it was made and from what (period, filters, the rubric
// versions involved), one label and value per line, so that a printed or copied sheet says what it shows.
import { ReportWords } from "../../rubric/vocabulary";
import { ReportGrid, ReportValue } from "./report-grid";

export type StampLine = [keyof ReportWords["stamp"], ReportValue];

/** Writes the stamp lines; a blank value is the open filter ("All"). */
export function stamp(grid: ReportGrid, words: ReportWords, lines: readonly StampLine[]): void {
  for (const [label, value] of lines) {
    grid.line(words.stamp[label], value === null || value === "" ? words.stamp.all : value);
  }
}

/** Version numbers as a list: "1, 2". */
export const versionList = (versions: Iterable<number>): string =>
  [...new Set(versions)].sort((a, b) => a - b).join(", ");
