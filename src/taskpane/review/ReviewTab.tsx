// The Review tab: the Friday review of a team's week and the promotion points, computed in the pane from the
// evaluations store (read once; every view is rebuilt in memory when a filter changes, no sync), and the card of
// the evaluation selected in the sheet for the reviewer's sign-off.
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { EvaluationRecord } from "../../app/read-evaluations";
import type { RubricState } from "../../app/rubric-state";
import type { VersionsView } from "../../app/versions-view";
import { Rubric } from "../../rubric/model";
import { LeftOut } from "../../rubric/review";
import { EvaluationsStore } from "../evaluations/store";
import { EvaluationsGate } from "../evaluations/EvaluationsGate";
import { languageOf } from "../i18n";
import { useWidth } from "../whatif/useWidth";
import { CardView } from "./CardView";
import { LedgerView } from "./LedgerView";
import { ProfileList } from "./ProfileList";
import { ReviewFilters } from "./ReviewFilters";
import { ReviewSheets } from "./ReviewSheets";
import { SummaryTable } from "./SummaryTable";
import { TrendChart } from "./TrendChart";
import { pointsText } from "./format";
import { useReviewTexts } from "./texts";
import { useReview } from "./useReview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

interface Props {
  rubric: RubricState | undefined;
  evaluations: EvaluationsStore;
}

export function ReviewTab({ rubric, evaluations }: Props) {
  const { t } = useReviewTexts();
  // The selection follows the sheet only while a tab shows the evaluations: where it is now, for the card.
  useEffect(() => {
    void evaluations.refreshSelection();
  }, [evaluations]);
  const texts = {
    noRubric: t("review.noRubric"),
    loading: t("review.loading"),
    readFailed: t("review.readFailed"),
    empty: t("review.empty"),
  };
  return (
    <EvaluationsGate rubric={rubric} evaluations={evaluations} texts={texts}>
      {({ records, selectedRows, draft, rubric: state }) => (
        <ReviewView records={records} selectedRows={selectedRows} draft={draft} versions={state.versions} />
      )}
    </EvaluationsGate>
  );
}

interface ViewProps {
  records: EvaluationRecord[];
  selectedRows: number[];
  draft: Rubric;
  versions: VersionsView | undefined;
}

function ReviewView({ records, selectedRows, draft, versions }: ViewProps) {
  const styles = useStyles();
  const { t, i18n } = useReviewTexts();
  const state = useReview(records, draft, versions);
  const chartBox = useRef<HTMLDivElement>(null);
  const width = useWidth(chartBox);
  const language = languageOf(i18n.language);
  const decimals = draft.settings.decimals;
  const { review, names } = state;
  const leftOutText = (counts: Pick<LeftOut, "unscored" | "errors" | "undated">) =>
    (["unscored", "errors", "undated"] as const)
      .filter((k) => counts[k] > 0)
      .map((k) => t(`review.leftOut.${k}`, { count: counts[k] }))
      .join(", ");
  const overall = review?.summaries.overall;
  return (
    <div className={styles.root}>
      <Caption1>{t("review.intro")}</Caption1>
      <ReviewFilters
        choices={state.choices}
        period={state.period}
        onPeriod={state.setPeriod}
        names={names}
        onNames={state.setNames}
        periodProblem={state.periodProblem}
      />
      {!review ? (
        <Body1 role="alert">{t("review.failed", { reason: state.problem ?? "" })}</Body1>
      ) : (
        <>
          <div role="status" data-testid="review-summary">
            <Body1>
              {overall!.evaluations === 0
                ? t("review.summary.none")
                : t("review.summary.overall", { count: overall!.evaluations, points: pointsText(overall!.points) })}
            </Body1>
            {review.leftOut.rows.length > 0 && (
              <Caption1 data-testid="review-left-out">
                {" "}
                {t("review.leftOut.label", { list: leftOutText(review.leftOut) })}
              </Caption1>
            )}
          </div>
          {state.data && <ReviewSheets data={state.data} period={state.period} names={names} />}
          {overall!.evaluations > 0 && (
            <>
              <SummaryTable kind="persons" groups={review.summaries.persons} decimals={decimals} />
              <SummaryTable kind="teams" groups={review.summaries.teams} decimals={decimals} />
              <ProfileList
                profile={review.profile}
                scope={names.person ?? names.team ?? t("review.profile.everyone")}
              />
            </>
          )}
          <div ref={chartBox}>
            <TrendChart
              trend={review.trend}
              rescored={review.rescored}
              versions={state.versions}
              rescoreUnder={state.rescoreUnder}
              onRescore={state.setRescoreUnder}
              decimals={decimals}
              width={width}
              leftOutText={leftOutText}
            />
          </div>
          <LedgerView
            ledger={review.ledger}
            target={state.target}
            onTarget={state.setTarget}
            targetProblem={state.targetProblem}
            targets={state.targets}
            person={names.person}
            decimals={decimals}
          />
        </>
      )}
      {state.data && (
        <CardView records={records} selectedRows={selectedRows} versions={state.data.versions} language={language} />
      )}
    </div>
  );
}
