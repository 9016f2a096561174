import { Body1, Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { showEvaluation } from "../app/show-evaluation";
import type { Failure } from "../app/use-case";
import { FailureBar } from "./FailureBar";
import type { EvaluationView } from "../app/evaluation-view";
import type { RubricState } from "../app/rubric-state";
import type { Rubric } from "../rubric/model";
import { changesOf } from "./score/changes";
import type { EvaluationsStore } from "./evaluations/store";
import { useSuggestions } from "./score/suggestions";
import { ScoreForm } from "./score/ScoreForm";
import { useSession } from "./session";
import { Workbook } from "./useWorkbook";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Sticky: the row being scored stays named while the form scrolls under it.
  caption: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // A caption, not a Badge: the badge's package would weigh on the pane's first download for one word.
  unsaved: { color: tokens.colorStatusWarningForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** What identifies the evaluation to the reviewer: "row 5 · Zhang Wei · 2024-05-02" (第 5 行 · … in Chinese). */
function evaluationLabel(t: TFunction, view: EvaluationView): string {
  return [t("app.evaluationRow", { row: view.sheetRow }), view.person, view.date].filter((p) => p !== "").join(" · ");
}

/** The fields the reviewer changed whose cells hold a formula: a save replaces those formulas with values. */
function replacedFormulas(shown: EvaluationView | null, edited: EvaluationView): string[] {
  const changed = changesOf(shown, edited);
  return edited.formulas.filter((f) => (f === "comment" ? changed.comment !== undefined : f in (changed.values ?? {})));
}

/** The rubric an evaluation is scored under: its version's snapshot (the latest while it has none), so the live
 * total is the sheet's; the working tables while the workbook has no versions. */
function scoredUnder(state: RubricState, version: number | null): Rubric {
  const versions = state.versions;
  const wanted = version ?? versions?.latest;
  return versions?.history.versions.find((v) => v.version === wanted)?.rubric ?? state.rubric!;
}

/** The Score tab: the selected evaluation's form, or what to do when there is nothing to score. */
export function ScoreTab({ workbook, evaluations }: { workbook: Workbook; evaluations?: EvaluationsStore }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const session = useSession();
  const { rubric, evaluation, saving, busy, scoreFailure, allScored } = workbook.state;
  const [showFailure, setShowFailure] = useState<Failure | null>(null);
  const { suggestions, load: loadSuggestions } = useSuggestions(evaluations);
  if (!rubric?.rubric) return <Body1>{t("app.noRubricToScore")}</Body1>;
  return (
    <>
      {rubric.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("app.invalidRubricToScore")}</MessageBarBody>
        </MessageBar>
      )}
      {allScored && (
        <MessageBar intent="success">
          <MessageBarBody>{t("app.allScored")}</MessageBarBody>
        </MessageBar>
      )}
      {evaluation ? (
        <>
          <div className={styles.caption} data-testid="evaluation-caption">
            <Caption1>{t("app.evaluation", { label: evaluationLabel(t, evaluation) })}</Caption1>
            {workbook.unsaved && (
              <Caption1 className={styles.unsaved} data-testid="unsaved">
                {t("score.unsaved")}
              </Caption1>
            )}
            <Button
              appearance="subtle"
              size="small"
              onClick={() => {
                setShowFailure(null);
                void showEvaluation(session, evaluation.ref).then((outcome) => {
                  if (!outcome.ok) setShowFailure(outcome.failure);
                });
              }}
            >
              {t("score.showInSheet")}
            </Button>
          </div>
          {showFailure && <FailureBar failure={showFailure} onDismiss={() => setShowFailure(null)} />}
          <ScoreForm
            rubric={scoredUnder(rubric, evaluation.version)}
            values={evaluation.values}
            comment={evaluation.comment}
            fields={evaluation}
            onChange={workbook.edit}
            onFieldChange={workbook.editField}
            onSave={workbook.save}
            onSaveAndNext={workbook.saveAndNext}
            evaluationKey={evaluation.ref.key}
            focusPending={workbook.state.focusPending}
            onFocused={workbook.focused}
            suggestions={suggestions}
            onSuggest={loadSuggestions}
            onNextUnscored={() => void workbook.nextUnscored()}
            onNewEvaluation={() => void workbook.newEvaluation()}
            saving={saving}
            error={scoreFailure}
            onDismissError={workbook.dismissScoreFailure}
            replacesFormulas={replacedFormulas(workbook.state.shown, evaluation)}
          />
        </>
      ) : evaluation === undefined ? (
        <Body1>{t("app.loading")}</Body1>
      ) : (
        <>
          <Body1>{t("app.noEvaluation")}</Body1>
          {scoreFailure && <FailureBar failure={scoreFailure} onDismiss={workbook.dismissScoreFailure} />}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy} onClick={() => void workbook.newEvaluation()}>
              {t("score.newEvaluation")}
            </Button>
            <Button disabled={busy} onClick={() => void workbook.nextUnscored()}>
              {t("score.nextUnscored")}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
