// "Apply version N to evaluations…": the explicit re-scoring. The manager chooses which evaluations (those selected
// in the sheet, those dated in a period, or all) and may say why; the history records it and it can be undone.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useVersionTexts } from "./texts";
import type { ApplyScope } from "../../app/apply-version";
import type { Failure } from "../../app/use-case";
import { FailureBar } from "../FailureBar";

export interface ApplyDialogProps {
  /** The version to apply; null: closed. */
  version: number | null;
  onApply: (scope: ApplyScope, note: string) => void;
  onCancel: () => void;
  busy?: boolean;
  error?: Failure;
  /** Today, for the default period (this month). */
  today?: Date;
}

type Which = "selection" | "period" | "all";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  period: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function ApplyDialog({ version, onApply, onCancel, busy = false, error, today = new Date() }: ApplyDialogProps) {
  const styles = useStyles();
  const { t } = useVersionTexts();
  const [which, setWhich] = useState<Which>("selection");
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));
  const [from, setFrom] = useState(isoDay(first));
  const [to, setTo] = useState(isoDay(last));
  const [note, setNote] = useState("");
  const periodValid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const scope = (): ApplyScope =>
    which === "all" ? { all: true } : which === "selection" ? { selection: true } : { from, to };
  return (
    <Dialog open={version !== null} onOpenChange={(_, data) => !data.open && !busy && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("versions.apply.title", { version })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={t("versions.apply.which")}>
              <RadioGroup value={which} onChange={(_, data) => setWhich(data.value as Which)} disabled={busy}>
                <Radio value="selection" label={t("versions.apply.selection")} />
                <Radio value="period" label={t("versions.apply.period")} />
                <Radio value="all" label={t("versions.apply.all")} />
              </RadioGroup>
            </Field>
            {which === "period" && (
              <div className={styles.period}>
                <Field label={t("versions.apply.from")}>
                  <Input type="date" value={from} onChange={(_, data) => setFrom(data.value)} disabled={busy} />
                </Field>
                <Field label={t("versions.apply.to")}>
                  <Input type="date" value={to} onChange={(_, data) => setTo(data.value)} disabled={busy} />
                </Field>
              </div>
            )}
            <Field label={t("versions.apply.note")} hint={t("versions.apply.noteHint")}>
              <Textarea value={note} onChange={(_, data) => setNote(data.value)} maxLength={500} disabled={busy} />
            </Field>
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("versions.apply.explain", { version })}</MessageBarBody>
            </MessageBar>
            {error && <FailureBar failure={error} />}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy || (which === "period" && !periodValid)}
              onClick={() => onApply(scope(), note.trim())}
            >
              {t("versions.apply.submit", { version })}
            </Button>
            <Button disabled={busy} onClick={onCancel}>
              {t("versions.apply.cancel")}
            </Button>
            {busy && <Spinner size="extra-tiny" label={t("versions.apply.busy")} />}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
