// The histogram of totals before and after, on the tried rubric's scale, with the band edges named under it. Drawn
// by @fluentui/react-charts (keyboard and screen-reader support, Office theme); this module is in the what-if chunk.
import { Caption1 } from "@fluentui/react-components";
import { GroupedVerticalBarChart } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { WhatIfSummary } from "../../rubric/whatif";
import { useWhatIfTexts } from "./texts";

const HEIGHT = 180;

export function DistributionChart({ summary, width }: { summary: WhatIfSummary; width: number }) {
  const { t } = useWhatIfTexts();
  const { bins, before, after, edges } = summary;
  const beforeLabel = t("whatif.chart.before");
  const afterLabel = t("whatif.chart.after");
  const data = useMemo(
    () =>
      before.histogram.map((count, k) => {
        const from = bins.from + k * bins.width;
        return {
          name: t("whatif.chart.bin", { from: round(from), to: round(from + bins.width) }),
          series: [
            { key: "before", data: count, legend: beforeLabel, color: tokens.colorNeutralStroke1Hover },
            { key: "after", data: after.histogram[k], legend: afterLabel, color: tokens.colorBrandBackground },
          ],
        };
      }),
    [before.histogram, after.histogram, bins, beforeLabel, afterLabel, t],
  );
  const sameEdges = edges.before.join() === edges.after.join();
  return (
    <section aria-labelledby="whatif-chart">
      <h3 id="whatif-chart">{t("whatif.chart.heading")}</h3>
      <div
        data-testid="whatif-histogram"
        data-after={after.histogram.join(",")}
        data-before={before.histogram.join(",")}
      >
        <GroupedVerticalBarChart
          data={data}
          width={width}
          height={HEIGHT}
          hideLegend={false}
          chartTitle={t("whatif.chart.heading")}
          barWidth="auto"
          xAxisInnerPadding={0.1}
        />
      </div>
      <Caption1>
        {sameEdges
          ? t("whatif.chart.edges", { edges: edges.after.join(", ") })
          : t("whatif.chart.edgesChanged", { before: edges.before.join(", "), after: edges.after.join(", ") })}
      </Caption1>
    </section>
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
