// The Rubric tab's block of unpublished changes: what the working draft changes against the latest version, with
// Publish… and Discard (after a confirmation). Presentational: the caller publishes and discards.
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import { useVersionTexts } from "./texts";
import type { ClassifiedChange } from "../../rubric/diff";
import type { Rubric } from "../../rubric/model";
import { ChangeList } from "./ChangeList";

export interface DraftChangesProps {
  /** The latest published version (0: none yet). */
  latest: number;
  /** The draft's changes against the latest version. */
  changes: readonly ClassifiedChange[];
  /** The working draft: names bands by their From in the list of changes. */
  draft?: Rubric;
  /** Opens the publish dialog. */
  onPublish: () => void;
  /** Called once the manager confirms: restore the working tables from the latest version (no button without it). */
  onDiscard?: () => void;
  /** An action is under way. */
  busy?: boolean;
  /** Publishing and discarding are not possible now; `disabledReason` says why. */
  disabled?: boolean;
  disabledReason?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  reason: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export function DraftChanges({
  latest,
  changes,
  draft,
  onPublish,
  onDiscard,
  busy = false,
  disabled = false,
  disabledReason,
}: DraftChangesProps) {
  const styles = useStyles();
  const { t } = useVersionTexts();
  const [confirming, setConfirming] = useState(false);
  const headingId = useId("draft-changes");
  const reasonId = useId("draft-reason");
  const confirmId = useId("draft-confirm");
  const inactive = busy || disabled;
  const reason = disabled && disabledReason ? disabledReason : undefined;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("versions.draft.title", { count: changes.length })}
      </Subtitle2>
      {changes.length === 0 ? (
        <Caption1 className={styles.empty}>
          {latest >= 1 ? t("versions.draft.none", { version: latest }) : t("versions.draft.nothingPublished")}
        </Caption1>
      ) : (
        <>
          <ChangeList changes={changes} to={draft} since={latest} />
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={inactive}
              aria-describedby={reason ? reasonId : undefined}
              onClick={onPublish}
            >
              {t("versions.draft.publish")}
            </Button>
            {latest >= 1 && onDiscard && (
              <Button
                disabled={inactive}
                aria-describedby={reason ? reasonId : undefined}
                onClick={() => setConfirming(true)}
              >
                {t("versions.draft.discard")}
              </Button>
            )}
            {busy && <Spinner size="extra-tiny" label={t("versions.draft.busy")} />}
          </div>
          {reason && (
            <Caption1 id={reasonId} className={styles.reason}>
              {reason}
            </Caption1>
          )}
        </>
      )}
      <Dialog modalType="alert" open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface aria-describedby={confirmId}>
          <DialogBody>
            <DialogTitle>{t("versions.draft.confirmTitle")}</DialogTitle>
            <DialogContent id={confirmId}>{t("versions.draft.confirmBody", { version: latest })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={inactive}
                onClick={() => {
                  setConfirming(false);
                  onDiscard?.();
                }}
              >
                {t("versions.draft.confirm")}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t("versions.draft.keep")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
