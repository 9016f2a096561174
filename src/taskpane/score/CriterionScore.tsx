import { Body1Strong, Caption1, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Criterion, RawValue } from "../../rubric/model";
import { NA, classifyValue } from "../../rubric/value";
import { LevelGroup } from "./LevelGroup";
import { NumberScore } from "./NumberScore";
import { valueProblem } from "./values";
import { criterionCardStyles } from "../criterionCard";

export interface CriterionScoreProps {
  criterion: Criterion;
  value: RawValue;
  onChange: (value: RawValue) => void;
  /** A level chosen by its digit: the form moves focus on. */
  onAdvance?: () => void;
}

const useStyles = makeStyles({
  ...criterionCardStyles,
  error: { color: tokens.colorPaletteRedForeground1 },
  na: { alignSelf: "flex-start" },
});

/** One criterion of the scoring form: its label and description, levels (or a number box) and N/A. */
export function CriterionScore({ criterion, value, onChange, onAdvance }: CriterionScoreProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const v = classifyValue(value);
  const na = v === NA;
  const problem = valueProblem(criterion, value);
  const levels = criterion.levels ?? [];
  const chosen = typeof v === "number" ? levels.findIndex((l) => l.points === v) : -1;
  const toggleNA = criterion.allowNA ? () => onChange(na ? undefined : NA) : undefined;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-criterion={criterion.id}>
      <div className={styles.heading}>
        <Body1Strong id={headingId}>{criterion.label}</Body1Strong>
        <Caption1 className={styles.meta}>
          {criterion.id} · {t(`score.kind.${criterion.kind}`, { weight: criterion.weight })}
        </Caption1>
      </div>
      {criterion.description && <Text size={200}>{criterion.description}</Text>}
      {levels.length > 0 ? (
        <>
          <LevelGroup
            label={t("score.levelsLabel", { label: criterion.label })}
            levels={levels}
            chosen={chosen}
            invalid={problem !== null}
            onChoose={(i) => onChange(levels[i].points)}
            onClear={() => onChange(undefined)}
            onToggleNA={toggleNA}
            onAdvance={onAdvance}
          />
          {v !== null && !na && chosen < 0 && (
            <Caption1 className={problem ? styles.error : styles.meta} role={problem ? "alert" : undefined}>
              {t("score.offLevel", { value: String(value) })}
              {problem && ` ${t(`score.${problem}`, { max: criterion.max })}`}
            </Caption1>
          )}
        </>
      ) : (
        <NumberScore
          max={criterion.max}
          value={value}
          problem={na ? null : problem}
          disabled={na}
          onChange={onChange}
        />
      )}
      {/* A toggle button, not a Switch: the button's package is on the first screen already, the switch's would add
          to it. Pressed means not applicable (aria-pressed). */}
      {criterion.allowNA && (
        <ToggleButton className={styles.na} size="small" checked={na} onClick={toggleNA}>
          {t("score.na")}
        </ToggleButton>
      )}
    </section>
  );
}
