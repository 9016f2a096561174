import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { bandLabel } from "../../rubric/bands";
import { Band } from "../../rubric/model";
import type { ProblemView } from "../../app/rubric-state";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "start",
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInlineEnd: tokens.spacingHorizontalS,
    verticalAlign: "top",
  },
  head: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/** The bands: from, points, label (or range), each row with its problems. */
export function BandList({ bands, problems }: { bands: readonly Band[]; problems: readonly ProblemView[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <table className={styles.table} aria-label={t("rubric.bands")}>
      <thead>
        <tr>
          <th className={`${styles.cell} ${styles.head}`}>{t("rubric.bandRange")}</th>
          <th className={`${styles.cell} ${styles.head}`}>{t("rubric.bandPoints")}</th>
          <th className={`${styles.cell} ${styles.head}`}>{t("rubric.bandLabel")}</th>
        </tr>
      </thead>
      <tbody>
        {bands.map((band, i) => {
          const own = problems.filter((p) => p.bandIndex === i);
          return (
            <tr key={i} data-band={i}>
              <td className={styles.cell}>{band.from === null ? t("rubric.noLowerLimit") : String(band.from)}</td>
              <td className={styles.cell}>{String(band.points)}</td>
              <td className={styles.cell}>
                <Caption1>{safeLabel(bands, i)}</Caption1>
                <ProblemList problems={own} label={t("rubric.generalProblems")} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function safeLabel(bands: readonly Band[], i: number): string {
  try {
    return bandLabel(bands, i);
  } catch {
    return "";
  }
}
