import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Level } from "../../rubric/model";
import { fieldStyles, numberOf } from "./fieldStyles";
import { useRubricEditTexts } from "./texts";

/** A level as the form holds it: text until applied. */
export interface LevelDraft {
  points: string;
  label: string;
  description: string;
}

/** The levels the drafts make: points as numbers (NaN where none, for the validator to name), no empty
 * description. */
export function levelsOf(drafts: readonly LevelDraft[]): Level[] {
  return drafts.map((d) => {
    const level: Level = { points: numberOf(d.points), label: d.label };
    if (d.description !== "") level.description = d.description;
    return level;
  });
}

const useStyles = makeStyles({
  ...fieldStyles,
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  level: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Points narrow, label the rest.
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(56px, 80px) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  legend: { paddingInline: tokens.spacingHorizontalXS },
});

export interface LevelsEditorProps {
  levels: readonly LevelDraft[];
  onChange: (levels: LevelDraft[]) => void;
  /** The problem of level `index`'s field, in the pane's words. */
  messageOf: (index: number, field: "points" | "label") => string | undefined;
}

/** A criterion's levels, one group each: points, label and an optional description; added and removed in place. */
export function LevelsEditor({ levels, onChange, messageOf }: LevelsEditorProps) {
  const styles = useStyles();
  const { t } = useRubricEditTexts();
  const change = (i: number, patch: Partial<LevelDraft>) =>
    onChange(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className={styles.level}>
      <legend className={styles.legend}>{t("rubric.editor.levels")}</legend>
      <ol className={styles.list} aria-label={t("rubric.editor.levels")}>
        {levels.map((level, i) => (
          <li key={i} className={styles.level} aria-label={t("rubricEdit.editor.level", { n: i + 1 })}>
            <div className={styles.pair}>
              <Field
                className={styles.field}
                label={t("rubricEdit.editor.levelPoints")}
                validationMessage={messageOf(i, "points")}
              >
                <Input
                  className={styles.control}
                  inputMode="decimal"
                  value={level.points}
                  onChange={(_, d) => change(i, { points: d.value })}
                />
              </Field>
              <Field
                className={styles.field}
                label={t("rubricEdit.editor.levelLabel")}
                validationMessage={messageOf(i, "label")}
              >
                <Input
                  className={styles.control}
                  value={level.label}
                  onChange={(_, d) => change(i, { label: d.value })}
                />
              </Field>
            </div>
            <Field className={styles.field} label={t("rubricEdit.editor.levelDescription")}>
              <Input
                className={styles.control}
                value={level.description}
                onChange={(_, d) => change(i, { description: d.value })}
              />
            </Field>
            <div className={styles.buttons}>
              <Button size="small" type="button" onClick={() => onChange(levels.filter((_, j) => j !== i))}>
                {t("rubricEdit.editor.removeLevel", { n: i + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div className={styles.buttons}>
        <Button
          size="small"
          type="button"
          onClick={() => onChange([...levels, { points: "", label: "", description: "" }])}
        >
          {t("rubricEdit.editor.addLevel")}
        </Button>
      </div>
    </fieldset>
  );
}
