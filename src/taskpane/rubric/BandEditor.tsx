import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { problemsAdded } from "../../rubric/edit-check";
import { Band, Rubric } from "../../rubric/model";
import { Problem, describeProblem } from "../../rubric/problem";
import { validateRubric } from "../../rubric/validate";
import { bandFieldText } from "./fieldProblems";
import { fieldStyles, numberOf } from "./fieldStyles";
import { useRubricEditTexts } from "./texts";

export interface BandEditorProps {
  /** The rubric as the pane shows it: the bands are checked with it, as the workbook checks them. */
  rubric: Rubric;
  onSave: (bands: Band[]) => void;
  onCancel: () => void;
}

interface BandDraft {
  from: string;
  points: string;
  label: string;
}

/** The bands the drafts make: a blank From is no lower limit (the validator allows it on the first band only). */
function bandsOf(drafts: readonly BandDraft[]): Band[] {
  return drafts.map((d) => {
    const band: Band = { from: d.from.trim() === "" ? null : numberOf(d.from), points: numberOf(d.points) };
    if (d.label !== "") band.label = d.label;
    return band;
  });
}

const same = (a: readonly Band[], b: readonly Band[]) => JSON.stringify(a) === JSON.stringify(b);

const useStyles = makeStyles({
  ...fieldStyles,
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  band: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    listStyleType: "none",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  pair: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
});

/** Edits the bands: From, Points and Label of each, bands added and removed. Each problem shows next to its field;
 * Save waits while the bands would add a problem, as the workbook would refuse them. */
export function BandEditor({ rubric, onSave, onCancel }: BandEditorProps) {
  const styles = useStyles();
  const { t } = useRubricEditTexts();
  const [drafts, setDrafts] = useState<BandDraft[]>(() =>
    rubric.bands.map((b) => ({
      from: b.from === null ? "" : String(b.from),
      points: String(b.points),
      label: b.label ?? "",
    })),
  );
  const bands = bandsOf(drafts);
  const next = { ...rubric, bands };
  const problems = validateRubric(next);
  const blocked = problemsAdded(rubric, next).length > 0;
  const change = (i: number, patch: Partial<BandDraft>) =>
    setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const problemOf = (i: number, field: string): Problem | undefined =>
    problems.find((p) => p.location.scope === "band" && p.location.index === i && p.location.field === field);
  const message = (i: number, field: "from" | "points") => {
    const p = problemOf(i, field);
    if (!p) return undefined;
    // The From the validator compares with: the last one given before this band.
    const previous = bands
      .slice(0, i)
      .map((b) => b.from)
      .filter((f): f is number => f !== null && Number.isFinite(f))
      .at(-1);
    const text = bandFieldText(field, bands[i].from, previous);
    return text.key === "other" ? describeProblem(p) : t(`rubricEdit.fieldProblem.${text.key}`, text.params);
  };
  const general = problems.filter((p) => p.location.scope === "bands");

  return (
    <form
      className={styles.root}
      aria-label={t("rubricEdit.bandsEditor.title")}
      onSubmit={(event) => {
        event.preventDefault();
        if (blocked) return;
        if (same(bands, rubric.bands)) onCancel();
        else onSave(bands);
      }}
    >
      <ol className={styles.list}>
        {drafts.map((draft, i) => (
          <li key={i} className={styles.band} aria-label={t("rubricEdit.bandsEditor.band", { n: i + 1 })} data-band={i}>
            <div className={styles.pair}>
              <Field
                className={styles.field}
                label={i === 0 ? t("rubricEdit.bandsEditor.fromOpen") : t("rubricEdit.bandsEditor.from")}
                validationMessage={message(i, "from")}
              >
                <Input
                  className={styles.control}
                  inputMode="decimal"
                  value={draft.from}
                  onChange={(_, d) => change(i, { from: d.value })}
                />
              </Field>
              <Field
                className={styles.field}
                label={t("rubricEdit.bandsEditor.points")}
                validationMessage={message(i, "points")}
              >
                <Input
                  className={styles.control}
                  inputMode="decimal"
                  value={draft.points}
                  onChange={(_, d) => change(i, { points: d.value })}
                />
              </Field>
            </div>
            <Field className={styles.field} label={t("rubricEdit.bandsEditor.label")}>
              <Input
                className={styles.control}
                value={draft.label}
                onChange={(_, d) => change(i, { label: d.value })}
              />
            </Field>
            <div className={styles.buttons}>
              <Button size="small" type="button" onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))}>
                {t("rubricEdit.bandsEditor.remove", { n: i + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {general.length > 0 && (
        <ul className={styles.problems} aria-label={t("rubric.generalProblems")}>
          {general.map((p, i) => (
            <li key={i}>{describeProblem(p)}</li>
          ))}
        </ul>
      )}
      <div className={styles.buttons}>
        <Button
          size="small"
          type="button"
          onClick={() => setDrafts((all) => [...all, { from: "", points: "", label: "" }])}
        >
          {t("rubricEdit.bandsEditor.add")}
        </Button>
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={blocked}>
          {t("rubricEdit.bandsEditor.save")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("rubricEdit.bandsEditor.cancel")}
        </Button>
      </div>
    </form>
  );
}
