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
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useVersionTexts } from "./texts";
import type { ApplyResult, ApplyScope } from "../../app/apply-version";
import type { Failure, Outcome } from "../../app/use-case";
import { FailureBar } from "../FailureBar";
import { ApplyDialog } from "./ApplyDialog";
import type { VersionsView } from "../../app/versions-view";
import type { Rubric, RubricStatus } from "../../rubric/model";
import type { DatedEvaluation } from "../../rubric/stability";
import type { StabilityRule } from "../../rubric/version";
import { StabilityCard } from "./StabilityCard";
import { StatusActions } from "./StatusActions";
import { VersionTimeline } from "./VersionTimeline";
import { DraftChanges } from "./DraftChanges";
import { PublishDialog } from "./PublishDialog";
import { VersionHistory } from "./VersionHistory";

export interface VersionsPanelProps {
  /** Every evaluation's date and version (undefined while they are read): stability, timeline, counts. */
  evaluations?: readonly DatedEvaluation[];
  /** The rubric's status (the card suggests marking a draft stable once the rule holds). */
  status?: RubricStatus;
  onMarkStable?: () => void;
  onFinalise?: (note: string) => void;
  onReopen?: (note: string) => void;
  /** The stability rule of the rubric's settings, and what could not be read of it. */
  stability?: { rule: StabilityRule; warnings: string[] };
  /** Opens the Export tab on a version. */
  onExport?: (version: number) => void;
  /** Re-scores evaluations under a version; its outcome names the history entry (for Undo). */
  onApply?: (version: number, scope: ApplyScope, note: string) => Promise<Outcome<ApplyResult>>;
  onUndoApply?: (entry: number, note: string) => Promise<Outcome<ApplyResult>>;
  versions: VersionsView;
  /** The working draft as read (undefined while it has problems: nothing can be published). */
  draft?: Rubric;
  busy?: boolean;
  disabledReason?: string;
  onPublish: (note: string) => Promise<Outcome<unknown>>;
  /** Restores the working tables from the latest version, or makes `version` the working draft. */
  onDiscard?: (version?: number) => void;
}

export function VersionsPanel(props: VersionsPanelProps) {
  const { versions, draft, busy, disabledReason, onPublish, onDiscard, onApply, onUndoApply } = props;
  const { evaluations, status = "draft", onMarkStable, onExport, onFinalise, onReopen, stability } = props;
  // A final rubric is frozen: no publishing, discarding or re-scoring until it is reopened.
  const final = status === "final";
  const counts = useMemo(() => {
    const byVersion: Record<number, number> = {};
    for (const e of evaluations ?? []) if (e.version !== null) byVersion[e.version] = (byVersion[e.version] ?? 0) + 1;
    return byVersion;
  }, [evaluations]);
  const [publishing, setPublishing] = useState(false);
  const [error, setError] = useState<Failure | undefined>();
  const [sending, setSending] = useState(false);
  // Restoring a version over unpublished changes replaces them: asked first.
  const [restoring, setRestoring] = useState<number | null>(null);
  const { t } = useVersionTexts();
  const [applying, setApplying] = useState<number | null>(null);
  const [applyError, setApplyError] = useState<Failure | undefined>();
  // The last re-scoring, offered for undo; or what the undo did.
  const [applied, setApplied] = useState<{ version: number; result: ApplyResult; undone?: boolean } | null>(null);
  const [undoError, setUndoError] = useState<Failure | undefined>();
  const apply = async (scope: ApplyScope, note: string) => {
    if (applying === null || !onApply) return;
    setSending(true);
    const outcome = await onApply(applying, scope, note);
    setSending(false);
    if (!outcome.ok) return setApplyError(outcome.failure);
    setApplied({ version: applying, result: outcome.value });
    setApplying(null);
    setApplyError(undefined);
  };
  const undo = async () => {
    if (!applied || !onUndoApply) return;
    setSending(true);
    const outcome = await onUndoApply(
      applied.result.entry,
      t("versions.apply.undoNote", { entry: applied.result.entry }),
    );
    setSending(false);
    if (!outcome.ok) return setUndoError(outcome.failure);
    setUndoError(undefined);
    setApplied({ ...applied, result: outcome.value, undone: true });
  };
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
      <StatusActions
        status={status}
        latest={latest}
        draftChanges={draftChanges.length}
        onFinalise={onFinalise}
        onReopen={onReopen}
        busy={busy}
      />
      <DraftChanges
        latest={latest}
        changes={draftChanges}
        draft={draft}
        busy={busy}
        disabled={final || !draft || !!disabledReason}
        disabledReason={final ? t("versions.status.finalHint") : disabledReason}
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
      {applied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {applied.undone
              ? t("versions.apply.undone", { count: applied.result.moved })
              : t("versions.apply.done", { count: applied.result.moved, version: applied.version })}
          </MessageBarBody>
          {!applied.undone && onUndoApply && (
            <MessageBarActions>
              <Button disabled={sending || busy} onClick={() => void undo()}>
                {t("versions.apply.undo")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {undoError && <FailureBar failure={undoError} onDismiss={() => setUndoError(undefined)} />}
      <ApplyDialog
        version={applying}
        busy={sending}
        error={applyError}
        onApply={(scope, note) => void apply(scope, note)}
        onCancel={() => {
          setApplying(null);
          setApplyError(undefined);
        }}
      />
      {evaluations && (
        <>
          {stability?.warnings.map((warning) => (
            <MessageBar key={warning} intent="warning" layout="multiline">
              <MessageBarBody>{warning}</MessageBarBody>
            </MessageBar>
          ))}
          <StabilityCard
            rule={stability?.rule}
            versions={history.versions}
            evaluations={evaluations}
            status={status}
            onMarkStable={onMarkStable}
            busy={busy}
          />
          <VersionTimeline versions={history.versions} evaluations={evaluations} />
        </>
      )}
      <VersionHistory
        counts={evaluations ? counts : undefined}
        onExport={onExport}
        onApply={!final && onApply ? (version) => setApplying(version) : undefined}
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
