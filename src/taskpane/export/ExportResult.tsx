// What an export produced: its preview and what is known of it (checksum, versions), and the ways to take it: Copy,
// Download, Insert into a new sheet. Each of those is an export: `onExport` runs first (the tab saves its settings).
// What the last of them did is said until another format, version or rows are chosen (the tab keys this view by
// them, so a new choice starts with no notice).
import { Button, Caption1, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useExportTexts } from "./texts";
import type { ExportFile, ExportFormat } from "../../app/export-rubric";
import { insertSheet } from "../../app/insert-sheet";
import { useSession } from "../session";
import { download } from "./download";
import { Notice, NoticeBar } from "./ExportNotice";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  preview: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "pre" },
  checksum: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface ExportResultProps {
  output: ExportFile;
  format: ExportFormat;
  /** The payloads under several versions: name them. */
  payloadVersions: boolean;
  onExport: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ExportResult({ output, format, payloadVersions, onExport }: ExportResultProps) {
  const styles = useStyles();
  const { t } = useExportTexts();
  const session = useSession();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [inserting, setInserting] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const copy = async () => {
    onExport();
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
    onExport();
    try {
      download(output.text, output.fileName, output.mimeType);
      setNotice({ kind: "downloadStarted" });
    } catch (error) {
      setNotice({ kind: "downloadFailed", message: messageOf(error) });
    }
  };

  const insert = async () => {
    onExport();
    setInserting(true);
    setNotice(null);
    const outcome = await insertSheet(session, t(`export.sheetName.${format}`), output.sheet);
    if (!mounted.current) return;
    setInserting(false);
    setNotice(outcome.ok ? { kind: "inserted", name: outcome.value } : { kind: "failure", failure: outcome.failure });
  };

  return (
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
      {payloadVersions && <Caption1>{t("export.payloadVersions", { versions: output.versions.join(", ") })}</Caption1>}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void copy()}>
          {t("export.copy")}
        </Button>
        <Button onClick={save}>{t("export.download")}</Button>
        <Button onClick={() => void insert()} disabled={inserting}>
          {inserting ? t("export.inserting") : t("export.insert")}
        </Button>
      </div>
      {notice && <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />}
    </>
  );
}
