// The Changes cell of a version on the versions sheet, in the sheet's language.
import { ClassifiedChange } from "../rubric/diff";
import { Language } from "../rubric/language";

export function changesSummary(changes: readonly ClassifiedChange[], language: Language): string {
  const scoring = changes.filter((c) => c.impact === "scoring").length;
  return language === "zh"
    ? `${scoring} 项计分变更，${changes.length - scoring} 项文字变更`
    : `${scoring} scoring, ${changes.length - scoring} text`;
}
