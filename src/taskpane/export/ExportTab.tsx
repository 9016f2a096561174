// The Export tab: pick a format, see the export, then copy it, download it or insert it into a new sheet. The format
// modules (src/app/export-rubric and src/formats) are loaded with import() when the tab first shows, so they land in
// their own chunk, as does the tab itself (Workbench loads it lazily). The payloads take
// their evaluations from the pane's evaluations store.
//
// Once the workbook has published versions, the rubric formats export the version chosen in the picker (the latest
// by default) from its snapshot, or the working draft, said to be unpublished, when it has changes; the payloads send
// each evaluation under its own version. The payloads' workflow id, table and field names, and the Camunda form's id, are
// kept with the rubric in the workbook and come back when the tab shows again (useExportSettings); the scored rows a
// payload export leaves out are listed by the row Excel shows, with what to fix (RefusedRows).
import { Body1, Caption1, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { useExportTexts } from "./texts";
import type { ExportFormat, ExportOutput, ExportProblem } from "../../app/export-rubric";
import { VersionChoice, exportTarget, versionOptions } from "../../app/export-version";
import type { RubricState } from "../../app/rubric-state";
import { EvaluationsStore } from "../evaluations/store";
import { useEvaluations } from "../evaluations/useEvaluations";
import { FailureBar } from "../FailureBar";
import { languageOf } from "../i18n";
import { useSession } from "../session";
import { CamundaOptions } from "./CamundaOptions";
import { ExportResult } from "./ExportResult";
import { ExportWarnings } from "./ExportWarnings";
import { FieldNames } from "./FieldNames";
import { PayloadOptions, RowsChoice } from "./PayloadOptions";
import { RefusedRows } from "./RefusedRows";
import { useExportSettings } from "./useExportSettings";
import { VersionPicker } from "./VersionPicker";

type Builder = typeof import("../../app/export-rubric");

const EXPORT_FORMATS: readonly ExportFormat[] = [
  "rubricJson",
  "evaluationSchema",
  "ecologySpec",
  "ecologyPayload",
  "camundaForm",
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ExportTabProps {
  /** The rubric as last read (readRubric): the export is built from it, never from cell text. */
  rubric: RubricState | undefined;
  evaluations: EvaluationsStore;
  /** A published version to show first (e.g. the version history's Export action); the picker can change it. */
  version?: number;
}

/** A problem the options show next to their field (the form id as it is typed), not again in the warnings. */
const shownInline = (p: ExportProblem): boolean =>
  typeof p !== "string" && (p.problem === "formIdStart" || p.problem === "formIdCharacter");

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ExportTab({ rubric: state, evaluations: store, version: asked }: ExportTabProps) {
  const styles = useStyles();
  const { t, i18n } = useExportTexts();
  const session = useSession();
  const language = languageOf(i18n.language);
  const [format, setFormat] = useState<ExportFormat>("rubricJson");
  /** The version chosen in the picker; null: the latest. */
  const [choice, setChoice] = useState<VersionChoice | null>(asked ?? null);
  useEffect(() => {
    if (asked !== undefined) setChoice(asked);
  }, [asked]);
  // The workflow id and table names are kept with the rubric in the workbook (useExportSettings).
  const exportSettings = useExportSettings(session, state?.rubric?.id);
  const { workflowId, detailTable, fields, camundaFormId } = exportSettings.settings;
  /** The reviewer's choice; null: selected rows when the selection covers rows of the table, else all. */
  const [rowsChoice, setRowsChoice] = useState<RowsChoice | null>(null);
  const [builder, setBuilder] = useState<Builder | null>(null);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    import(/* webpackChunkName: "export" */ "../../app/export-rubric").then(
      (loaded) => mounted.current && setBuilder(loaded),
      (error: unknown) => mounted.current && setLoadFailure(messageOf(error)),
    );
    return () => {
      mounted.current = false;
    };
  }, []);

  // The payloads need the evaluations: the store reads them when that format is first chosen, and while the
  // payloads are shown "Selected rows" follows the sheet's selection. A failed read keeps what the store held:
  // "Read the evaluations again" reads anew.
  const needsEvaluations = format === "ecologyPayload";
  const {
    evaluations: stored,
    selectedRows,
    failure: readFailure,
    loading,
  } = useEvaluations(store, session, needsEvaluations);
  const evaluations = loading ? undefined : stored;

  const selectedEvaluations = useMemo(() => {
    const covered = new Set(selectedRows);
    return evaluations?.filter((e) => covered.has(e.rowIndex));
  }, [evaluations, selectedRows]);
  const rows: RowsChoice = rowsChoice ?? (selectedRows.length > 0 ? "selected" : "all");
  const chosenEvaluations = rows === "selected" ? selectedEvaluations : evaluations;

  const rubric = state?.rubric ?? null;
  const sheetProblems = state?.problems ?? [];
  // The versions: a choice that is no longer offered (the draft published, a version gone) falls back to the latest.
  const options = useMemo(() => (state ? versionOptions(state) : []), [state]);
  const versions = state?.versions?.history.versions;
  const hasVersions = options.length > 0;
  const version = choice !== null && options.some((o) => o.choice === choice) ? choice : undefined;
  const target = rubric ? exportTarget({ rubric, versions, version }) : null;
  // The working tables' problems refuse what is built from them: everything before versions, the draft after.
  const fromWorkingTables = !hasVersions || (!needsEvaluations && target?.kind === "draft");
  const blocked = fromWorkingTables && sheetProblems.length > 0;
  const output = useMemo((): ExportOutput | null => {
    if (!builder || !rubric || blocked) return null;
    if (needsEvaluations && chosenEvaluations === undefined) return null;
    try {
      return builder.buildExport(format, {
        rubric,
        versions,
        version,
        language,
        evaluations: chosenEvaluations,
        workflowId,
        detailTable,
        fields,
        camundaFormId,
      });
    } catch (error) {
      // A bug or an unexpected value, not a crash of the pane: nothing is produced and the reason is shown.
      return { ok: false as const, problems: [messageOf(error)] };
    }
  }, [
    builder,
    rubric,
    versions,
    version,
    blocked,
    needsEvaluations,
    chosenEvaluations,
    format,
    language,
    workflowId,
    detailTable,
    fields,
    camundaFormId,
  ]);

  // The field names' editor: the fields of the payloads' forms, and the payloads' own check of the names given.
  const fieldNames = useMemo(() => {
    if (!builder || !rubric || !needsEvaluations) return null;
    try {
      return builder.ecologyFieldNames({ rubric, versions, language, fields });
    } catch {
      return null; // a rubric the forms cannot be built from: the payloads say why
    }
  }, [builder, rubric, versions, language, fields, needsEvaluations]);

  if (loadFailure !== null) return <FailureBar failure={t("export.loadFailed", { message: loadFailure })} />;
  if (state === undefined || builder === null) return <Body1>{t("export.loading")}</Body1>;
  if (!rubric) return <Body1>{t("export.noRubric")}</Body1>;

  const choose = (next: string) => setFormat(next as ExportFormat);

  // What the file says of its status: the chosen version's (the rubric's now for the latest, or before versions);
  // the payloads, the rubric's.
  const older = !needsEvaluations && target?.kind === "version" && !target.latest ? target : null;
  const status = needsEvaluations || !target || target.kind === "missing" ? rubric.status : target.rubric.status;
  const unpublished = !needsEvaluations && target?.kind === "draft";
  const refused = output?.refused;

  return (
    <div className={styles.root}>
      <Field label={t("export.format")}>
        <RadioGroup value={format} onChange={(_, data) => choose(data.value)}>
          {EXPORT_FORMATS.map((f) => (
            <Radio key={f} value={f} label={t(`export.formats.${f}`)} />
          ))}
        </RadioGroup>
      </Field>

      {needsEvaluations && (
        <PayloadOptions
          workflowId={workflowId}
          onWorkflowId={(value) => exportSettings.change({ workflowId: value })}
          detailTable={detailTable}
          onDetailTable={(value) => exportSettings.change({ detailTable: value })}
          fieldNames={
            fieldNames && (
              <FieldNames
                fields={fieldNames.fields}
                names={fields}
                problems={fieldNames.problems}
                onName={(field, name) =>
                  exportSettings.change((shown) => ({ fields: { ...shown.fields, [field]: name } }))
                }
              />
            )
          }
          readFailure={readFailure}
          evaluations={evaluations}
          selectedCount={selectedEvaluations?.length ?? 0}
          rows={rows}
          onRows={setRowsChoice}
          onReread={() => void store.refresh()}
        />
      )}
      {format === "camundaForm" && (
        <CamundaOptions
          rubricId={rubric.id}
          formId={camundaFormId}
          onFormId={(value) => exportSettings.change({ camundaFormId: value })}
        />
      )}
      {exportSettings.failure && <FailureBar failure={exportSettings.failure} onDismiss={exportSettings.dismiss} />}

      {hasVersions &&
        (needsEvaluations ? (
          <Caption1>{t("export.ownVersions")}</Caption1>
        ) : (
          <VersionPicker
            options={options}
            value={version ?? options.find((o) => o.latest)!.choice}
            onChange={(next) => setChoice(next)}
          />
        ))}

      <ExportWarnings
        unpublished={unpublished ? rubric.version : undefined}
        status={status}
        olderVersion={older ? older.published.version : undefined}
        sheetProblems={blocked ? sheetProblems : undefined}
        problems={output && !output.ok ? output.problems.filter((p) => !shownInline(p)) : undefined}
      />

      {refused && <RefusedRows refused={refused} produced={output?.ok ? (output.payloads ?? 0) : 0} />}

      {output?.ok && (
        <ExportResult
          key={`${format}|${version ?? "latest"}|${rows}`}
          output={output}
          format={format}
          payloadVersions={needsEvaluations && hasVersions}
          onExport={exportSettings.flush}
        />
      )}
    </div>
  );
}
