// The Export tab: pick a format, see the export, then copy it, download it or insert it into a new sheet. The format
// modules (src/app/export-rubric and src/formats) are loaded with import() when the tab first shows, so they land in
// their own chunk, as does the tab itself (Workbench loads it lazily). The payloads take
// their evaluations from the pane's evaluations store.
//
// Once the workbook has published versions, the rubric formats export the version chosen in the picker (the latest
// by default) from its snapshot, or the working draft, said to be unpublished, when it has changes; the payloads send
// each evaluation under its own version.
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExportFormat, ExportOutput } from "../../app/export-rubric";
import { VersionChoice, exportTarget, versionOptions } from "../../app/export-version";
import { insertSheet } from "../../app/insert-sheet";
import type { RubricState } from "../../app/rubric-state";
import { EvaluationsStore } from "../evaluations/store";
import { useEvaluations } from "../evaluations/useEvaluations";
import { FailureBar } from "../FailureBar";
import { ProblemList } from "../rubric/ProblemList";
import { languageOf } from "../i18n";
import { useSession } from "../session";
import { download } from "./download";
import { Notice, NoticeBar } from "./ExportNotice";
import { PayloadOptions, RowsChoice } from "./PayloadOptions";
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
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  preview: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "pre" },
  checksum: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface ExportTabProps {
  /** The rubric as last read (readRubric): the export is built from it, never from cell text. */
  rubric: RubricState | undefined;
  evaluations: EvaluationsStore;
  /** A published version to show first (e.g. the version history's Export action); the picker can change it. */
  version?: number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ExportTab({ rubric: state, evaluations: store, version: asked }: ExportTabProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const session = useSession();
  const language = languageOf(i18n.language);
  const [format, setFormat] = useState<ExportFormat>("rubricJson");
  /** The version chosen in the picker; null: the latest. */
  const [choice, setChoice] = useState<VersionChoice | null>(asked ?? null);
  useEffect(() => {
    if (asked !== undefined) setChoice(asked);
  }, [asked]);
  const [workflowId, setWorkflowId] = useState("");
  const [detailTable, setDetailTable] = useState("");
  /** The reviewer's choice; null: selected rows when the selection covers rows of the table, else all. */
  const [rowsChoice, setRowsChoice] = useState<RowsChoice | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [inserting, setInserting] = useState(false);
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
  ]);

  if (loadFailure !== null) return <FailureBar failure={t("export.loadFailed", { message: loadFailure })} />;
  if (state === undefined || builder === null) return <Body1>{t("export.loading")}</Body1>;
  if (!rubric) return <Body1>{t("export.noRubric")}</Body1>;

  const choose = (next: string) => {
    setFormat(next as ExportFormat);
    setNotice(null);
  };

  // What the file says of its status: the chosen version's (the rubric's now for the latest, or before versions);
  // the payloads, the rubric's.
  const older = !needsEvaluations && target?.kind === "version" && !target.latest ? target : null;
  const status = needsEvaluations || !target || target.kind === "missing" ? rubric.status : target.rubric.status;
  const unpublished = !needsEvaluations && target?.kind === "draft";

  const pick = (next: VersionChoice) => {
    setChoice(next);
    setNotice(null);
  };

  const copy = async () => {
    if (!output?.ok) return;
    try {
      const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
      if (!clipboard || typeof clipboard.writeText !== "function") throw new Error(t("export.noClipboard"));
      await clipboard.writeText(output.text);
      if (mounted.current) setNotice({ kind: "copied" });
    } catch (error) {
      if (mounted.current) setNotice({ kind: "copyFailed", message: messageOf(error) });
    }
  };

  const save = () => {
    if (!output?.ok) return;
    try {
      download(output.text, output.fileName, output.mimeType);
      setNotice({ kind: "downloadStarted" });
    } catch (error) {
      setNotice({ kind: "downloadFailed", message: messageOf(error) });
    }
  };

  const insert = async () => {
    if (!output?.ok) return;
    setInserting(true);
    setNotice(null);
    const outcome = await insertSheet(session, t(`export.sheetName.${format}`), output.sheet);
    if (!mounted.current) return;
    setInserting(false);
    setNotice(outcome.ok ? { kind: "inserted", name: outcome.value } : { kind: "failure", failure: outcome.failure });
  };

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
          onWorkflowId={setWorkflowId}
          detailTable={detailTable}
          onDetailTable={setDetailTable}
          readFailure={readFailure}
          evaluations={evaluations}
          selectedCount={selectedEvaluations?.length ?? 0}
          rows={rows}
          onRows={(choice) => {
            setRowsChoice(choice);
            setNotice(null);
          }}
          onReread={() => void store.refresh()}
        />
      )}

      {hasVersions &&
        (needsEvaluations ? (
          <Caption1>{t("export.ownVersions")}</Caption1>
        ) : (
          <VersionPicker options={options} value={version ?? options.find((o) => o.latest)!.choice} onChange={pick} />
        ))}

      {unpublished && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("export.unpublished", { version: rubric.version })}</MessageBarBody>
        </MessageBar>
      )}

      {status !== "final" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {older
              ? t("export.versionNotFinal", { version: older.published.version, status: t(`rubric.status.${status}`) })
              : t("export.notFinal", { status: t(`rubric.status.${status}`) })}
          </MessageBarBody>
        </MessageBar>
      )}

      {blocked && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("export.invalid")}
            <ProblemList problems={sheetProblems} label={t("rubric.generalProblems")} />
          </MessageBarBody>
        </MessageBar>
      )}

      {output && !output.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("export.problems")}
            <ul className={styles.problems} aria-label={t("rubric.generalProblems")}>
              {output.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {output?.ok && (
        <>
          <Field label={t("export.preview")}>
            <Textarea
              readOnly
              value={output.text}
              resize="vertical"
              rows={14}
              textarea={{ className: styles.preview, spellCheck: false, wrap: "off" }}
            />
          </Field>
          {output.checksum && (
            <Caption1>
              {t("export.checksum")}:{" "}
              <span className={styles.checksum} data-testid="checksum">
                {output.checksum}
              </span>
            </Caption1>
          )}
          {output.published && (
            <Caption1>
              {t("export.publishedAs", {
                status: t(`rubric.status.${output.published.status}`),
                checksum: output.published.checksum,
              })}
            </Caption1>
          )}
          {needsEvaluations && hasVersions && (
            <Caption1>{t("export.payloadVersions", { versions: output.versions.join(", ") })}</Caption1>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => void copy()}>
              {t("export.copy")}
            </Button>
            <Button onClick={save}>{t("export.download")}</Button>
            <Button onClick={() => void insert()} disabled={inserting}>
              {inserting ? t("export.inserting") : t("export.insert")}
            </Button>
          </div>
        </>
      )}

      {notice && <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />}
    </div>
  );
}
