// What the reader of an export must know before taking it: the draft is unpublished, the rubric (or the version) is
// not final, the working tables have problems, or the export itself found some.
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useExportTexts } from "./texts";
import type { ProblemView } from "../../app/rubric-state";
import type { Rubric } from "../../rubric/model";
import { ProblemList } from "../rubric/ProblemList";
import type { ExportProblem } from "../../app/export-rubric";
import { useProblemText } from "./problem-text";

const useStyles = makeStyles({
  // A problem quotes what was typed (a field name, a table name): a long one wraps rather than widen the pane.
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface ExportWarningsProps {
  /** The working draft's version number when the export is of the unpublished draft. */
  unpublished?: number;
  status: Rubric["status"];
  /** An older version, not the latest: its number (its status is the one it was published with). */
  olderVersion?: number;
  /** The working tables' problems, when they refuse the export. */
  sheetProblems?: readonly ProblemView[];
  /** The export's own problems (nothing was produced): a format's own words, or a mapping problem's code. */
  problems?: readonly ExportProblem[];
}

export function ExportWarnings({ unpublished, status, olderVersion, sheetProblems, problems }: ExportWarningsProps) {
  const styles = useStyles();
  const { t } = useExportTexts();
  const describe = useProblemText();
  return (
    <>
      {unpublished !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("export.unpublished", { version: unpublished })}</MessageBarBody>
        </MessageBar>
      )}

      {status !== "final" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {olderVersion !== undefined
              ? t("export.versionNotFinal", { version: olderVersion, status: t(`rubric.status.${status}`) })
              : t("export.notFinal", { status: t(`rubric.status.${status}`) })}
          </MessageBarBody>
        </MessageBar>
      )}

      {sheetProblems && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("export.invalid")}
            <ProblemList problems={sheetProblems} label={t("rubric.generalProblems")} />
          </MessageBarBody>
        </MessageBar>
      )}

      {problems && problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("export.problems")}
            <ul className={styles.problems} aria-label={t("rubric.generalProblems")}>
              {problems.map((p, i) => (
                <li key={i}>{describe(p)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
