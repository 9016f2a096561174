// The scratch edits: each criterion's weight as a slider and a number, switched off or on, its levels' points; each
// band's From. Every change is tried at once (the impact follows within a frame); nothing is written until Apply.
import { Body1, Caption1, Checkbox, Slider, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Criterion, Rubric } from "../../rubric/model";
import {
  ScratchEdit,
  bandFromEdit,
  editTarget,
  levelPointsEdit,
  switchOff,
  weightEdit,
  withoutTarget,
} from "../../rubric/whatif";
import { NumberField } from "./NumberField";
import { useWhatIfTexts } from "./texts";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  criterion: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  slider: { flexGrow: 1, minWidth: "80px" },
  number: { width: "64px", flexShrink: 0 },
  levels: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(96px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  level: { display: "flex", flexDirection: "column", minWidth: 0 },
  off: { color: tokens.colorNeutralForeground4 },
});

interface Props {
  base: Rubric;
  tried: Rubric;
  edits: readonly ScratchEdit[];
  onEdit: (edit: ScratchEdit) => void;
  onEdits: (edits: ScratchEdit[]) => void;
}

const OFF = (id: string) => editTarget(switchOff(id))!;

export function TryEdits({ base, tried, edits, onEdit, onEdits }: Props) {
  const styles = useStyles();
  const { t } = useWhatIfTexts();
  const triedOf = (id: string): Criterion | undefined =>
    tried.criteria.find((c) => c.id.toUpperCase() === id.toUpperCase());
  return (
    <section aria-labelledby="whatif-edits" className={styles.criterion}>
      <Body1 as="h3" id="whatif-edits">
        <strong>{t("whatif.edits.heading")}</strong>
      </Body1>
      <ul className={styles.list}>
        {base.criteria.map((criterion) => {
          const now = triedOf(criterion.id);
          const off = now === undefined;
          const weight = now?.weight ?? criterion.weight;
          const top = Math.max(100, Math.ceil(criterion.weight * 2), Math.ceil(weight));
          return (
            <li key={criterion.id} className={styles.criterion} data-criterion={criterion.id}>
              <div className={styles.line}>
                <Caption1 className={mergeClasses(styles.name, off && styles.off)} title={criterion.label}>
                  <strong>{criterion.id}</strong> {criterion.label}
                </Caption1>
                <Checkbox
                  label={t("whatif.edits.off", { id: criterion.id })}
                  checked={off}
                  onChange={(_, d) =>
                    d.checked ? onEdit(switchOff(criterion.id)) : onEdits(withoutTarget(edits, OFF(criterion.id)))
                  }
                />
              </div>
              {!off && (
                <div className={styles.line}>
                  <Slider
                    className={styles.slider}
                    min={0}
                    max={top}
                    step={1}
                    value={Math.min(top, Math.max(0, weight))}
                    aria-label={t("whatif.edits.weight", { id: criterion.id })}
                    onChange={(_, d) => onEdit(weightEdit(criterion.id, d.value))}
                  />
                  <NumberField
                    className={styles.number}
                    label={t("whatif.edits.weight", { id: criterion.id })}
                    value={weight}
                    onValue={(v) => onEdit(weightEdit(criterion.id, v))}
                  />
                </div>
              )}
              {!off && now?.levels && now.levels.length > 0 && (
                <details>
                  <summary>
                    <Caption1>{t("whatif.edits.levels", { id: criterion.id })}</Caption1>
                  </summary>
                  <Caption1>{t("whatif.edits.levelsNote")}</Caption1>
                  <div className={styles.levels}>
                    {now.levels.map((level, k) => (
                      <label key={k} className={styles.level}>
                        <Caption1>{t("whatif.edits.level", { label: level.label || String(k + 1) })}</Caption1>
                        <NumberField
                          label={t("whatif.edits.level", { label: level.label || String(k + 1) })}
                          value={level.points}
                          onValue={(v) => onEdit(levelPointsEdit(criterion.id, k, v))}
                        />
                      </label>
                    ))}
                  </div>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      <Body1 as="h4">
        <strong>{t("whatif.edits.bands")}</strong>
      </Body1>
      <div className={styles.levels}>
        {tried.bands.map((band, k) => (
          <label key={k} className={styles.level}>
            <Caption1>{t("whatif.edits.bandFrom", { band: band.label || String(k + 1) })}</Caption1>
            {band.from === null ? (
              <Caption1>—</Caption1>
            ) : (
              <NumberField
                label={t("whatif.edits.bandFrom", { band: band.label || String(k + 1) })}
                value={band.from}
                onValue={(v) => onEdit(bandFromEdit(k, v))}
              />
            )}
          </label>
        ))}
      </div>
      {edits.length === 0 ? <Caption1>{t("whatif.edits.none")}</Caption1> : null}
    </section>
  );
}
