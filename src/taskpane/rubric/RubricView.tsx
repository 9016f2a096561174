import { Body1, Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useRef, useState } from "react";
import type { Outcome } from "../../app/use-case";
import type { VersionsView } from "../../app/versions-view";
import type { VersionsPanelProps } from "../versions/VersionsPanel";
import { Band, Rubric } from "../../rubric/model";
import type { SettingsEdit } from "../../rubric/edit-check";
import type { NewRubricKind } from "../../app/create-rubric";
import type { ProblemView } from "../../app/rubric-state";
import { RubricChange, freshCriterionId } from "../../rubric/change";
import { BandEditor } from "./BandEditor";
import { BandList } from "./BandList";
import { CriterionRow } from "./CriterionRow";
import { EmptyRubric } from "./EmptyRubric";
import { ProblemList } from "./ProblemList";
import { SettingsEditor } from "./SettingsEditor";
import { useRubricEditTexts } from "./texts";

// The draft's changes, the publish dialog and the history load when the Rubric tab first shows them.
const VersionsPanel = lazy(() =>
  import(/* webpackChunkName: "versions" */ "../versions/VersionsPanel").then((m) => ({ default: m.VersionsPanel })),
);

export interface RubricViewProps {
  /** Its published versions and the draft's changes (absent for a workbook without them). */
  versions?: VersionsView;
  /** The rubric as read is free of problems (it can be published). */
  valid?: boolean;
  onPublish?: (note: string) => Promise<Outcome<unknown>>;
  onApply?: VersionsPanelProps["onApply"];
  onExport?: VersionsPanelProps["onExport"];
  onMarkStable?: () => void;
  stability?: VersionsPanelProps["stability"];
  onFinalise?: (note: string) => void;
  onReopen?: (note: string) => void;
  /** Every evaluation's date and version, once read (stability, timeline, counts per version). */
  evaluations?: VersionsPanelProps["evaluations"];
  onUndoApply?: VersionsPanelProps["onUndoApply"];
  /** Restores the working tables from the latest version, or from `version`. */
  onDiscard?: (version?: number) => void;
  rubric: Rubric | null;
  problems: readonly ProblemView[];
  onCreate: (kind: NewRubricKind) => void;
  onImport: (file: File) => void;
  /** One change, or several applied together (an editor's fields). */
  onEdit: (change: RubricChange | RubricChange[]) => void;
  /** The bands as edited (absent: the bands are shown only). */
  onEditBands?: (bands: Band[]) => void;
  /** The settings that changed (absent: the settings are shown only). */
  onEditSettings?: (edit: SettingsEdit) => void;
  /** An action is under way: edit buttons wait. */
  busy?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  head: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Read by screen readers only: where a moved criterion went.
  live: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

/** A row key that survives moves (by id; a repeated id, which the validator flags, counted). */
function rowKeys(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const key = id.toUpperCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}#${n}`;
  });
}

/** The rubric: criteria with their shares of the score, bands, and every problem next to what causes it. */
export function RubricView(props: RubricViewProps) {
  const { rubric, problems, onCreate, onImport, onEdit, busy, versions, onPublish, onDiscard, onApply, onUndoApply } =
    props;
  const { evaluations, onExport, onMarkStable, onFinalise, onReopen, stability, onEditBands, onEditSettings } = props;
  // A final rubric's criteria are frozen (its sheet is protected): edits wait until it is reopened.
  const frozen = rubric?.status === "final";
  const editsBusy = busy || frozen;
  const styles = useStyles();
  const { t } = useRubricEditTexts();
  const [editingBands, setEditingBands] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  // A criterion moved by keyboard keeps the focus once the list shows it in its new place.
  const [follow, setFollow] = useState<string | null>(null);
  const [moved, setMoved] = useState("");
  const list = useRef<HTMLUListElement>(null);
  const criteriaNow = rubric?.criteria;
  useEffect(() => {
    if (follow === null || busy) return;
    const row = list.current?.querySelector<HTMLElement>(`li[data-criterion="${CSS.escape(follow)}"]`);
    row?.focus();
    setFollow(null);
  }, [follow, busy, criteriaNow]);
  if (!rubric) return <EmptyRubric onCreate={onCreate} onImport={onImport} busy={busy} />;

  const criteria = rubric.criteria;
  const scoreWeight = criteria
    .filter((c) => c.kind === "score" && Number.isFinite(c.weight) && c.weight > 0)
    .reduce((sum, c) => sum + c.weight, 0);
  const general = problems.filter(
    (p) =>
      (p.criterionIndex === undefined || !criteria[p.criterionIndex]) &&
      (p.bandIndex === undefined || !rubric.bands[p.bandIndex]),
  );
  const add = () =>
    onEdit({
      type: "add-criterion",
      criterion: {
        id: freshCriterionId(rubric),
        label: t("rubric.newLabel"),
        kind: "score",
        weight: 10,
        max: 10,
        allowNA: false,
      },
    });

  const move = (index: number, to: number) => {
    const id = criteria[index].id;
    if (document.activeElement?.closest("li[data-criterion]")) setFollow(id);
    setMoved(t("rubricEdit.moved", { id, position: to + 1 }));
    onEdit({ type: "move-criterion", index, to });
  };
  const keys = rowKeys(criteria.map((c) => c.id));

  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Subtitle2 as="h2">
          {t("rubric.heading", {
            title: rubric.title,
            version: rubric.version,
            status: t(`rubric.status.${rubric.status}`),
          })}
        </Subtitle2>
        {rubric.description && <Body1>{rubric.description}</Body1>}
        {onEditSettings &&
          (editingSettings ? (
            <SettingsEditor
              rubric={rubric}
              onCancel={() => setEditingSettings(false)}
              onSave={(edit) => {
                setEditingSettings(false);
                onEditSettings(edit);
              }}
            />
          ) : (
            <div className={styles.actions}>
              <Button size="small" disabled={editsBusy} onClick={() => setEditingSettings(true)}>
                {t("rubricEdit.settings.edit")}
              </Button>
            </div>
          ))}
      </div>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("rubric.problemCount", { count: problems.length })}</MessageBarBody>
        </MessageBar>
      )}
      <ProblemList problems={general} label={t("rubric.generalProblems")} />
      {versions && onPublish && (
        <Suspense fallback={<Body1>{t("app.loading")}</Body1>}>
          <VersionsPanel
            versions={versions}
            draft={problems.length === 0 ? rubric : undefined}
            busy={busy}
            disabledReason={problems.length > 0 ? t("rubric.fixBeforePublishing") : undefined}
            onPublish={onPublish}
            onDiscard={onDiscard}
            onApply={onApply}
            onUndoApply={onUndoApply}
            evaluations={evaluations}
            status={rubric.status}
            onExport={onExport}
            onMarkStable={onMarkStable}
            stability={stability}
            onFinalise={onFinalise}
            onReopen={onReopen}
          />
        </Suspense>
      )}
      <section aria-labelledby="rubric-criteria">
        <Subtitle2 as="h3" id="rubric-criteria">
          {t("rubric.criteria")}
        </Subtitle2>
        <ul className={styles.list} ref={list}>
          {criteria.map((criterion, index) => (
            <CriterionRow
              key={keys[index]}
              rubric={rubric}
              index={index}
              scoreWeight={scoreWeight}
              problems={problems.filter((p) => p.criterionIndex === index)}
              busy={editsBusy}
              onEdit={onEdit}
              onMove={move}
            />
          ))}
        </ul>
        <div className={styles.live} aria-live="polite">
          {moved}
        </div>
        {frozen && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("rubric.finalNoEdits")}</MessageBarBody>
          </MessageBar>
        )}
        <Button disabled={editsBusy} onClick={add}>
          {t("rubric.add")}
        </Button>
      </section>
      <section aria-labelledby="rubric-bands">
        <Subtitle2 as="h3" id="rubric-bands">
          {t("rubric.bands")}
        </Subtitle2>
        {editingBands && onEditBands ? (
          <BandEditor
            rubric={rubric}
            onCancel={() => setEditingBands(false)}
            onSave={(bands) => {
              setEditingBands(false);
              onEditBands(bands);
            }}
          />
        ) : (
          <>
            <BandList bands={rubric.bands} problems={problems} />
            {onEditBands && (
              <div className={styles.actions}>
                <Button size="small" disabled={editsBusy} onClick={() => setEditingBands(true)}>
                  {t("rubricEdit.bandsEditor.edit")}
                </Button>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
