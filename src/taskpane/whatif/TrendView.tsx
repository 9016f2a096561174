// The trend under one rubric: every evaluation re-scored under one chosen version (or the working draft), month by
// month beside the totals as awarded, so a manager can tell how much of a shift came from people (the line under
// one rubric moves) and how much from the rubric (the awarded line moves apart from it).
import { Caption1, Field, Select, tokens } from "@fluentui/react-components";
import { LineChart } from "@fluentui/react-charts";
import { useMemo, useState } from "react";
import { Rubric } from "../../rubric/model";
import { EvaluationData, Scores, scoreUnder, trend } from "../../rubric/whatif";
import { fixed } from "./format";
import { useTableStyles } from "../tableStyles";
import { VersionOptions } from "./VersionOptions";
import { useWhatIfTexts } from "./texts";

interface Props {
  data: EvaluationData;
  awarded: Scores;
  rows: Int32Array;
  draft: Rubric;
  versions: Rubric[];
  width: number;
}

export function TrendView({ data, awarded, rows, draft, versions, width }: Props) {
  const styles = useTableStyles();
  const { t } = useWhatIfTexts();
  const latest = versions.reduce<number | null>((a, v) => (a === null || v.version > a ? v.version : a), null);
  const [choice, setChoice] = useState<string>(latest === null ? "draft" : String(latest));
  const rubric = choice === "draft" ? draft : (versions.find((v) => String(v.version) === choice) ?? draft);
  const under = useMemo(() => scoreUnder(data, rubric), [data, rubric]);
  const history = useMemo(() => trend(awarded, under, rows), [awarded, under, rows]);
  const decimals = rubric.settings.decimals;
  const awardedLabel = t("whatif.trend.awarded");
  const underLabel = t("whatif.trend.under");
  const chart = useMemo(() => {
    const point = (month: string, mean: number | null) => ({ x: new Date(`${month}-01T00:00:00Z`), y: mean ?? 0 });
    const dated = history.months.filter((m) => m.awarded.mean !== null && m.under.mean !== null);
    return {
      chartTitle: t("whatif.trend.heading"),
      lineChartData: [
        {
          legend: awardedLabel,
          data: dated.map((m) => point(m.month, m.awarded.mean)),
          color: tokens.colorNeutralForeground3,
        },
        {
          legend: underLabel,
          data: dated.map((m) => point(m.month, m.under.mean)),
          color: tokens.colorBrandForeground1,
        },
      ],
    };
  }, [history, awardedLabel, underLabel, t]);
  return (
    <section aria-labelledby="whatif-trend">
      <h3 id="whatif-trend">{t("whatif.trend.heading")}</h3>
      <Field label={t("whatif.trend.under")} size="small">
        <Select size="small" value={choice} onChange={(_, d) => setChoice(d.value)}>
          <option value="draft">{t("whatif.tried.draft")}</option>
          <VersionOptions versions={versions.map((v) => v.version)} />
        </Select>
      </Field>
      {history.months.length === 0 ? (
        <Caption1>{t("whatif.trend.none")}</Caption1>
      ) : (
        <>
          {history.months.length > 1 && <LineChart data={chart} width={width} height={180} />}
          <div className={styles.scroll}>
            <table className={styles.table} data-testid="whatif-trend">
              <thead>
                <tr>
                  <th scope="col" className={styles.cell}>
                    {t("whatif.trend.month")}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {t("whatif.trend.count")}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {awardedLabel}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {underLabel}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.months.map((m) => (
                  <tr key={m.month} data-month={m.month}>
                    <th scope="row" className={styles.cell}>
                      {m.month}
                    </th>
                    <td className={styles.cell}>{m.awarded.evaluations}</td>
                    <td className={styles.cell}>{fixed(m.awarded.mean, decimals)}</td>
                    <td className={styles.cell}>{fixed(m.under.mean, decimals)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {history.undated > 0 && <Caption1>{t("whatif.trend.undated", { count: history.undated })}</Caption1>}
        </>
      )}
    </section>
  );
}
