import { Button, Checkbox, Field, Input, Select, Textarea, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { CriterionPatch, RubricChange, applyChanges } from "../../rubric/change";
import { problemsAdded } from "../../rubric/edit-check";
import { formatLevels } from "../../rubric/levels";
import { CRITERION_KINDS, Criterion, CriterionKind, Level, Rubric } from "../../rubric/model";
import { Problem, describeProblem } from "../../rubric/problem";
import { validateRubric } from "../../rubric/validate";
import { criterionFieldText, criterionProblems } from "./fieldProblems";
import { LevelDraft, LevelsEditor, levelsOf } from "./LevelsEditor";
import { fieldStyles, numberOf } from "./fieldStyles";
import { useRubricEditTexts } from "./texts";

export interface CriterionEditorProps {
  /** The rubric as the pane shows it: the edit is checked against all of it, as the workbook checks it. */
  rubric: Rubric;
  index: number;
  /** What changed, as changes applied together (nothing when nothing changed). */
  onApply: (changes: RubricChange[]) => void;
  onCancel: () => void;
}

const useStyles = makeStyles(fieldStyles);

/** The criterion as the form holds it, and the changes that make it so. */
function edited(criterion: Criterion, form: CriterionForm): { candidate: Criterion; changes: RubricChange[] } {
  const levels = levelsOf(form.levels);
  const candidate: Criterion = {
    ...criterion,
    label: form.label,
    weight: numberOf(form.weight),
    max: numberOf(form.max),
    kind: form.kind,
    allowNA: form.allowNA,
  };
  const patch: CriterionPatch = {};
  for (const key of ["label", "weight", "max", "kind", "allowNA"] as const) {
    if (!Object.is(candidate[key], criterion[key])) (patch as Record<string, unknown>)[key] = candidate[key];
  }
  if (formatLevels(levels) !== formatLevels(criterion.levels ?? [])) patch.levels = levels;
  const changes: RubricChange[] = [];
  if (Object.keys(patch).length > 0) changes.push({ type: "update-criterion", index: -1, patch });
  for (const field of ["description", "section"] as const) {
    const value = form[field] === "" ? undefined : form[field];
    if (value !== criterion[field]) changes.push({ type: "set-criterion-field", id: criterion.id, field, value });
  }
  return { candidate, changes };
}

interface CriterionForm {
  label: string;
  description: string;
  section: string;
  weight: string;
  max: string;
  kind: CriterionKind;
  allowNA: boolean;
  levels: LevelDraft[];
}

const draftOf = (l: Level): LevelDraft => ({
  points: String(l.points),
  label: l.label,
  description: l.description ?? "",
});

/** Edits one criterion: label, description, section, weight, max, kind, N/A and levels with their descriptions.
 * Each problem shows next to its field, worded from the domain validator's finding; Apply waits while the edit
 * would add a problem, as the workbook would refuse it. */
export function CriterionEditor({ rubric, index, onApply, onCancel }: CriterionEditorProps) {
  const styles = useStyles();
  const { t } = useRubricEditTexts();
  const criterion = rubric.criteria[index];
  const [form, setForm] = useState<CriterionForm>(() => ({
    label: criterion.label,
    description: criterion.description ?? "",
    section: criterion.section ?? "",
    weight: String(criterion.weight),
    max: String(criterion.max),
    kind: criterion.kind,
    allowNA: criterion.allowNA,
    levels: (criterion.levels ?? []).map(draftOf),
  }));
  const set = <K extends keyof CriterionForm>(key: K, value: CriterionForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const { candidate, changes } = edited(criterion, form);
  const placed = changes.map((c) => (c.type === "update-criterion" ? { ...c, index } : c));
  const next = applyChanges(rubric, placed);
  const { byField, general } = criterionProblems(validateRubric(next), index);
  const blocked = problemsAdded(rubric, next).length > 0;
  const said = (p: Problem | undefined, points?: number): string | undefined => {
    if (!p) return undefined;
    const text = criterionFieldText(p.location.field ?? "", { max: candidate.max, points });
    return text.key === "other" ? describeProblem(p) : t(`rubricEdit.fieldProblem.${text.key}`, text.params);
  };
  const message = (field: string) => said(byField.get(field));
  // A Max below a level is the level's problem to the validator; the Max field says so too, as it is what changed.
  const over = levelsOf(form.levels).filter((l) => Number.isFinite(l.points) && l.points > candidate.max);
  const maxMessage =
    message("max") ??
    (over.length > 0
      ? t("rubricEdit.fieldProblem.maxBelowLevel", { points: Math.max(...over.map((l) => l.points)) })
      : undefined);

  return (
    <form
      className={styles.root}
      aria-label={t("rubric.editor.title", { id: criterion.id })}
      onSubmit={(event) => {
        event.preventDefault();
        if (blocked) return;
        if (placed.length > 0) onApply(placed);
        else onCancel();
      }}
    >
      <Field label={t("rubricEdit.editor.label")} required validationMessage={message("label")}>
        <Input className={styles.control} value={form.label} onChange={(_, d) => set("label", d.value)} />
      </Field>
      <Field label={t("rubricEdit.editor.description")}>
        <Textarea
          className={styles.control}
          value={form.description}
          resize="vertical"
          onChange={(_, d) => set("description", d.value)}
        />
      </Field>
      <Field label={t("rubricEdit.editor.section")}>
        <Input className={styles.control} value={form.section} onChange={(_, d) => set("section", d.value)} />
      </Field>
      <div className={styles.grid}>
        <Field className={styles.field} label={t("rubric.editor.weight")} validationMessage={message("weight")}>
          <Input
            className={styles.control}
            inputMode="decimal"
            value={form.weight}
            onChange={(_, d) => set("weight", d.value)}
          />
        </Field>
        <Field className={styles.field} label={t("rubric.editor.max")} validationMessage={maxMessage}>
          <Input
            className={styles.control}
            inputMode="decimal"
            value={form.max}
            onChange={(_, d) => set("max", d.value)}
          />
        </Field>
        <Field className={styles.field} label={t("rubric.editor.kind")} validationMessage={message("kind")}>
          <Select
            className={styles.control}
            value={form.kind}
            onChange={(_, d) => set("kind", d.value as CriterionKind)}
          >
            {CRITERION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`rubric.kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox
        label={t("rubric.editor.allowNA")}
        checked={form.allowNA}
        onChange={(_, d) => set("allowNA", d.checked === true)}
      />
      <LevelsEditor
        levels={form.levels}
        onChange={(levels) => set("levels", levels)}
        messageOf={(i, field) => said(byField.get(`levels[${i}].${field}`), numberOf(form.levels[i]?.points ?? ""))}
      />
      {general.length > 0 && (
        <ul className={styles.problems} aria-label={t("rubric.generalProblems")}>
          {general.map((p, i) => (
            <li key={i}>
              {p.location.scope === "criteria" ? t("rubricEdit.fieldProblem.noScore") : describeProblem(p)}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={blocked}>
          {t("rubric.editor.apply")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("rubric.editor.cancel")}
        </Button>
      </div>
    </form>
  );
}
