// Which evaluations the impact looks at: one team, person and reviewer (or all), a period (all, this week, this
// month, a date range) and the version they were scored under. Native selects: compact at 320 px, keyboard-ready.
import { Caption1, Field, Input, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import { useFilterStyles } from "../filterStyles";
import { EvaluationData } from "../../rubric/whatif";
import { WhatIfFilterChoice, WhatIfPeriodChoice } from "./periodChoice";
import { VersionOptions } from "./VersionOptions";
import { useWhatIfTexts } from "./texts";

interface Props {
  data: EvaluationData;
  versions: number[];
  filter: WhatIfFilterChoice;
  onFilter: (filter: WhatIfFilterChoice) => void;
  problem: string | null;
}

const ANY = "";

export function WhatIfFilters({ data, versions, filter, onFilter, problem }: Props) {
  const styles = useFilterStyles();
  const { t } = useWhatIfTexts();
  const sorted = (names: readonly string[]) => [...names].filter((n) => n !== "").sort((a, b) => a.localeCompare(b));
  const teams = useMemo(() => sorted(data.team.names), [data]);
  const persons = useMemo(() => sorted(data.person.names), [data]);
  const reviewers = useMemo(() => sorted(data.reviewer.names), [data]);
  const period: WhatIfPeriodChoice = filter.period ?? { kind: "all" };
  const names = (key: "teams" | "persons" | "reviewers", label: string, options: string[]) => (
    <Field label={label} size="small" className={styles.field}>
      <Select
        size="small"
        value={filter[key]?.[0] ?? ANY}
        onChange={(_, d) => onFilter({ ...filter, [key]: d.value === ANY ? undefined : [d.value] })}
      >
        <option value={ANY}>{t("whatif.filters.any")}</option>
        {options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );
  const setPeriod = (next: WhatIfPeriodChoice) => onFilter({ ...filter, period: next });
  return (
    <section aria-labelledby="whatif-filters">
      <h3 id="whatif-filters">{t("whatif.filters.heading")}</h3>
      <div className={styles.grid}>
        {names("teams", t("whatif.filters.team"), teams)}
        {names("persons", t("whatif.filters.person"), persons)}
        {names("reviewers", t("whatif.filters.reviewer"), reviewers)}
        <Field label={t("whatif.filters.period")} size="small" className={styles.field}>
          <Select
            size="small"
            value={period.kind}
            onChange={(_, d) =>
              setPeriod(d.value === "range" ? { kind: "range" } : ({ kind: d.value } as WhatIfPeriodChoice))
            }
          >
            {(["all", "week", "month", "range"] as const).map((k) => (
              <option key={k} value={k}>
                {t(`whatif.filters.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        {period.kind === "range" && (
          <>
            <Field label={t("whatif.filters.from")} size="small" className={styles.field}>
              <Input
                size="small"
                type="date"
                value={typeof period.from === "string" ? period.from : ""}
                onChange={(_, d) => setPeriod({ ...period, from: d.value || undefined })}
              />
            </Field>
            <Field label={t("whatif.filters.to")} size="small" className={styles.field}>
              <Input
                size="small"
                type="date"
                value={typeof period.to === "string" ? period.to : ""}
                onChange={(_, d) => setPeriod({ ...period, to: d.value || undefined })}
              />
            </Field>
          </>
        )}
        {versions.length > 0 && (
          <Field label={t("whatif.filters.version")} size="small" className={styles.field}>
            <Select
              size="small"
              value={filter.versions?.[0] === undefined ? ANY : String(filter.versions[0])}
              onChange={(_, d) => onFilter({ ...filter, versions: d.value === ANY ? undefined : [Number(d.value)] })}
            >
              <option value={ANY}>{t("whatif.filters.anyVersion")}</option>
              <VersionOptions versions={versions} />
            </Select>
          </Field>
        )}
      </div>
      {problem && <Caption1 role="alert">{t("whatif.filters.badDate")}</Caption1>}
    </section>
  );
}
