import { Body1, SelectTabData, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { createEvaluationsStore } from "./evaluations/store";
import { useEvaluations } from "./evaluations/useEvaluations";

import { FailureBar } from "./FailureBar";
import { useSession } from "./session";
import { EmptyRubric } from "./rubric/EmptyRubric";
import { ScoreTab } from "./ScoreTab";
import { useWorkbook } from "./useWorkbook";

// Not on the first screen: the Export tab and its format modules load when the tab is first chosen.
// The Rubric tab of a workbook with a rubric (criteria, bands, versions) loads when first shown: the first screen is
// the Score tab then, or, without a rubric, the empty state (which is here).
const RubricView = lazy(() =>
  import(/* webpackChunkName: "rubric-tab" */ "./rubric/RubricView").then((m) => ({ default: m.RubricView })),
);

const ExportTab = lazy(() =>
  import(/* webpackChunkName: "export-tab" */ "./export/ExportTab").then((m) => ({ default: m.ExportTab })),
);

// The what-if, its engine and charts load when a manager first opens it.
const WhatIfTab = lazy(() =>
  import(/* webpackChunkName: "whatif-tab" */ "./whatif/WhatIfTab").then((m) => ({ default: m.WhatIfTab })),
);

// The review (per person and team, the criterion profile, the trend, the points ledger, the evaluation card) loads
// when first opened, with its charts.
const ReviewTab = lazy(() =>
  import(/* webpackChunkName: "review-tab" */ "./review/ReviewTab").then((m) => ({ default: m.ReviewTab })),
);

type TabName = "rubric" | "score" | "export" | "whatif" | "review";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Five small tabs fit the narrowest pane (320 px) with a little less side padding than Fluent's; a longer label
  // (another language) wraps the list rather than pushing it past the pane.
  tabs: { flexWrap: "wrap" },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

/** The connected pane: tabs over the workbook's rubric and evaluations. */
export function Workbench() {
  const styles = useStyles();
  const { t } = useTranslation();
  const session = useSession();
  // One store for every tab that lists evaluations: read once per change, not once per tab.
  const evaluations = useMemo(() => createEvaluationsStore(session), [session]);
  const workbook = useWorkbook(session, evaluations);
  // The Rubric tab's stability and timeline need every evaluation's date and version: read once, from the store.
  const [rubricTabShown, setRubricTabShown] = useState(false);
  const { rubric, failure, busy } = workbook.state;
  const [chosen, setChosen] = useState<TabName | null>(null);
  // The version history's Export action opens the Export tab on that version.
  const [exportVersion, setExportVersion] = useState<number | undefined>();
  // The first tab, once the rubric is read: Score when there is a rubric to score against, else Rubric.
  const tab: TabName = chosen ?? (rubric?.rubric ? "score" : "rubric");
  useEffect(() => {
    if (tab === "rubric") setRubricTabShown(true);
  }, [tab]);
  const stored = useEvaluations(evaluations, session, tab === "rubric" && rubricTabShown && !!rubric?.versions);
  const dated = useMemo(
    () => stored.evaluations?.map((e) => ({ date: e.date ?? null, version: e.version ?? null })),
    [stored.evaluations],
  );
  useEffect(() => {
    if (chosen === null && rubric !== undefined) setChosen(rubric.rubric ? "score" : "rubric");
  }, [chosen, rubric]);

  const select = (_: unknown, data: SelectTabData) => {
    const next = data.value as TabName;
    setChosen(next);
    // A manager may have edited the tables in the sheet meanwhile.
    if (next === "rubric" || next === "export" || next === "whatif" || next === "review") void workbook.readRubric();
  };

  return (
    <>
      <TabList
        size="small"
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={select}
        aria-label={t("app.tabs.label")}
      >
        <Tab className={styles.tab} value="rubric" id="tab-rubric" aria-controls="panel-rubric">
          {t("app.tabs.rubric")}
        </Tab>
        <Tab className={styles.tab} value="score" id="tab-score" aria-controls="panel-score">
          {t("app.tabs.score")}
        </Tab>
        <Tab className={styles.tab} value="whatif" id="tab-whatif" aria-controls="panel-whatif">
          {t("app.tabs.whatif")}
        </Tab>
        <Tab className={styles.tab} value="review" id="tab-review" aria-controls="panel-review">
          {t("app.tabs.review")}
        </Tab>
        <Tab className={styles.tab} value="export" id="tab-export" aria-controls="panel-export">
          {t("app.tabs.export")}
        </Tab>
      </TabList>
      {failure && (
        <FailureBar
          failure={failure}
          onDismiss={workbook.dismissFailure}
          onRetry={failure.key === "readRubric" ? () => void workbook.readRubric() : undefined}
        />
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel}>
        {rubric === undefined && !failure ? (
          <Body1>{t("app.loading")}</Body1>
        ) : tab === "rubric" && !rubric?.rubric ? (
          <EmptyRubric
            onCreate={(kind) => void workbook.createRubric(kind)}
            onImport={(file) => void workbook.importRubric(file)}
            busy={busy}
          />
        ) : tab === "rubric" ? (
          <Suspense fallback={<Body1>{t("app.loading")}</Body1>}>
            <RubricView
              rubric={rubric?.rubric ?? null}
              problems={rubric?.problems ?? []}
              versions={rubric?.versions}
              stability={rubric?.stability}
              busy={busy}
              onPublish={workbook.publishVersion}
              onDiscard={(version) => void workbook.discardDraft(version)}
              onApply={workbook.applyVersion}
              evaluations={dated}
              onMarkStable={() => void workbook.markStable()}
              onFinalise={(note) => void workbook.finalise(note)}
              onReopen={(note) => void workbook.reopen(note)}
              onExport={(version) => {
                setExportVersion(version);
                setChosen("export");
              }}
              onUndoApply={workbook.undoApply}
              onCreate={(kind) => void workbook.createRubric(kind)}
              onImport={(file) => void workbook.importRubric(file)}
              onEdit={(change) => void workbook.applyRubricEdit(change)}
              onEditBands={(bands) => void workbook.editBands(bands)}
              onEditSettings={(edit) => void workbook.editSettings(edit)}
            />
          </Suspense>
        ) : tab === "whatif" ? (
          <Suspense fallback={<Body1>{t("app.loading")}</Body1>}>
            <WhatIfTab rubric={rubric} evaluations={evaluations} busy={busy} onApply={workbook.applyWhatIf} />
          </Suspense>
        ) : tab === "review" ? (
          <Suspense fallback={<Body1>{t("app.loading")}</Body1>}>
            <ReviewTab rubric={rubric} evaluations={evaluations} />
          </Suspense>
        ) : tab === "export" ? (
          <Suspense fallback={<Body1>{t("app.loading")}</Body1>}>
            <ExportTab rubric={rubric} evaluations={evaluations} version={exportVersion} />
          </Suspense>
        ) : (
          <ScoreTab workbook={workbook} evaluations={evaluations} />
        )}
      </div>
    </>
  );
}
