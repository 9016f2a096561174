import { Button, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatLevels, parseLevels } from "../../rubric/levels";
import { CRITERION_KINDS, Criterion, CriterionKind } from "../../rubric/model";
import { CriterionPatch } from "../../rubric/change";

export interface CriterionEditorProps {
  criterion: Criterion;
  onApply: (patch: CriterionPatch) => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

const numberOf = (text: string) => (text.trim() === "" ? NaN : Number(text));

/** Edits weight, max, kind, N/A and levels of one criterion; applies only what changed, as one patch. */
export function CriterionEditor({ criterion, onApply, onCancel }: CriterionEditorProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [weight, setWeight] = useState(String(criterion.weight));
  const [max, setMax] = useState(String(criterion.max));
  const [kind, setKind] = useState<CriterionKind>(criterion.kind);
  const [allowNA, setAllowNA] = useState(criterion.allowNA);
  const [levelsText, setLevelsText] = useState(formatLevels(criterion.levels ?? []));

  const w = numberOf(weight);
  const m = numberOf(max);
  const levels = parseLevels(levelsText);
  const weightBad = !(w >= 0);
  const maxBad = !(m > 0);
  const levelsBad = typeof levels === "string";

  const apply = () => {
    if (weightBad || maxBad || levelsBad) return;
    const patch: CriterionPatch = {};
    if (w !== criterion.weight) patch.weight = w;
    if (m !== criterion.max) patch.max = m;
    if (kind !== criterion.kind) patch.kind = kind;
    if (allowNA !== criterion.allowNA) patch.allowNA = allowNA;
    if (formatLevels(levels) !== formatLevels(criterion.levels ?? [])) patch.levels = levels;
    if (Object.keys(patch).length > 0) onApply(patch);
    else onCancel();
  };

  return (
    <form
      className={styles.root}
      aria-label={t("rubric.editor.title", { id: criterion.id })}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <div className={styles.row}>
        <Field
          label={t("rubric.editor.weight")}
          validationMessage={weightBad ? t("rubric.editor.weightInvalid") : undefined}
        >
          <Input inputMode="decimal" value={weight} onChange={(_, d) => setWeight(d.value)} />
        </Field>
        <Field label={t("rubric.editor.max")} validationMessage={maxBad ? t("rubric.editor.maxInvalid") : undefined}>
          <Input inputMode="decimal" value={max} onChange={(_, d) => setMax(d.value)} />
        </Field>
        <Field label={t("rubric.editor.kind")}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as CriterionKind)}>
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
        checked={allowNA}
        onChange={(_, d) => setAllowNA(d.checked === true)}
      />
      <Field label={t("rubric.editor.levels")} validationMessage={levelsBad ? levels : undefined}>
        <Textarea value={levelsText} resize="vertical" onChange={(_, d) => setLevelsText(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={weightBad || maxBad || levelsBad}>
          {t("rubric.editor.apply")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("rubric.editor.cancel")}
        </Button>
      </div>
    </form>
  );
}
