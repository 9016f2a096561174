// The Rubric tab's versions: the working draft's unpublished changes with Publish, and the version history. Loaded
// on demand (its wording packs and dialogs are not on the first screen).
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Failure, Outcome } from "../../app/use-case";
import type { VersionsView } from "../../app/versions-view";
import type { Rubric } from "../../rubric/model";
import { DraftChanges } from "./DraftChanges";
import { PublishDialog } from "./PublishDialog";
import { VersionHistory } from "./VersionHistory";

export interface VersionsPanelProps {
  versions: VersionsView;
  /** The working draft as read (undefined while it has problems: nothing can be published). */
  draft?: Rubric;
  busy?: boolean;
  disabledReason?: string;
  onPublish: (note: string) => Promise<Outcome<unknown>>;
  /** Restores the working tables from the latest version, or makes `version` the working draft. */
  onDiscard?: (version?: number) => void;
}

export function VersionsPanel({ versions, draft, busy, disabledReason, onPublish, onDiscard }: VersionsPanelProps) {
  const [publishing, setPublishing] = useState(false);
  const [error, setError] = useState<Failure | undefined>();
  const [sending, setSending] = useState(false);
  // Restoring a version over unpublished changes replaces them: asked first.
  const [restoring, setRestoring] = useState<number | null>(null);
  const { t } = useTranslation();
  const { history, latest, draftChanges } = versions;
  const publish = async (note: string) => {
    setSending(true);
    const outcome = await onPublish(note);
    setSending(false);
    if (outcome.ok) {
      setPublishing(false);
      setError(undefined);
    } else setError(outcome.failure);
  };
  return (
    <>
      <DraftChanges
        latest={latest}
        changes={draftChanges}
        draft={draft}
        busy={busy}
        disabled={!draft || !!disabledReason}
        disabledReason={disabledReason}
        onPublish={() => setPublishing(true)}
        onDiscard={onDiscard && (() => onDiscard())}
      />
      <PublishDialog
        open={publishing}
        version={latest + 1}
        changes={draftChanges}
        draft={draft}
        busy={sending}
        error={error}
        onPublish={(note) => void publish(note)}
        onCancel={() => {
          setPublishing(false);
          setError(undefined);
        }}
      />
      <VersionHistory
        versions={history.versions}
        entries={history.entries}
        busy={busy}
        onRestore={onDiscard && ((version) => (draftChanges.length > 0 ? setRestoring(version) : onDiscard(version)))}
      />
      <Dialog open={restoring !== null} onOpenChange={(_, data) => !data.open && setRestoring(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("versions.restore.title", { version: restoring })}</DialogTitle>
            <DialogContent>
              {t("versions.restore.body", { count: draftChanges.length, version: restoring })}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  const version = restoring;
                  setRestoring(null);
                  if (version !== null) onDiscard?.(version);
                }}
              >
                {t("versions.restore.confirm")}
              </Button>
              <Button onClick={() => setRestoring(null)}>{t("versions.restore.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
