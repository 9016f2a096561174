// What the e-cology payloads need besides the rubric: the workflow's ids and field names, and which scored rows to
// send.
import { Button, Caption1, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useExportTexts } from "./texts";
import type { EvaluationRecord } from "../../app/read-evaluations";
import type { Failure } from "../../app/use-case";
import { FailureBar } from "../FailureBar";

/** Which scored rows the e-cology payloads are built for. */
export type RowsChoice = "selected" | "all";

export interface PayloadOptionsProps {
  workflowId: string;
  onWorkflowId: (value: string) => void;
  detailTable: string;
  onDetailTable: (value: string) => void;
  /** The field-name editor (FieldNames), under the table name. */
  fieldNames?: ReactNode;
  readFailure: Failure | null;
  /** undefined while the evaluations are being read. */
  evaluations: readonly EvaluationRecord[] | undefined;
  /** Scored rows the sheet's selection covers. */
  selectedCount: number;
  rows: RowsChoice;
  onRows: (choice: RowsChoice) => void;
  onReread: () => void;
}

const useStyles = makeStyles({
  line: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function PayloadOptions(props: PayloadOptionsProps) {
  const styles = useStyles();
  const { t } = useExportTexts();
  const { evaluations, readFailure } = props;
  return (
    <>
      <Field label={t("export.workflowId")}>
        <Input value={props.workflowId} inputMode="numeric" onChange={(_, data) => props.onWorkflowId(data.value)} />
      </Field>
      <Field label={t("export.detailTable")}>
        <Input value={props.detailTable} onChange={(_, data) => props.onDetailTable(data.value)} />
      </Field>
      {props.fieldNames}
      {readFailure ? (
        <FailureBar failure={readFailure} onRetry={props.onReread} />
      ) : evaluations === undefined ? (
        <Caption1>{t("export.readingEvaluations")}</Caption1>
      ) : (
        <>
          <div className={styles.line}>
            <Caption1>{t("export.evaluationCount", { count: evaluations.length })}</Caption1>
            <Button size="small" onClick={props.onReread}>
              {t("export.rereadEvaluations")}
            </Button>
          </div>
          <Field label={t("export.rows")}>
            <RadioGroup value={props.rows} onChange={(_, data) => props.onRows(data.value as RowsChoice)}>
              <Radio value="selected" label={t("export.rowsSelected", { count: props.selectedCount })} />
              <Radio value="all" label={t("export.rowsAll", { count: evaluations.length })} />
            </RadioGroup>
          </Field>
        </>
      )}
    </>
  );
}
