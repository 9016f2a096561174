// Stability, measured: the last scoring change, how many evaluations over how many weeks have been scored since, the
// rule and how far along it the rubric is; when the rule holds on a draft, the card suggests marking it stable.
// Presentational: measureStability (rubric/stability) measures; the caller marks the rubric stable (onMarkStable).
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { useVersionTexts } from "./texts";
import type { RubricStatus } from "../../rubric/model";
import { DatedEvaluation, Stability, measureStability } from "../../rubric/stability";
import { DEFAULT_STABILITY_RULE, RubricVersion, StabilityRule } from "../../rubric/version";
import { languageOf } from "../i18n";
import { formatDay } from "./VersionTimeline";

export interface StabilityCardProps {
  /** Every published version, in any order. */
  versions: readonly RubricVersion[];
  /** Every evaluation: its date and the version it was scored under. */
  evaluations: readonly DatedEvaluation[];
  /** When a rubric counts as stable; the practice's 8 weeks and 30 evaluations by default. */
  rule?: StabilityRule;
  /** The day stability is measured on (its UTC day); now by default. */
  today?: Date;
  /** The rubric's status: only a draft is offered "Mark stable". */
  status: RubricStatus;
  /** Marks the rubric stable (no button without it). */
  onMarkStable?: () => void;
  /** An action is under way: the button waits. */
  busy?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  lines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function StabilityCard({
  versions,
  evaluations,
  rule = DEFAULT_STABILITY_RULE,
  today,
  status,
  onMarkStable,
  busy = false,
}: StabilityCardProps) {
  const styles = useStyles();
  const { t, i18n } = useVersionTexts();
  const language = languageOf(i18n.language);
  const headingId = useId("stability");
  const day = today?.getTime();
  const result = useMemo((): { stability: Stability } | { error: string } => {
    try {
      const on = day === undefined ? new Date() : new Date(day);
      return { stability: measureStability(versions, evaluations, rule, on) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [versions, evaluations, rule, day]);

  const weeks = (count: number) => t("versions.stability.weeks", { count });
  const count = (n: number) => t("versions.stability.evaluations", { count: n });
  const ruleText = t("versions.stability.rule", { weeks: weeks(rule.weeks), evaluations: count(rule.evaluations) });

  let body;
  if ("error" in result) {
    body = <Body1 className={styles.meta}>{t("versions.stability.failed", { message: result.error })}</Body1>;
  } else if (versions.length === 0) {
    body = (
      <>
        <Body1 className={styles.meta}>{t("versions.stability.empty")}</Body1>
        <Caption1 className={styles.meta}>{ruleText}</Caption1>
      </>
    );
  } else {
    const { stability } = result;
    const change = stability.lastScoringChange;
    const { missing } = stability;
    const toGo = [
      ...(missing.weeks > 0 ? [weeks(missing.weeks)] : []),
      ...(missing.evaluations > 0 ? [count(missing.evaluations)] : []),
    ];
    body = (
      <>
        <div className={styles.lines}>
          {change && (
            <Body1>
              {change.day
                ? t("versions.stability.lastChange", {
                    version: change.version,
                    date: formatDay(change.day, language),
                  })
                : t("versions.stability.lastChangeUndated", { version: change.version })}
            </Body1>
          )}
          {change?.day && (
            <Body1>
              {t("versions.stability.since", {
                evaluations: count(stability.evaluationsSince),
                weeks: weeks(stability.weeksSince),
              })}
            </Body1>
          )}
          <Caption1 className={styles.meta}>{ruleText}</Caption1>
        </div>
        {change?.day && (
          <div className={styles.progress} role="group" aria-label={t("versions.stability.progress")}>
            <Progress
              label={t("versions.stability.weeksOf", {
                value: Math.min(stability.weeksSince, rule.weeks),
                count: rule.weeks,
              })}
              value={stability.weeksSince}
              target={rule.weeks}
            />
            <Progress
              label={t("versions.stability.evaluationsOf", {
                value: Math.min(stability.evaluationsSince, rule.evaluations),
                count: rule.evaluations,
              })}
              value={stability.evaluationsSince}
              target={rule.evaluations}
            />
            {toGo.length > 0 && (
              <Caption1 className={styles.meta}>
                {t("versions.stability.toGo", {
                  what: toGo.length === 2 ? t("versions.stability.and", { first: toGo[0], second: toGo[1] }) : toGo[0],
                })}
              </Caption1>
            )}
          </div>
        )}
        {stability.undated > 0 && (
          <Caption1 className={styles.meta}>{t("versions.stability.undated", { count: stability.undated })}</Caption1>
        )}
        {status === "draft" && stability.holds && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t("versions.stability.suggest")}</MessageBarBody>
            {onMarkStable && (
              <MessageBarActions>
                <Button appearance="primary" size="small" disabled={busy} onClick={onMarkStable}>
                  {t("versions.stability.markStable")}
                </Button>
                {busy && <Spinner size="extra-tiny" label={t("versions.stability.busy")} />}
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("versions.stability.title")}
      </Subtitle2>
      {status !== "draft" && <Body1>{t(`versions.stability.status.${status}`)}</Body1>}
      {body}
    </section>
  );
}

/** One measure against its target, labelled in words ("5 of 8 weeks"); green once met. */
function Progress({ label, value, target }: { label: string; value: number; target: number }) {
  // A target of 0 is met from the start: a full bar.
  const max = Math.max(target, 1);
  const shown = target === 0 ? max : Math.min(value, target);
  return (
    <Field label={label}>
      <ProgressBar value={shown} max={max} thickness="large" color={value >= target ? "success" : "brand"} />
    </Field>
  );
}
