import { Body1, SelectTabData, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { WorkbookActions } from "./actions";
import { ExportTab } from "./export/ExportTab";
import { FailureBar } from "./FailureBar";
import { RubricView } from "./rubric/RubricView";
import { ScoreTab } from "./ScoreTab";
import { useWorkbook } from "./useWorkbook";

type TabName = "rubric" | "score" | "export";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The connected pane: tabs over the workbook's rubric and evaluations. */
export function Workbench({ actions }: { actions: WorkbookActions }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const workbook = useWorkbook(actions);
  const { rubric, failure, busy } = workbook.state;
  const [chosen, setChosen] = useState<TabName | null>(null);
  // The first tab, once the rubric is read: Score when there is a rubric to score against, else Rubric.
  const tab: TabName = chosen ?? (rubric?.rubric ? "score" : "rubric");
  useEffect(() => {
    if (chosen === null && rubric !== undefined) setChosen(rubric.rubric ? "score" : "rubric");
  }, [chosen, rubric]);

  const select = (_: unknown, data: SelectTabData) => {
    const next = data.value as TabName;
    setChosen(next);
    // A manager may have edited the tables in the sheet meanwhile.
    if (next === "rubric" || next === "export") void workbook.readRubric();
  };

  return (
    <>
      <TabList selectedValue={tab} onTabSelect={select} aria-label={t("app.tabs.label")}>
        <Tab value="rubric" id="tab-rubric" aria-controls="panel-rubric">
          {t("app.tabs.rubric")}
        </Tab>
        <Tab value="score" id="tab-score" aria-controls="panel-score">
          {t("app.tabs.score")}
        </Tab>
        <Tab value="export" id="tab-export" aria-controls="panel-export">
          {t("app.tabs.export")}
        </Tab>
      </TabList>
      {failure && (
        <FailureBar
          failure={failure}
          onDismiss={workbook.dismissFailure}
          onRetry={failure.action === "readRubric" ? () => void workbook.readRubric() : undefined}
        />
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel}>
        {rubric === undefined && !failure ? (
          <Body1>{t("app.loading")}</Body1>
        ) : tab === "rubric" ? (
          <RubricView
            rubric={rubric?.rubric ?? null}
            problems={rubric?.problems ?? []}
            busy={busy}
            onCreate={(kind, file) => void workbook.createRubric(kind, file)}
            onEdit={(change) => void workbook.applyRubricEdit(change)}
          />
        ) : tab === "export" ? (
          <ExportTab rubric={rubric} actions={actions} />
        ) : (
          <ScoreTab workbook={workbook} />
        )}
      </div>
    </>
  );
}
