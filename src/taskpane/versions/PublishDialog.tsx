// Publishing the working draft as the next version: what changes, and a required short note saying why. Presentational:
// the caller publishes (onPublish) and says how it went (busy, error).
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { KeyboardEvent, useEffect, useState } from "react";
import { useVersionTexts } from "./texts";
import type { Failure } from "../../app/use-case";
import type { ClassifiedChange } from "../../rubric/diff";
import type { Rubric } from "../../rubric/model";
import { FailureBar } from "../FailureBar";
import { ChangeList } from "./ChangeList";

/** The longest note a version keeps. */
export const NOTE_LIMIT = 500;

export interface PublishDialogProps {
  open: boolean;
  /** The number the new version gets. */
  version: number;
  /** The draft's changes against the latest version. */
  changes: readonly ClassifiedChange[];
  /** The working draft: names bands by their From in the list of changes. */
  draft?: Rubric;
  /** Called with the note, trimmed. */
  onPublish: (note: string) => void;
  onCancel: () => void;
  /** Publishing is under way: nothing can be edited or pressed. */
  busy?: boolean;
  /** Why the last attempt failed. */
  error?: Failure | string;
}

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground3 },
  actions: { flexWrap: "wrap" },
});

export function PublishDialog({
  open,
  version,
  changes,
  draft,
  onPublish,
  onCancel,
  busy = false,
  error,
}: PublishDialogProps) {
  const styles = useStyles();
  const { t } = useVersionTexts();
  const [note, setNote] = useState("");
  const reasonId = useId("publish-reason");
  const changesId = useId("publish-changes");
  // A dialog opened anew starts with an empty note; one kept open (after a failure) keeps what was written.
  useEffect(() => {
    if (open) setNote("");
  }, [open]);

  const trimmed = note.trim();
  const reason =
    changes.length === 0 ? t("versions.publish.noChanges") : trimmed === "" ? t("versions.publish.needsNote") : null;
  const canPublish = reason === null && !busy;
  const publish = () => {
    if (canPublish) onPublish(trimmed);
  };
  // Enter writes a new line, as in any text box; Ctrl+Enter (⌘+Enter on a Mac) publishes.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      publish();
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && !busy && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("versions.publish.title", { version })}</DialogTitle>
          <DialogContent className={styles.content}>
            {error !== undefined && <FailureBar failure={error} />}
            <section className={styles.section} aria-labelledby={changesId}>
              <Subtitle2 as="h3" id={changesId}>
                {t("versions.publish.changes", { version })}
              </Subtitle2>
              <ChangeList changes={changes} to={draft} since={version - 1} />
            </section>
            <Field
              label={t("versions.publish.note")}
              required
              hint={`${t("versions.publish.noteHint")} ${t("versions.publish.counter", {
                length: note.length,
                max: NOTE_LIMIT,
              })}`}
            >
              <Textarea
                value={note}
                maxLength={NOTE_LIMIT}
                resize="vertical"
                disabled={busy}
                onChange={(_, data) => setNote(data.value.slice(0, NOTE_LIMIT))}
                onKeyDown={onKeyDown}
              />
            </Field>
            <Caption1 id={reasonId} className={styles.reason}>
              {reason ?? t("versions.publish.shortcut")}
            </Caption1>
            {busy && <Spinner size="tiny" label={t("versions.publish.busy")} />}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" disabled={!canPublish} aria-describedby={reasonId} onClick={publish}>
              {t("versions.publish.submit")}
            </Button>
            <Button disabled={busy} onClick={onCancel}>
              {t("versions.publish.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
