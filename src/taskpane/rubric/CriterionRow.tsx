import { Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { Criterion } from "../../rubric/model";
import type { ProblemView } from "../../app/rubric-state";
import { RubricChange } from "../../rubric/change";
import { ProblemList } from "./ProblemList";
import { WeightShare } from "./WeightShare";
import { criterionCardStyles } from "../criterionCard";

// Opened on Edit only: the editor's form controls load then, not with the pane's first screen.
const CriterionEditor = lazy(() =>
  import(/* webpackChunkName: "criterion-editor" */ "./CriterionEditor").then((m) => ({ default: m.CriterionEditor })),
);

export interface CriterionRowProps {
  criterion: Criterion;
  index: number;
  count: number;
  scoreWeight: number;
  problems: readonly ProblemView[];
  busy?: boolean;
  onEdit: (change: RubricChange) => void;
}

const useStyles = makeStyles({
  ...criterionCardStyles,
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

/** One criterion of the rubric: its share of the score, its problems, and its edit actions. */
export function CriterionRow({ criterion, index, count, scoreWeight, problems, busy, onEdit }: CriterionRowProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const id = criterion.id;
  const facts = [
    t("rubric.maxAndNA", { max: criterion.max }),
    criterion.allowNA ? t("rubric.allowsNA") : null,
    criterion.levels?.length ? t("rubric.levelsCount", { count: criterion.levels.length }) : null,
  ].filter((f): f is string => f !== null);

  return (
    <li className={styles.root} aria-label={`${id} ${criterion.label}`} data-criterion={id}>
      <div className={styles.heading}>
        <Body1Strong>{criterion.label}</Body1Strong>
        <Caption1 className={styles.meta}>{[id, ...facts].join(" · ")}</Caption1>
      </div>
      <WeightShare criterion={criterion} scoreWeight={scoreWeight} />
      <ProblemList problems={problems} label={t("rubric.generalProblems")} />
      {editing ? (
        <Suspense fallback={<Caption1>{t("app.loading")}</Caption1>}>
          <CriterionEditor
            criterion={criterion}
            onCancel={() => setEditing(false)}
            onApply={(patch) => {
              setEditing(false);
              onEdit({ type: "update-criterion", index, patch });
            }}
          />
        </Suspense>
      ) : (
        <div className={styles.actions} role="group" aria-label={t("rubric.actions", { id })}>
          <Button size="small" disabled={busy} onClick={() => setEditing(true)}>
            {t("rubric.edit", { id })}
          </Button>
          <Button
            size="small"
            disabled={busy || index === 0}
            onClick={() => onEdit({ type: "move-criterion", index, to: index - 1 })}
          >
            {t("rubric.moveUp", { id })}
          </Button>
          <Button
            size="small"
            disabled={busy || index === count - 1}
            onClick={() => onEdit({ type: "move-criterion", index, to: index + 1 })}
          >
            {t("rubric.moveDown", { id })}
          </Button>
          <Button size="small" disabled={busy} onClick={() => onEdit({ type: "remove-criterion", index })}>
            {t("rubric.remove", { id })}
          </Button>
        </div>
      )}
    </li>
  );
}
