// The impact in a few numbers: how many evaluations, mean and median before → after, the points, and how many move
// (those that become errors called out first).
import { Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { WhatIfSummary } from "../../rubric/whatif";
import { fixed, pointsText, signed } from "./format";
import { useWhatIfTexts } from "./texts";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export function ImpactSummary({ summary, decimals }: { summary: WhatIfSummary; decimals: number }) {
  const styles = useStyles();
  const { t } = useWhatIfTexts();
  const arrow = (before: string, after: string) => t("whatif.summary.beforeAfter", { before, after });
  const { before, after, points, moved } = summary;
  const rows: [string, string][] = [
    [t("whatif.summary.mean"), arrow(fixed(before.mean, decimals), fixed(after.mean, decimals))],
    [t("whatif.summary.median"), arrow(fixed(before.median, decimals), fixed(after.median, decimals))],
    [t("whatif.summary.points"), arrow(pointsText(points.before), pointsText(points.after))],
    [
      t("whatif.summary.bandChanges"),
      t("whatif.summary.gainLose", {
        up: points.up,
        gained: signed(pointsText(points.gained), points.gained),
        down: points.down,
        lost: pointsText(points.lost),
      }),
    ],
    [t("whatif.summary.moved"), String(moved.all)],
    [t("whatif.summary.errors"), arrow(String(before.errors), String(after.errors))],
    [t("whatif.summary.unscored"), arrow(String(before.unscored), String(after.unscored))],
  ];
  return (
    <section aria-labelledby="whatif-summary">
      <h3 id="whatif-summary">
        {t("whatif.summary.heading")} ·{" "}
        <Caption1>{t("whatif.summary.evaluations", { count: summary.evaluations })}</Caption1>
      </h3>
      {moved.becomeErrors > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("whatif.summary.becomeErrors")}: {moved.becomeErrors}
          </MessageBarBody>
        </MessageBar>
      )}
      <dl
        className={styles.list}
        data-testid="whatif-summary"
        data-mean-after={after.mean ?? ""}
        data-points-after={points.after}
        data-totals-after={after.totals}
      >
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt>
              <Caption1>{label}</Caption1>
            </dt>
            <dd className={styles.value}>
              <Caption1>{value}</Caption1>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
