// The monthly trend of the totals: per month the mean and the median as awarded (each evaluation under its own
// version), and, with a version chosen, the mean re-scored under it, to tell a change in the work from a change in
// the rubric. A line chart (@fluentui/react-charts, in the review's chunk) and the months as a table.
import { Caption1, Field, Select, mergeClasses, tokens } from "@fluentui/react-components";
import { LineChart } from "@fluentui/react-charts";
import type { LineChartPoints } from "@fluentui/react-charts";
import { useMemo } from "react";
import { RescoredTrend, Trend, TrendMonth } from "../../rubric/review";
import { fixed } from "./format";
import { useTableStyles } from "../tableStyles";
import { useReviewTexts } from "./texts";

const HEIGHT = 200;

interface Props {
  trend: Trend;
  rescored: RescoredTrend | undefined;
  versions: number[];
  rescoreUnder: number | undefined;
  onRescore: (version: number | undefined) => void;
  decimals: number;
  width: number;
  /** The left-out counts worded ("1 error"), for the re-scored rows. */
  leftOutText: (counts: { unscored: number; errors: number; undated: number }) => string;
}

/** The first day of the month, as the chart's x. */
const monthStart = (m: TrendMonth) =>
  m.period.kind === "month" ? new Date(Date.UTC(m.period.year, m.period.month - 1, 1)) : new Date(NaN);

function line(legend: string, months: TrendMonth[], y: (m: TrendMonth) => number | undefined, color: string) {
  const data = months.flatMap((m) => {
    const value = y(m);
    return value === undefined ? [] : [{ x: monthStart(m), y: value }];
  });
  return { legend, data, color } satisfies LineChartPoints;
}

export function TrendChart(props: Props) {
  const { trend, rescored, versions, rescoreUnder, onRescore, decimals, width, leftOutText } = props;
  const styles = useTableStyles();
  const { t } = useReviewTexts();
  const mean = t("review.trend.mean");
  const median = t("review.trend.median");
  const rescoredMean = rescored ? t("review.trend.rescoredMean", { version: rescored.version }) : "";
  const lines = useMemo(() => {
    const out = [
      line(mean, trend.months, (m) => m.mean, tokens.colorBrandBackground),
      line(median, trend.months, (m) => m.quartiles?.[1], tokens.colorPaletteDarkOrangeBorder2),
    ];
    if (rescored) out.push(line(rescoredMean, rescored.months, (m) => m.mean, tokens.colorPaletteGreenBorder2));
    return out;
  }, [trend, rescored, mean, median, rescoredMean]);
  const dated = trend.months.some((m) => m.evaluations > 0);
  const rescoredBy = new Map(rescored?.months.map((m) => [m.month, m]));
  return (
    <section aria-labelledby="review-trend">
      <h3 id="review-trend">{t("review.trend.heading")}</h3>
      {versions.length > 0 && (
        <Field label={t("review.trend.rescore")} size="small">
          <Select
            size="small"
            value={rescoreUnder === undefined ? "" : String(rescoreUnder)}
            onChange={(_, d) => onRescore(d.value === "" ? undefined : Number(d.value))}
          >
            <option value="">{t("review.trend.asAwarded")}</option>
            {versions.map((v) => (
              <option key={v} value={String(v)}>
                {t("review.trend.version", { version: v })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!dated ? (
        <Caption1>{t("review.trend.none")}</Caption1>
      ) : (
        <>
          <div data-testid="review-trend-chart">
            <LineChart
              data={{ chartTitle: t("review.trend.heading"), lineChartData: lines }}
              width={width}
              height={HEIGHT}
            />
          </div>
          <div className={styles.scroll}>
            <table className={styles.table} data-testid="review-trend">
              <thead>
                <tr>
                  <th scope="col" className={mergeClasses(styles.cell, styles.name)}>
                    {t("review.trend.month")}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {t("review.trend.evaluations")}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {mean}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {t("review.trend.middle")}
                  </th>
                  {rescored && (
                    <th scope="col" className={styles.cell}>
                      {rescoredMean}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {trend.months.map((m) => (
                  <tr key={m.month} data-month={m.month} data-mean={m.mean}>
                    <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
                      {m.month}
                    </th>
                    <td className={styles.cell}>{m.evaluations}</td>
                    <td className={styles.cell}>{fixed(m.mean, decimals)}</td>
                    <td className={styles.cell}>
                      {m.quartiles ? `${fixed(m.quartiles[0], decimals)}–${fixed(m.quartiles[2], decimals)}` : "—"}
                    </td>
                    {rescored && <td className={styles.cell}>{fixed(rescoredBy.get(m.month)?.mean, decimals)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {trend.undated > 0 && <Caption1>{t("review.trend.undated", { count: trend.undated })}</Caption1>}
      {rescored && rescored.leftOut.rows.length > 0 && (
        <Caption1>
          {t("review.trend.rescoredLeftOut", { version: rescored.version, list: leftOutText(rescored.leftOut) })}
        </Caption1>
      )}
    </section>
  );
}
