import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { RawValue, Rubric } from "../../rubric/model";
import type { Failure } from "../../app/use-case";
import { FailureBar } from "../FailureBar";
import { CriterionScore } from "./CriterionScore";
import { FieldProblem, IdentityField, identityProblems } from "./fields";
import { focusCriterion, focusField, focusStart } from "./focus";
import { IdentityFields } from "./IdentityFields";
import { ScoreSummary } from "./ScoreSummary";
import type { Suggestions } from "./suggestions";
import { languageOf } from "../../rubric/language";
import { summarise } from "./summary";
import { valueOf, valueProblem } from "./values";

/** A save's outcome as the form hears it: true when saved (a handler that says nothing announces nothing). */
type SaveResult = boolean | void;

export interface ScoreFormProps {
  rubric: Rubric;
  /** Raw values keyed by criterion id. */
  values: Readonly<Record<string, RawValue>>;
  comment: string;
  /** Date, Process, Person, Team, Reviewer. */
  fields: Readonly<Record<IdentityField, string>>;
  onChange: (values: Record<string, RawValue>, comment: string) => void;
  onFieldChange: (field: IdentityField, value: string) => void;
  onSave: () => SaveResult | Promise<SaveResult>;
  /** Saves, then opens the next unscored evaluation (Ctrl+Enter). */
  onSaveAndNext?: () => SaveResult | Promise<SaveResult>;
  onNextUnscored: () => void;
  onNewEvaluation: () => void;
  /** Which evaluation the form shows: a new one is focused at its start when focus was in the form. */
  evaluationKey?: string;
  /** The pane opened this evaluation (New, Next, Save and next): focus goes to its start, then onFocused. */
  focusPending?: boolean;
  onFocused?: () => void;
  suggestions?: Suggestions;
  onSuggest?: () => void;
  saving?: boolean;
  error?: Failure | string | null;
  onDismissError?: () => void;
  /** Changed fields (criterion ids, "comment") whose cells hold a formula: saving replaces it, and the form says so. */
  replacesFormulas?: readonly string[];
}

const NO_SUGGESTIONS: Suggestions = { person: [], team: [] };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
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
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground3 },
  saved: { color: tokens.colorStatusSuccessForeground1 },
});

/** The scoring form of one evaluation, with the live total the sheet will show. Controlled: the parent owns the values. */
export function ScoreForm(props: ScoreFormProps) {
  const { rubric, values, comment, fields, onChange, saving = false, error } = props;
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const root = useRef<HTMLFormElement>(null);
  const summary = useMemo(() => summarise(rubric, values, language), [rubric, values, language]);
  const blocked = rubric.criteria.some((c) => valueProblem(c, valueOf(values, c.id)) !== null);
  const problems = identityProblems(fields);
  // "Required" shows once a save was tried (not on a fresh evaluation); a malformed date shows at once.
  const [attempted, setAttempted] = useState(false);
  // What the live region says: "Saved" after a save, until the next edit.
  const [status, setStatus] = useState("");
  const shownProblems: Partial<Record<IdentityField, FieldProblem>> = Object.fromEntries(
    problems.filter(([, p]) => attempted || p !== "required"),
  );

  const { evaluationKey, focusPending, onFocused } = props;
  useEffect(() => setAttempted(false), [evaluationKey]);
  // Another evaluation in the form: start where the work is, if the pane opened it or focus was in the form
  // (never taking focus from the grid when the reviewer selected a row there).
  const keyFocused = useRef(evaluationKey);
  useEffect(() => {
    const form = root.current;
    if (!form) return;
    const moved = keyFocused.current !== evaluationKey;
    keyFocused.current = evaluationKey;
    if (focusPending || (moved && form.contains(document.activeElement))) {
      focusStart(form, rubric, values, problems);
      if (focusPending) onFocused?.();
    }
    // Only when the evaluation changes or the pane asks: not on every keystroke.
  }, [evaluationKey, focusPending]);

  const edited = () => setStatus("");
  const setValue = (id: string, value: RawValue) => {
    edited();
    onChange({ ...values, [id]: value }, comment);
  };

  /** After a digit chose a level: the next criterion, then the first field still needed, then Save and next. */
  const advanceFrom = (id: string) => {
    const form = root.current;
    if (!form) return;
    const at = rubric.criteria.findIndex((c) => c.id === id);
    const next = rubric.criteria[at + 1];
    if (next) focusCriterion(form, next.id);
    else if (problems.length > 0) focusField(form, problems[0][0]);
    else form.querySelector<HTMLElement>("[data-save-next]")?.focus();
  };

  const trySave = async (next: boolean) => {
    if (saving || blocked) return;
    if (problems.length > 0) {
      setAttempted(true);
      if (root.current) focusField(root.current, problems[0][0]);
      return;
    }
    const saved = await (next && props.onSaveAndNext ? props.onSaveAndNext() : props.onSave());
    if (saved === true) setStatus(t("score.saved"));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    void trySave(true);
  };

  return (
    <form
      ref={root}
      className={styles.root}
      aria-label={t("score.formLabel")}
      // The form says what is missing next to the field, in the pane's language: no browser bubble.
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void trySave(false);
      }}
    >
      <Caption1 className={styles.hint}>{t("score.keyboardHint")}</Caption1>
      <IdentityFields
        fields={fields}
        problems={shownProblems}
        suggestions={props.suggestions ?? NO_SUGGESTIONS}
        onSuggest={props.onSuggest}
        onChange={(field, value) => {
          edited();
          props.onFieldChange(field, value);
        }}
      />
      {rubric.criteria.map((criterion) => (
        <CriterionScore
          key={criterion.id}
          criterion={criterion}
          value={valueOf(values, criterion.id)}
          onChange={(value) => setValue(criterion.id, value)}
          onAdvance={() => advanceFrom(criterion.id)}
        />
      ))}
      <Field label={t("score.comment")}>
        <Textarea
          value={comment}
          resize="vertical"
          onChange={(_, data) => {
            edited();
            onChange({ ...values }, data.value);
          }}
        />
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
        {attempted && problems.length > 0 && <Caption1 className={styles.hint}>{t("score.fieldsBlocked")}</Caption1>}
        <div className={styles.buttons}>
          {/* Focusable while disabled, so focus stays on the button that was pressed (not on <body>). */}
          <Button
            appearance="primary"
            type="button"
            data-save-next=""
            aria-keyshortcuts="Control+Enter"
            disabledFocusable={blocked || saving}
            onClick={() => void trySave(true)}
          >
            {t("score.saveAndNext")}
          </Button>
          <Button type="submit" disabledFocusable={blocked || saving}>
            {saving ? t("score.saving") : t("score.save")}
          </Button>
          <Button type="button" disabledFocusable={saving} onClick={props.onNextUnscored}>
            {t("score.nextUnscored")}
          </Button>
          <Button type="button" disabledFocusable={saving} onClick={props.onNewEvaluation}>
            {t("score.newEvaluation")}
          </Button>
          <Caption1 role="status" aria-live="polite" className={styles.saved} data-testid="save-status">
            {status}
          </Caption1>
        </div>
      </div>
    </form>
  );
}
