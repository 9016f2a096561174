import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { RawValue, Rubric } from "../../rubric/model";
import type { Failure } from "../../app/use-case";
import { FailureBar } from "../FailureBar";
import { CriterionScore } from "./CriterionScore";
import { ScoreSummary } from "./ScoreSummary";
import { languageOf } from "../../rubric/language";
import { summarise } from "./summary";
import { valueProblem } from "./values";

export interface ScoreFormProps {
  rubric: Rubric;
  /** Raw values keyed by criterion id. */
  values: Readonly<Record<string, RawValue>>;
  comment: string;
  onChange: (values: Record<string, RawValue>, comment: string) => void;
  onSave: () => void;
  onNextUnscored: () => void;
  onNewEvaluation: () => void;
  saving?: boolean;
  error?: Failure | string | null;
  onDismissError?: () => void;
  /** Changed fields (criterion ids, "comment") whose cells hold a formula: saving replaces it, and the form says so. */
  replacesFormulas?: readonly string[];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The scoring form of one evaluation, with the live total the sheet will show. Controlled: the parent owns the values. */
export function ScoreForm(props: ScoreFormProps) {
  const { rubric, values, comment, onChange, saving = false, error } = props;
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const summary = useMemo(() => summarise(rubric, values, language), [rubric, values, language]);
  const blocked = rubric.criteria.some((c) => valueProblem(c, valueOf(values, c.id)) !== null);

  const setValue = (id: string, value: RawValue) => onChange({ ...values, [id]: value }, comment);

  return (
    <form
      className={styles.root}
      aria-label={t("score.formLabel")}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked && !saving) props.onSave();
      }}
    >
      <Caption1 className={styles.hint}>{t("score.keyboardHint")}</Caption1>
      {rubric.criteria.map((criterion) => (
        <CriterionScore
          key={criterion.id}
          criterion={criterion}
          value={valueOf(values, criterion.id)}
          onChange={(value) => setValue(criterion.id, value)}
        />
      ))}
      <Field label={t("score.comment")}>
        <Textarea value={comment} resize="vertical" onChange={(_, data) => onChange({ ...values }, data.value)} />
      </Field>
      <div className={styles.footer}>
        <ScoreSummary summary={summary} />
        {error && <FailureBar failure={error} onDismiss={props.onDismissError} />}
        {props.replacesFormulas && props.replacesFormulas.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t("score.replacesFormula", {
                fields: props.replacesFormulas.map((f) => (f === "comment" ? t("score.comment") : f)).join(", "),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {blocked && <Caption1 className={styles.hint}>{t("score.saveBlocked")}</Caption1>}
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            type="submit"
            disabled={blocked || saving}
            icon={saving ? <Spinner size="tiny" /> : undefined}
          >
            {saving ? t("score.saving") : t("score.save")}
          </Button>
          <Button type="button" disabled={saving} onClick={props.onNextUnscored}>
            {t("score.nextUnscored")}
          </Button>
          <Button type="button" disabled={saving} onClick={props.onNewEvaluation}>
            {t("score.newEvaluation")}
          </Button>
        </div>
      </div>
    </form>
  );
}

/** A criterion's value, matching its id ignoring case as the engine does. */
function valueOf(values: Readonly<Record<string, RawValue>>, id: string): RawValue {
  if (id in values) return values[id];
  const key = Object.keys(values).find((k) => k.toUpperCase() === id.toUpperCase());
  return key === undefined ? undefined : values[key];
}
