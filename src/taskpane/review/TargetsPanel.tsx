// Where the ledger's targets come from: the workbook's points targets table (its sheet, a Refresh after editing it,
// its problems row by row), or, without one, "Set up targets" and a target typed for everyone meanwhile. The table
// wins when it is there. Problems are listed as an alert: a row with one is not used, never guessed.
import { Body1, Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { TargetsProblem } from "../../rubric/review";
import { FailureBar } from "../FailureBar";
import { useTargetTexts } from "./targetTexts";
import { useReviewTexts } from "./texts";
import type { LedgerTargets } from "./useReview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

interface Props {
  targets: LedgerTargets;
  /** The target typed for everyone, used only without a table. */
  target: string;
  onTarget: (target: string) => void;
  targetProblem: boolean;
}

export function TargetsPanel({ targets, target, onTarget, targetProblem }: Props) {
  const styles = useStyles();
  const { t } = useReviewTexts();
  const tt = useTargetTexts();
  const { table, busy } = targets;
  const problemText = (problem: TargetsProblem): string => {
    if (problem.code === "missing-columns") {
      const columns = problem.columns.map((c) => tt(`columns.${c}`)).join(", ");
      return tt("problem.missing-columns", { columns });
    }
    return tt(`problem.${problem.code}`, { ...problem });
  };
  return (
    <div className={styles.root} data-testid="review-targets">
      {table.kind === "reading" && <Caption1 role="status">{tt("reading")}</Caption1>}
      {table.kind === "table" && (
        <>
          <div className={styles.line}>
            <Body1 data-testid="review-targets-source">{tt("from", { sheet: table.read.sheet })}</Body1>
            <Button size="small" onClick={targets.refresh} disabled={busy} title={tt("refreshHint")}>
              {tt("refresh")}
            </Button>
          </div>
          {/* Where to type them, until the table holds a target. */}
          {targets.madeSheet === table.read.sheet && table.read.targeted.length === 0 && (
            <Caption1 role="status">{tt("made", { sheet: table.read.sheet })}</Caption1>
          )}
          {table.read.targeted.length > 0 ? (
            <Caption1>{tt("count", { count: table.read.targeted.length })}</Caption1>
          ) : (
            <Caption1>{tt("emptyTable", { sheet: table.read.sheet })}</Caption1>
          )}
          {table.read.targeted.length > 0 && table.read.untargeted.length > 0 && (
            <Caption1>{tt("untargeted", { count: table.read.untargeted.length })}</Caption1>
          )}
          {table.read.problems.length > 0 && (
            <div role="alert" data-testid="review-targets-problems">
              <Caption1>{tt("problems", { count: table.read.problems.length })}</Caption1>
              <ul className={styles.problems}>
                {table.read.problems.map((problem, i) => (
                  <li key={i}>
                    <Caption1>{problemText(problem)}</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {table.kind === "failed" && <FailureBar failure={table.failure} onRetry={busy ? undefined : targets.refresh} />}
      {targets.setUpFailure && <FailureBar failure={targets.setUpFailure} />}
      {table.kind === "none" && (
        <>
          <div className={styles.line}>
            <Body1>{tt("none")}</Body1>
            <Button size="small" appearance="primary" onClick={targets.setUp} disabled={busy}>
              {tt("setUp")}
            </Button>
          </div>
          <Caption1>{tt("setUpHint")}</Caption1>
        </>
      )}
      {targets.typedApplies && (
        <Field
          label={t("review.ledger.target")}
          hint={tt("targetHint")}
          size="small"
          validationState={targetProblem ? "error" : "none"}
          validationMessage={targetProblem ? t("review.ledger.badTarget") : undefined}
        >
          <Input size="small" inputMode="decimal" value={target} onChange={(_, d) => onTarget(d.value)} />
        </Field>
      )}
    </div>
  );
}
