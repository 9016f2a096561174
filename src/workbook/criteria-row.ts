// A criterion as a row of a criteria table (the working table or a version's snapshot): each field under its header.
// Pure. Its own module: the versions' readers and writers use it without the criteria writer.
import { formatLevels } from "../rubric/levels";
import { Criterion } from "../rubric/model";
import { CriteriaColumn, kindText, yesNoText } from "../rubric/vocabulary";
import { CriteriaLayout } from "./criteria-layout";

function cellOf(criterion: Criterion, column: CriteriaColumn, layout: CriteriaLayout): unknown {
  const [yes, no] = yesNoText(layout.language);
  switch (column) {
    case "id":
      return criterion.id;
    case "label":
      return criterion.label;
    case "description":
      return criterion.description ?? "";
    case "kind":
      return kindText(layout.language, criterion.kind);
    case "weight":
      return criterion.weight;
    case "max":
      return criterion.max;
    case "allowNA":
      return criterion.allowNA ? yes : no;
    case "levels":
      return criterion.levels && criterion.levels.length > 0 ? formatLevels(criterion.levels) : "";
    case "section":
      return criterion.section ?? "";
  }
}

/** A criterion as a row of the table: each field under its header; `other[i]` in a column the rubric does not read
 * (a formula such as Share). */
export function criteriaRow(criterion: Criterion, layout: CriteriaLayout, other: readonly unknown[]): unknown[] {
  return layout.columns.map((column, i) => (column ? cellOf(criterion, column, layout) : other[i]));
}
