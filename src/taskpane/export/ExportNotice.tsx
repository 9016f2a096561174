// What the last Copy, Download or Insert did, as a message bar.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useExportTexts } from "./texts";
import { FailureBar } from "../FailureBar";
import type { Failure } from "../../app/use-case";

/** What the last Copy, Download or Insert did, as the pane can honestly tell. */
export type Notice =
  | { kind: "copied" }
  | { kind: "copyFailed"; message: string }
  | { kind: "downloadStarted" }
  | { kind: "downloadFailed"; message: string }
  | { kind: "inserted"; name: string }
  | { kind: "failure"; failure: Failure };

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useExportTexts();
  if (notice.kind === "failure") return <FailureBar failure={notice.failure} onDismiss={onDismiss} />;
  const [intent, text] =
    notice.kind === "copied"
      ? (["success", t("export.copied")] as const)
      : notice.kind === "copyFailed"
        ? (["error", t("export.copyFailed", { message: notice.message })] as const)
        : notice.kind === "downloadStarted"
          ? (["info", t("export.downloadStarted")] as const)
          : notice.kind === "downloadFailed"
            ? (["error", t("export.downloadFailed", { message: notice.message })] as const)
            : (["success", t("export.inserted", { name: notice.name })] as const);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
