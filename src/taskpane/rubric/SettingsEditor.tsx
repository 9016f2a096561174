import { Button, Field, Input, Textarea, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { SettingsEdit, problemsAdded, withSettings } from "../../rubric/edit-check";
import { Rubric } from "../../rubric/model";
import { describeProblem } from "../../rubric/problem";
import { validateRubric } from "../../rubric/validate";
import { settingFieldText } from "./fieldProblems";
import { fieldStyles, numberOf } from "./fieldStyles";
import { useRubricEditTexts } from "./texts";

export interface SettingsEditorProps {
  rubric: Rubric;
  /** Only the settings that changed. */
  onSave: (edit: SettingsEdit) => void;
  onCancel: () => void;
}

const useStyles = makeStyles(fieldStyles);

/** Edits the rubric's title, description, scale and decimals (its settings block). Each problem shows next to its
 * field; Save waits while the edit would add a problem, as the workbook would refuse it. */
export function SettingsEditor({ rubric, onSave, onCancel }: SettingsEditorProps) {
  const styles = useStyles();
  const { t } = useRubricEditTexts();
  const [title, setTitle] = useState(rubric.title);
  const [description, setDescription] = useState(rubric.description ?? "");
  const [scale, setScale] = useState(String(rubric.settings.scale));
  const [decimals, setDecimals] = useState(String(rubric.settings.decimals));

  const edit: SettingsEdit = {};
  if (title !== rubric.title) edit.title = title;
  if (description !== (rubric.description ?? "")) edit.description = description;
  if (!Object.is(numberOf(scale), rubric.settings.scale)) edit.scale = numberOf(scale);
  if (!Object.is(numberOf(decimals), rubric.settings.decimals)) edit.decimals = numberOf(decimals);
  const next = withSettings(rubric, edit);
  const problems = validateRubric(next);
  const blocked = problemsAdded(rubric, next).length > 0;
  const message = (field: "title" | "scale" | "decimals") => {
    const p = problems.find(
      (q) => (q.location.scope === "rubric" || q.location.scope === "settings") && q.location.field === field,
    );
    if (!p) return undefined;
    const text = settingFieldText(field);
    return text.key === "other" ? describeProblem(p) : t(`rubricEdit.fieldProblem.${text.key}`);
  };

  return (
    <form
      className={styles.root}
      aria-label={t("rubricEdit.settings.title")}
      onSubmit={(event) => {
        event.preventDefault();
        if (blocked) return;
        if (Object.keys(edit).length > 0) onSave(edit);
        else onCancel();
      }}
    >
      <Field label={t("rubricEdit.settings.titleField")} required validationMessage={message("title")}>
        <Input className={styles.control} value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("rubricEdit.settings.description")}>
        <Textarea
          className={styles.control}
          value={description}
          resize="vertical"
          onChange={(_, d) => setDescription(d.value)}
        />
      </Field>
      <div className={styles.grid}>
        <Field className={styles.field} label={t("rubricEdit.settings.scale")} validationMessage={message("scale")}>
          <Input className={styles.control} inputMode="decimal" value={scale} onChange={(_, d) => setScale(d.value)} />
        </Field>
        <Field
          className={styles.field}
          label={t("rubricEdit.settings.decimals")}
          validationMessage={message("decimals")}
        >
          <Input
            className={styles.control}
            inputMode="numeric"
            value={decimals}
            onChange={(_, d) => setDecimals(d.value)}
          />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={blocked}>
          {t("rubricEdit.settings.save")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("rubricEdit.settings.cancel")}
        </Button>
      </div>
    </form>
  );
}
