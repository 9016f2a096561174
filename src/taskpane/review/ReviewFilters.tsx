// Which evaluations the review looks at: a period (an ISO week, this week by default; a month; a date range; all
// dates) and one team, person and reviewer (or any). Native selects: compact at 320 px, keyboard-ready.
import { Caption1, Field, Input, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import { useFilterStyles } from "../filterStyles";
import { ReviewData } from "../../rubric/review";
import { PeriodChoice, currentKey, periodKeys } from "./periodChoice";
import { useReviewTexts } from "./texts";
import { NameFilter } from "./useReview";

interface Props {
  choices: ReviewData["choices"];
  period: PeriodChoice;
  onPeriod: (period: PeriodChoice) => void;
  names: NameFilter;
  onNames: (names: NameFilter) => void;
  periodProblem: boolean;
}

const ANY = "";
const KINDS = ["week", "month", "range", "all"] as const;

export function ReviewFilters({ choices, period, onPeriod, names, onNames, periodProblem }: Props) {
  const styles = useFilterStyles();
  const { t } = useReviewTexts();
  const weeks = useMemo(() => periodKeys(currentKey("week"), choices.weeks), [choices.weeks]);
  const months = useMemo(() => periodKeys(currentKey("month"), choices.months), [choices.months]);
  const choose = (kind: string) => {
    if (kind === "week" || kind === "month") onPeriod({ kind, key: currentKey(kind) });
    else if (kind === "range") onPeriod({ kind, from: "", to: "" });
    else onPeriod({ kind: "all" });
  };
  const name = (key: keyof NameFilter, options: string[]) => (
    <Field label={t(`review.filters.${key}`)} size="small" className={styles.field}>
      <Select
        size="small"
        value={names[key] ?? ANY}
        onChange={(_, d) => onNames({ ...names, [key]: d.value === ANY ? undefined : d.value })}
      >
        <option value={ANY}>{t("review.filters.any")}</option>
        {options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );
  const which = (kind: "week" | "month", keys: string[]) => {
    const current = currentKey(kind);
    const label = kind === "week" ? "review.filters.thisWeek" : "review.filters.thisMonth";
    return (
      <Field label={t("review.filters.which")} size="small" className={styles.field}>
        <Select
          size="small"
          value={period.kind === kind ? period.key : current}
          onChange={(_, d) => onPeriod({ kind, key: d.value })}
        >
          {keys.map((k) => (
            <option key={k} value={k}>
              {k === current ? t(label, { period: k }) : k}
            </option>
          ))}
        </Select>
      </Field>
    );
  };
  const date = (end: "from" | "to") =>
    period.kind === "range" && (
      <Field label={t(`review.filters.${end}`)} size="small" className={styles.field}>
        <Input
          size="small"
          type="date"
          value={period[end]}
          onChange={(_, d) => onPeriod({ ...period, [end]: d.value })}
        />
      </Field>
    );
  return (
    <section aria-labelledby="review-filters">
      <h3 id="review-filters">{t("review.filters.heading")}</h3>
      <div className={styles.grid}>
        <Field label={t("review.filters.period")} size="small" className={styles.field}>
          <Select size="small" value={period.kind} onChange={(_, d) => choose(d.value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`review.filters.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        {period.kind === "week" && which("week", weeks)}
        {period.kind === "month" && which("month", months)}
        {date("from")}
        {date("to")}
        {name("team", choices.teams)}
        {name("person", choices.persons)}
        {name("reviewer", choices.reviewers)}
      </div>
      {periodProblem && <Caption1 role="alert">{t("review.filters.badPeriod")}</Caption1>}
    </section>
  );
}
