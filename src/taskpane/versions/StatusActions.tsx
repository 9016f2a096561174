// The rubric's status (Draft, Stable, Final) with what it means, and the actions that move it: Finalise… (a dialog
// with an optional note; not while the draft has unpublished changes or nothing is published) and, once final,
// Reopen… Presentational: the caller finalises and reopens (finaliseRubric, reopenRubric in app/rubric-status.ts)
// and says when that is under way (busy); marking stable is the stability card's.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { useVersionTexts } from "./texts";
import { RUBRIC_STATUSES, RubricStatus } from "../../rubric/model";
import { MAX_NOTE_LENGTH } from "../../rubric/publish";

export interface StatusActionsProps {
  status: RubricStatus;
  /** The latest published version (0: none yet). */
  latest: number;
  /** How many changes the working draft has against the latest version. */
  draftChanges: number;
  /** Finalises the rubric with the note (trimmed; "" for none). No Finalise… button without it. */
  onFinalise?: (note: string) => void;
  /** Reopens the final rubric with the note (trimmed; "" for none). No Reopen… button without it. */
  onReopen?: (note: string) => void;
  /** An action is under way: the buttons wait. */
  busy?: boolean;
}

const BADGE_COLOR = { draft: "informative", stable: "success", final: "brand" } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  reason: { color: tokens.colorNeutralForeground3 },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Action = "finalise" | "reopen";

export function StatusActions({
  status,
  latest,
  draftChanges,
  onFinalise,
  onReopen,
  busy = false,
}: StatusActionsProps) {
  const styles = useStyles();
  const { t } = useVersionTexts();
  // The dialog keeps its action while it closes, so its texts do not change under the closing animation.
  const [dialog, setDialog] = useState<{ action: Action; open: boolean }>({ action: "finalise", open: false });
  const [note, setNote] = useState("");
  const headingId = useId("status");
  const explainId = useId("status-explain");
  const reasonId = useId("status-reason");
  const bodyId = useId("status-dialog-body");

  // A Status cell the rubric cannot read (its problems say so) shows as a draft.
  const shown: RubricStatus = RUBRIC_STATUSES.includes(status) ? status : "draft";
  const final = shown === "final";
  const blocked =
    latest < 1
      ? t("versions.status.nothingPublished")
      : draftChanges > 0
        ? t("versions.status.hasChanges", { count: draftChanges })
        : null;
  const ask = (action: Action) => {
    setNote("");
    setDialog({ action, open: true });
  };
  const close = () => setDialog((d) => ({ ...d, open: false }));
  const confirm = () => {
    const act = dialog.action === "finalise" ? onFinalise : onReopen;
    close();
    act?.(note.trim());
  };
  const reopening = dialog.action === "reopen";

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("versions.status.title")}
      </Subtitle2>
      <div className={styles.line}>
        <Badge appearance="tint" color={BADGE_COLOR[shown]}>
          {t(`versions.status.label.${shown}`)}
        </Badge>
        <Body1 id={explainId}>{t(`versions.status.explain.${shown}`, { version: latest })}</Body1>
      </div>
      {((!final && onFinalise) || (final && onReopen)) && (
        <div className={styles.buttons}>
          {!final && onFinalise && (
            <Button
              disabled={busy || blocked !== null}
              aria-describedby={blocked !== null ? reasonId : undefined}
              onClick={() => ask("finalise")}
            >
              {t("versions.status.finalise")}
            </Button>
          )}
          {final && onReopen && (
            <Button disabled={busy} onClick={() => ask("reopen")}>
              {t("versions.status.reopen")}
            </Button>
          )}
          {busy && <Spinner size="extra-tiny" label={t("versions.status.busy")} />}
        </div>
      )}
      {!final && onFinalise && blocked !== null && (
        <Caption1 id={reasonId} className={styles.reason}>
          {blocked}
        </Caption1>
      )}
      <Dialog open={dialog.open} onOpenChange={(_, data) => !data.open && close()}>
        <DialogSurface aria-describedby={bodyId}>
          <DialogBody>
            <DialogTitle>
              {reopening ? t("versions.status.reopenTitle") : t("versions.status.finaliseTitle", { version: latest })}
            </DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 id={bodyId}>
                {reopening ? t("versions.status.reopenBody") : t("versions.status.finaliseBody", { version: latest })}
              </Body1>
              {!reopening && (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{t("versions.status.password")}</MessageBarBody>
                </MessageBar>
              )}
              <Field label={t("versions.status.note")} hint={t("versions.status.noteHint")}>
                <Textarea
                  value={note}
                  maxLength={MAX_NOTE_LENGTH}
                  resize="vertical"
                  onChange={(_, data) => setNote(data.value.slice(0, MAX_NOTE_LENGTH))}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={busy} onClick={confirm}>
                {reopening ? t("versions.status.reopenSubmit") : t("versions.status.finaliseSubmit")}
              </Button>
              <Button onClick={close}>{t("versions.status.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
