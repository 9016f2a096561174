// An export problem in the pane's language: a format's own words as they are, a mapping problem's code (e-cology's
// workflow, table and field names, Camunda's ids) worded by export.mappingProblem.<problem> with its parameters.
import { useExportTexts } from "./texts";
import type { ExportProblem } from "../../app/export-rubric";

export function useProblemText(): (p: ExportProblem) => string {
  const { t } = useExportTexts();
  const text = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (p) => {
    if (typeof p === "string") return p;
    const { problem, ...parameters } = p;
    return text(`export.mappingProblem.${problem}`, parameters);
  };
}
