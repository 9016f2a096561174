import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Criterion } from "../../rubric/model";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  track: {
    flexGrow: 1,
    height: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: "hidden",
  },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  other: { color: tokens.colorNeutralForeground2 },
});

/** A score criterion's share of the score as a bar; bonus, penalty and gate criteria say what they do instead. */
export function WeightShare({ criterion, scoreWeight }: { criterion: Criterion; scoreWeight: number }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  if (criterion.kind !== "score") {
    return (
      <Caption1 className={styles.other}>
        {t(`rubric.kind.${criterion.kind}`)} · {t(`rubric.kindDetail.${criterion.kind}`, { weight: criterion.weight })}
      </Caption1>
    );
  }
  if (!(scoreWeight > 0) || !Number.isFinite(criterion.weight) || criterion.weight < 0) return null;
  const share = criterion.weight / scoreWeight;
  const text = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 }).format(share);
  return (
    <div className={styles.root}>
      <div
        className={styles.track}
        role="meter"
        aria-label={t("rubric.shareBar")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 1000) / 10}
        aria-valuetext={text}
      >
        <div className={styles.bar} style={{ width: `${Math.min(100, share * 100)}%` }} />
      </div>
      <Caption1>{t("rubric.share", { share: text })}</Caption1>
    </div>
  );
}
