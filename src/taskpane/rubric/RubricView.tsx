import { Body1, Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { useTranslation } from "react-i18next";
import type { Outcome } from "../../app/use-case";
import type { VersionsView } from "../../app/versions-view";
import type { VersionsPanelProps } from "../versions/VersionsPanel";
import { Rubric } from "../../rubric/model";
import type { NewRubricKind } from "../../app/create-rubric";
import type { ProblemView } from "../../app/rubric-state";
import { RubricChange, freshCriterionId } from "../../rubric/change";
import { BandList } from "./BandList";
import { CriterionRow } from "./CriterionRow";
import { EmptyRubric } from "./EmptyRubric";
import { ProblemList } from "./ProblemList";

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
  onEdit: (change: RubricChange) => void;
  /** An action is under way: edit buttons wait. */
  busy?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: "none" },
});

/** The rubric: criteria with their shares of the score, bands, and every problem next to what causes it. */
export function RubricView(props: RubricViewProps) {
  const { rubric, problems, onCreate, onImport, onEdit, busy, versions, onPublish, onDiscard, onApply, onUndoApply } =
    props;
  const { evaluations, onExport, onMarkStable, onFinalise, onReopen, stability } = props;
  // A final rubric's criteria are frozen (its sheet is protected): edits wait until it is reopened.
  const frozen = rubric?.status === "final";
  const editsBusy = busy || frozen;
  const styles = useStyles();
  const { t } = useTranslation();
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

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">
        {t("rubric.heading", {
          title: rubric.title,
          version: rubric.version,
          status: t(`rubric.status.${rubric.status}`),
        })}
      </Subtitle2>
      {rubric.description && <Body1>{rubric.description}</Body1>}
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
        <ul className={styles.list}>
          {criteria.map((criterion, index) => (
            <CriterionRow
              key={`${index}:${criterion.id}`}
              criterion={criterion}
              index={index}
              count={criteria.length}
              scoreWeight={scoreWeight}
              problems={problems.filter((p) => p.criterionIndex === index)}
              busy={editsBusy}
              onEdit={onEdit}
            />
          ))}
        </ul>
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
        <BandList bands={rubric.bands} problems={problems} />
      </section>
    </div>
  );
}
