// The what-if: a manager tries a rubric change (weights, a level's points, a band's From, a criterion switched off)
// and sees at once what it does to the past evaluations: totals before and after, band transitions, points per person
// and team, the evaluations that move most and why. The engine computes it in the pane from the evaluations store
// (read once); nothing is written until "Apply to draft".
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { RubricState } from "../../app/rubric-state";
import { showEvaluation } from "../../app/show-evaluation";
import type { Failure } from "../../app/use-case";
import { FailureBar } from "../FailureBar";
import { RubricChange } from "../../rubric/change";
import { Rubric } from "../../rubric/model";
import { validateRubric } from "../../rubric/validate";
import { describeProblem } from "../../rubric/problem";
import { Mover, draftChanges } from "../../rubric/whatif";
import type { EvaluationRecord } from "../../app/read-evaluations";
import type { VersionsView } from "../../app/versions-view";
import { EvaluationsStore } from "../evaluations/store";
import { EvaluationsGate } from "../evaluations/EvaluationsGate";
import { languageOf } from "../i18n";
import { useSession } from "../session";
import { DistributionChart } from "./DistributionChart";
import { GroupTable } from "./GroupTable";
import { ImpactSummary } from "./ImpactSummary";
import { MoverList } from "./MoverList";
import { TransitionTable } from "./TransitionTable";
import { TrendView } from "./TrendView";
import { TryEdits } from "./TryEdits";
import { WhatIfFilters } from "./WhatIfFilters";
import { VersionOptions } from "./VersionOptions";
import { useWhatIfTexts } from "./texts";
import { TriedBase, useWhatIf } from "./useWhatIf";
import { useWidth } from "./useWidth";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  choices: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

interface Props {
  rubric: RubricState | undefined;
  evaluations: EvaluationsStore;
  busy: boolean;
  /** Writes the changes to the working tables; resolves to whether it did. */
  onApply: (changes: RubricChange[]) => Promise<boolean>;
}

export function WhatIfTab({ rubric, evaluations, busy, onApply }: Props) {
  const { t } = useWhatIfTexts();
  const texts = {
    noRubric: t("whatif.noRubric"),
    loading: t("whatif.loading"),
    readFailed: t("whatif.readFailed"),
    empty: t("whatif.empty"),
  };
  return (
    <EvaluationsGate rubric={rubric} evaluations={evaluations} texts={texts}>
      {({ records, draft, rubric: state }) => (
        <WhatIfView records={records} draft={draft} versions={state.versions} busy={busy} onApply={onApply} />
      )}
    </EvaluationsGate>
  );
}

interface ViewProps {
  records: EvaluationRecord[];
  draft: Rubric;
  versions: VersionsView | undefined;
  busy: boolean;
  onApply: (changes: RubricChange[]) => Promise<boolean>;
}

function WhatIfView({ records, draft, versions, busy, onApply }: ViewProps) {
  const styles = useStyles();
  const { t, i18n } = useWhatIfTexts();
  const session = useSession();
  const whatIf = useWhatIf(records, draft, versions);
  const chartBox = useRef<HTMLDivElement>(null);
  const width = useWidth(chartBox);
  const decimals = whatIf.tried.settings.decimals;
  const snapshots = useMemo(() => versions?.history.versions.map((v) => v.rubric) ?? [], [versions]);
  const published = useMemo(() => snapshots.map((r) => r.version), [snapshots]);
  const problems = useMemo(() => {
    if (whatIf.edits.length === 0) return [];
    const language = languageOf(i18n.language);
    return validateRubric(whatIf.tried).map((p) => describeProblem(p, language));
  }, [whatIf.tried, whatIf.edits.length, i18n.language]);
  const final = draft.status === "final";
  const onDraft = whatIf.baseChoice.kind === "draft";
  const apply = async () => {
    if (await onApply(draftChanges(draft, whatIf.edits))) whatIf.setEdits([]);
  };
  const show = (mover: Mover) => {
    const record = records[mover.index];
    void showEvaluation(session, { rubricId: draft.id, key: record.key, rowIndex: record.rowIndex });
  };
  const [written, setWritten] = useState<{ sheet: string } | null>(null);
  const [writeFailure, setWriteFailure] = useState<Failure | null>(null);
  const [writing, setWriting] = useState(false);
  // "Write to a sheet": the summary shown, with charts, on the What-if sheet for the weekly review.
  const writeSheet = async () => {
    setWriting(true);
    setWritten(null);
    const pinned = whatIf.awarded.version;
    const before = pinned
      ? [...new Set(Array.from(whatIf.rows, (i) => pinned[i]).filter((v) => v === v))]
      : [whatIf.awarded.rubrics[0].rubric.version];
    const { writeWhatIfSheet } = await import("../../app/write-what-if-sheet");
    const outcome = await writeWhatIfSheet(session, {
      summary: whatIf.summary,
      compared: {
        before: whatIf.compared.kind === "version" ? [whatIf.compared.version] : before.sort((a, b) => a - b),
        after: whatIf.baseChoice.kind === "version" ? whatIf.baseChoice.version : null,
      },
    });
    setWriting(false);
    if (outcome.ok) {
      setWritten({ sheet: outcome.value.sheet });
      setWriteFailure(null);
    } else setWriteFailure(outcome.failure);
  };
  const chooseBase = (value: string) =>
    whatIf.chooseBase(
      value === "draft" ? { kind: "draft" } : ({ kind: "version", version: Number(value) } as TriedBase),
    );

  return (
    <div className={styles.root}>
      <Caption1>{t("whatif.intro")}</Caption1>
      {published.length > 0 && (
        <div className={styles.choices}>
          <Field label={t("whatif.tried.label")} size="small">
            <Select
              size="small"
              value={onDraft ? "draft" : String((whatIf.baseChoice as { version: number }).version)}
              onChange={(_, d) => chooseBase(d.value)}
            >
              <option value="draft">{t("whatif.tried.draft")}</option>
              <VersionOptions versions={published} />
            </Select>
          </Field>
          <Field label={t("whatif.compared.label")} size="small">
            <Select
              size="small"
              value={whatIf.compared.kind === "awarded" ? "awarded" : String(whatIf.compared.version)}
              onChange={(_, d) =>
                whatIf.chooseCompared(
                  d.value === "awarded" ? { kind: "awarded" } : { kind: "version", version: Number(d.value) },
                )
              }
            >
              <option value="awarded">{t("whatif.compared.awarded")}</option>
              <VersionOptions versions={published} />
            </Select>
          </Field>
        </div>
      )}
      <TryEdits
        base={whatIf.base}
        tried={whatIf.tried}
        edits={whatIf.edits}
        onEdit={whatIf.edit}
        onEdits={whatIf.setEdits}
      />
      <div className={styles.sticky}>
        <div className={styles.actions}>
          <Caption1 role="status">{t("whatif.edits.count", { count: whatIf.edits.length })}</Caption1>
          <Button size="small" disabled={whatIf.edits.length === 0} onClick={() => whatIf.setEdits([])}>
            {t("whatif.edits.reset")}
          </Button>
          <Button
            size="small"
            appearance="primary"
            disabled={busy || whatIf.edits.length === 0 || !onDraft || final || problems.length > 0}
            onClick={() => void apply()}
          >
            {t("whatif.edits.apply")}
          </Button>
        </div>
        {!onDraft && whatIf.edits.length > 0 && <Caption1>{t("whatif.edits.applyDraftOnly")}</Caption1>}
        {final && whatIf.edits.length > 0 && <Caption1>{t("whatif.edits.final")}</Caption1>}
      </div>
      {problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("whatif.edits.invalid", { problems: problems.join("; ") })}</MessageBarBody>
        </MessageBar>
      )}
      <WhatIfFilters
        data={whatIf.data}
        versions={published}
        filter={whatIf.filter}
        onFilter={whatIf.setFilter}
        problem={whatIf.filterProblem}
      />
      <ImpactSummary summary={whatIf.summary} decimals={decimals} />
      <div className={styles.actions}>
        <Button size="small" disabled={writing} onClick={() => void writeSheet()}>
          {t("whatif.write.button")}
        </Button>
        <Caption1 role="status">{written ? t("whatif.write.done", { sheet: written.sheet }) : ""}</Caption1>
      </div>
      {writeFailure && <FailureBar failure={writeFailure} onDismiss={() => setWriteFailure(null)} />}
      <div ref={chartBox}>
        <DistributionChart summary={whatIf.summary} width={width} />
      </div>
      <TransitionTable summary={whatIf.summary} />
      <MoverList movers={whatIf.summary.movers} decimals={decimals} onShow={show} />
      <GroupTable groups={whatIf.summary.persons} decimals={decimals} kind="persons" />
      <GroupTable groups={whatIf.summary.teams} decimals={decimals} kind="teams" />
      <TrendView
        data={whatIf.data}
        awarded={whatIf.awarded}
        rows={whatIf.rows}
        draft={draft}
        versions={snapshots}
        width={width}
      />
    </div>
  );
}
