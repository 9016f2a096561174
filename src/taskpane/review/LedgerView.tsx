// The promotion points ledger: per person their points as awarded (whatever the period: points accumulate), the
// progress towards their target (from the workbook's points targets table: their own or their level's; without a
// table, one typed here for everyone, not stored), the persons closest to it, and one person's entries with date and
// process, total, points, version and running total.
import { Caption1, Field, Select, mergeClasses } from "@fluentui/react-components";
import { useState } from "react";
import { Ledger, PersonLedger } from "../../rubric/review";
import { fixed, percent, pointsText } from "./format";
import { useTableStyles } from "../tableStyles";
import { TargetsPanel } from "./TargetsPanel";
import { useTargetTexts } from "./targetTexts";
import { useReviewTexts } from "./texts";
import type { LedgerTargets } from "./useReview";

interface Props {
  ledger: Ledger;
  target: string;
  onTarget: (target: string) => void;
  targetProblem: boolean;
  /** The workbook's points targets table and where the targets come from. */
  targets: LedgerTargets;
  /** The person the filter chose, whose entries are shown first. */
  person: string | undefined;
  decimals: number;
}

export function LedgerView({ ledger, target, onTarget, targetProblem, targets, person, decimals }: Props) {
  const styles = useTableStyles();
  const { t } = useReviewTexts();
  const tt = useTargetTexts();
  const [picked, pick] = useState<string | undefined>();
  const names = ledger.persons.map((p) => p.person);
  const shown = [picked, person, names[0]].find((n) => n !== undefined && names.includes(n));
  const entriesOf = ledger.persons.find((p) => p.person === shown);
  const anyTarget = ledger.persons.some((p) => p.target);
  const progress = (p: PersonLedger) =>
    !p.target
      ? tt("noTarget")
      : p.target.reached
        ? t("review.ledger.reached", { share: percent(p.target.share) })
        : t("review.ledger.toGo", { remaining: pointsText(p.target.remaining), share: percent(p.target.share) });
  const col = (key: "dateProcess" | "total" | "points" | "version" | "running", start = false) => (
    <th scope="col" className={start ? mergeClasses(styles.cell, styles.name) : styles.cell}>
      {t(`review.ledger.${key}`)}
    </th>
  );
  return (
    <section aria-labelledby="review-ledger">
      <h3 id="review-ledger">{t("review.ledger.heading")}</h3>
      <TargetsPanel targets={targets} target={target} onTarget={onTarget} targetProblem={targetProblem} />
      {anyTarget && (
        <>
          <h4>{t("review.ledger.closest")}</h4>
          {ledger.closest.length === 0 ? (
            <Caption1>{t("review.ledger.noneClose")}</Caption1>
          ) : (
            <ol data-testid="review-closest">
              {ledger.closest.map((p) => (
                <li key={p.person}>
                  {p.person}: {progress(p)}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <h4>{t("review.ledger.persons")}</h4>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="review-ledger-persons">
          <tbody>
            {ledger.persons.map((p) => (
              <tr
                key={p.person}
                data-name={p.person}
                data-points={p.points}
                data-target={p.target?.target}
                data-source={p.target?.source}
              >
                <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
                  {p.person}
                </th>
                <td className={styles.cell}>{pointsText(p.points)}</td>
                {anyTarget && <td className={styles.cell}>{progress(p)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entriesOf && (
        <>
          <Field label={t("review.ledger.person")} size="small">
            <Select size="small" value={shown} onChange={(_, d) => pick(d.value)}>
              {names.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.scroll}>
            <table className={styles.table} data-testid="review-ledger-entries" data-person={entriesOf.person}>
              <thead>
                <tr>
                  {col("dateProcess", true)}
                  {col("total")}
                  {col("points")}
                  {col("version")}
                  {col("running")}
                </tr>
              </thead>
              <tbody>
                {entriesOf.entries.map((e) => (
                  <tr key={e.key || e.sheetRow} data-row={e.sheetRow} data-points={e.points}>
                    <td className={mergeClasses(styles.cell, styles.start)}>
                      {e.date ?? t("review.ledger.noDate")}
                      <Caption1 className={styles.note}>{e.process}</Caption1>
                    </td>
                    <td className={styles.cell}>{fixed(e.total, decimals)}</td>
                    <td className={styles.cell}>{pointsText(e.points)}</td>
                    <td className={styles.cell}>{e.version}</td>
                    <td className={styles.cell}>{pointsText(e.running)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
