// The scored rows a payload export left out, each by the row number Excel shows and what to fix there, in the pane's
// language (the format gives codes and parameters: src/formats/ecology/row-problem.ts). A warning when the other rows
// were exported; an error when none was.
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useExportTexts } from "./texts";
import type { RefusedEvaluation } from "../../app/export-rubric";
import type { PayloadRowProblem } from "../../formats/ecology/row-problem";
import { languageOf } from "../i18n";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { engineText } from "../../rubric/vocabulary/messages";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface RefusedRowsProps {
  refused: readonly RefusedEvaluation[];
  /** How many payloads the other rows gave (0: nothing was produced). */
  produced: number;
}

export function RefusedRows({ refused, produced }: RefusedRowsProps) {
  const styles = useStyles();
  const { t, i18n } = useExportTexts();
  if (refused.length === 0) return null;
  // A field is named as the sheet's header names it, in the pane's language: one word for one column.
  const language = languageOf(i18n.language);
  const columns = SHEET_VOCABULARY[language].evaluations;
  const text = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const describe = (p: PayloadRowProblem): string => {
    // The engine's own refusals are worded by its message pack, in the pane's language.
    if (p.problem === "score" || p.problem === "band") return engineText(p.reason, language);
    const { problem, ...parameters } = p;
    const field = "field" in p ? { field: columns[p.field] } : {};
    return text(`export.rowProblem.${problem}`, { ...parameters, ...field });
  };
  return (
    <MessageBar intent={produced > 0 ? "warning" : "error"} layout="multiline">
      <MessageBarBody>
        {produced > 0
          ? t("export.refusedSome", { count: refused.length, produced })
          : t("export.refusedAll", { count: refused.length })}
        <ul className={styles.list} aria-label={t("export.refusedRows")}>
          {refused.map((r) => (
            <li key={r.sheetRow}>
              {t("export.refusedRow", {
                row: r.sheetRow,
                problems: r.problems.map(describe).join(t("export.listSeparator")),
              })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
