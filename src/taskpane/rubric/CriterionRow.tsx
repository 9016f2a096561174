import {
  Body1Strong,
  Button,
  Caption1,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DragEvent, KeyboardEvent, Suspense, lazy, useState } from "react";
import { Rubric } from "../../rubric/model";
import type { ProblemView } from "../../app/rubric-state";
import { RubricChange } from "../../rubric/change";
import { ProblemList } from "./ProblemList";
import { WeightShare } from "./WeightShare";
import { criterionCardStyles } from "../criterionCard";
import { useRubricEditTexts } from "./texts";

// Opened on Edit only: the editor's form controls load then, not with the pane's first screen.
const CriterionEditor = lazy(() =>
  import(/* webpackChunkName: "criterion-editor" */ "./CriterionEditor").then((m) => ({ default: m.CriterionEditor })),
);

/** What a dragged criterion row carries: its index. */
const DRAG_TYPE = "application/x-rubric-criterion";

export interface CriterionRowProps {
  rubric: Rubric;
  index: number;
  scoreWeight: number;
  problems: readonly ProblemView[];
  busy?: boolean;
  onEdit: (change: RubricChange | RubricChange[]) => void;
  /** The criterion at `index` moves to `to` (menu, keyboard or drag). */
  onMove: (index: number, to: number) => void;
}

const useStyles = makeStyles({
  ...criterionCardStyles,
  top: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  row: {
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  over: { boxShadow: `inset 0 ${tokens.strokeWidthThickest} 0 ${tokens.colorBrandStroke1}` },
});

/** One criterion of the rubric: its share of the score, its problems, and its actions in a compact menu. The row
 * itself moves with Alt+Up and Alt+Down and can be dragged onto another row. */
export function CriterionRow({ rubric, index, scoreWeight, problems, busy, onEdit, onMove }: CriterionRowProps) {
  const styles = useStyles();
  const { t } = useRubricEditTexts();
  const [editing, setEditing] = useState(false);
  const [dropping, setDropping] = useState(false);
  const criterion = rubric.criteria[index];
  const count = rubric.criteria.length;
  const id = criterion.id;
  const facts = [
    t("rubric.maxAndNA", { max: criterion.max }),
    criterion.allowNA ? t("rubric.allowsNA") : null,
    criterion.levels?.length ? t("rubric.levelsCount", { count: criterion.levels.length }) : null,
    criterion.section ? criterion.section : null,
  ].filter((f): f is string => f !== null);
  const movable = !busy && !editing;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    // Only the row itself: Alt+arrows inside the editor's fields are the fields'.
    if (event.target !== event.currentTarget || !event.altKey || !movable) return;
    const to = event.key === "ArrowUp" ? index - 1 : event.key === "ArrowDown" ? index + 1 : -1;
    if (to < 0 || to >= count) return;
    event.preventDefault();
    onMove(index, to);
  };
  const dragged = (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE);

  return (
    <li
      className={`${styles.root} ${styles.row} ${dropping ? styles.over : ""}`}
      aria-label={`${id} ${criterion.label}`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      aria-description={t("rubricEdit.reorderHint")}
      data-criterion={id}
      tabIndex={0}
      draggable={movable}
      onKeyDown={onKeyDown}
      onDragStart={(event) => {
        if (event.target !== event.currentTarget) return;
        event.dataTransfer.setData(DRAG_TYPE, String(index));
        event.dataTransfer.effectAllowed = "move";
      }}
      onDragOver={(event) => {
        if (!dragged(event) || !movable) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        setDropping(false);
        if (!dragged(event) || !movable) return;
        event.preventDefault();
        const from = Number(event.dataTransfer.getData(DRAG_TYPE));
        if (Number.isInteger(from) && from !== index && from >= 0 && from < count) onMove(from, index);
      }}
    >
      <div className={styles.top}>
        <div className={styles.text}>
          <Body1Strong>{criterion.label}</Body1Strong>
          <Caption1 className={styles.meta}>{[id, ...facts].join(" · ")}</Caption1>
        </div>
        {!editing && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                aria-label={t("rubricEdit.more", { id })}
                icon={<span aria-hidden="true">⋯</span>}
              />
            </MenuTrigger>
            <MenuPopover>
              <MenuList aria-label={t("rubric.actions", { id })}>
                <MenuItem onClick={() => setEditing(true)}>{t("rubric.edit", { id })}</MenuItem>
                <MenuItem disabled={index === 0} onClick={() => onMove(index, index - 1)}>
                  {t("rubric.moveUp", { id })}
                </MenuItem>
                <MenuItem disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
                  {t("rubric.moveDown", { id })}
                </MenuItem>
                <MenuItem onClick={() => onEdit({ type: "remove-criterion", index })}>
                  {t("rubric.remove", { id })}
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>
      {criterion.description && <Caption1>{criterion.description}</Caption1>}
      <WeightShare criterion={criterion} scoreWeight={scoreWeight} />
      <ProblemList problems={problems} label={t("rubric.generalProblems")} />
      {editing && (
        <Suspense fallback={<Caption1>{t("app.loading")}</Caption1>}>
          <CriterionEditor
            rubric={rubric}
            index={index}
            onCancel={() => setEditing(false)}
            onApply={(changes) => {
              setEditing(false);
              onEdit(changes);
            }}
          />
        </Suspense>
      )}
    </li>
  );
}
