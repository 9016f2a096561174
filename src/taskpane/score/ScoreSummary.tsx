import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Summary } from "./summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  figures: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", margin: 0 },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Total, points and band as the sheet will show them; errors as the cell's error and message. */
export function ScoreSummary({ summary }: { summary: Summary }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const cellError = (error: string, message: string) => t("score.cellError", { error, message });

  let total = "";
  let points = "";
  let band = "";
  let note: string | null = null;
  let isError = false;
  if (summary.status === "blank") {
    note = t("score.blank");
  } else if (summary.status === "error") {
    total = summary.error;
    points = summary.error;
    band = summary.error;
    note = cellError(summary.error, summary.message);
    isError = true;
  } else {
    total = summary.text;
    if ("error" in summary.band) {
      points = summary.band.error;
      band = summary.band.error;
      note = cellError(summary.band.error, summary.band.message);
      isError = true;
    } else {
      points = String(summary.band.points);
      band = summary.band.label;
    }
    if (summary.failedGate) note = t("score.failedGate", { id: summary.failedGate });
  }

  return (
    <div className={styles.root} role="status" aria-live="polite" aria-label={t("score.summary")}>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt className={styles.term}>{t("score.total")}</dt>
          <dd className={styles.value} data-testid="total">
            <Text size={500} weight="semibold">
              {total}
            </Text>
          </dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.term}>{t("score.points")}</dt>
          <dd className={styles.value} data-testid="points">
            <Text size={500}>{points}</Text>
          </dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.term}>{t("score.band")}</dt>
          <dd className={styles.value} data-testid="band">
            <Text size={500}>{band}</Text>
          </dd>
        </div>
      </dl>
      {note && (
        <Caption1 className={isError ? styles.error : undefined} data-testid="summary-note">
          {note}
        </Caption1>
      )}
    </div>
  );
}
