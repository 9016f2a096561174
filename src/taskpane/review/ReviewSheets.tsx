// "To a sheet": the Review tab's views written into the workbook for the Friday meeting and for readers without the
// add-in: the review pack of one team's week (printable), a report sheet of the filter (tables and native charts),
// and a values copy of the evaluations (no RUBRIC formula), on a sheet or as a new workbook. The writers load on the
// first click, not with the tab.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Failure, Outcome } from "../../app/use-case";
import { ReviewData, periodKey } from "../../rubric/review";
import { FailureBar } from "../FailureBar";
import { useSession } from "../session";
import { PeriodChoice, periodOfChoice } from "./periodChoice";
import { useReviewTexts } from "./texts";
import type { NameFilter } from "./useReview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface Props {
  data: ReviewData;
  period: PeriodChoice;
  names: NameFilter;
}

type Action = "pack" | "report" | "values" | "workbook";

/** The filter's period as the writers take it ("2026-W05", "2026-03", "2026-03-02..2026-03-08"); undefined for all
 * dates or a range that cannot be read (the views then cover every date, and so does the report). */
function periodText(period: PeriodChoice): string | undefined {
  try {
    const chosen = periodOfChoice(period);
    return chosen && periodKey(chosen);
  } catch {
    return undefined;
  }
}

export function ReviewSheets({ data, period, names }: Props) {
  const styles = useStyles();
  const { t } = useReviewTexts();
  const session = useSession();
  const [busy, setBusy] = useState<Action | null>(null);
  const [done, setDone] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const week = period.kind === "week" ? period.key : undefined;
  const team = names.team;

  async function run<T>(action: Action, write: () => Promise<Outcome<T>>, said: (value: T) => string) {
    setBusy(action);
    setDone("");
    const outcome = await write();
    setBusy(null);
    if (outcome.ok) {
      setDone(said(outcome.value));
      setFailure(null);
    } else setFailure(outcome.failure);
  }
  const written = (report: { sheet: string; refreshed: boolean }) =>
    t(report.refreshed ? "review.sheets.refreshed" : "review.sheets.written", { sheet: report.sheet });

  const writePack = () =>
    run(
      "pack",
      async () => {
        const { writeReviewPack } = await import("../../app/write-review-pack");
        return writeReviewPack(session, { data, team: team!, week: week!, locale: navigator.language });
      },
      written,
    );
  const writeReport = () =>
    run(
      "report",
      async () => {
        const { writeReviewReport } = await import("../../app/write-review-report");
        return writeReviewReport(session, { data, period: periodText(period), ...names });
      },
      written,
    );
  const shareValues = () =>
    run(
      "values",
      async () => {
        const { shareValuesCopy } = await import("../../app/share-values-copy");
        return shareValuesCopy(session);
      },
      (copy) => t("review.sheets.copied", { count: copy.rows, sheet: copy.sheet }),
    );
  // The same copy as a new workbook (Excel.createWorkbook); where this Excel cannot, the failure says to use the
  // sheet copy beside it.
  const shareWorkbook = () =>
    run(
      "workbook",
      async () => {
        const { shareValuesWorkbook } = await import("../../app/share-values-workbook");
        return shareValuesWorkbook(session);
      },
      (copy) => t("review.sheets.opened", { count: copy.rows }),
    );

  return (
    <section className={styles.root} aria-labelledby="review-sheets-heading">
      <h3 id="review-sheets-heading">{t("review.sheets.heading")}</h3>
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={busy !== null || week === undefined || team === undefined}
          aria-describedby={week === undefined || team === undefined ? "review-pack-needs" : undefined}
          onClick={() => void writePack()}
        >
          {t("review.sheets.pack")}
        </Button>
        <Button size="small" disabled={busy !== null} onClick={() => void writeReport()}>
          {t("review.sheets.report")}
        </Button>
        <Button
          size="small"
          disabled={busy !== null}
          title={t("review.sheets.valuesHint")}
          onClick={() => void shareValues()}
        >
          {t("review.sheets.values")}
        </Button>
        <Button
          size="small"
          disabled={busy !== null}
          title={t("review.sheets.valuesHint")}
          onClick={() => void shareWorkbook()}
        >
          {t("review.sheets.workbook")}
        </Button>
      </div>
      {(week === undefined || team === undefined) && (
        <Caption1 id="review-pack-needs">{t("review.sheets.packNeeds")}</Caption1>
      )}
      <Caption1 role="status" data-testid="review-sheets-status">
        {done}
      </Caption1>
      {failure && <FailureBar failure={failure} onDismiss={() => setFailure(null)} />}
    </section>
  );
}
