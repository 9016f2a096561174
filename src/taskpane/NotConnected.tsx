import { Body1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { statusText } from "./status";

/** Outside Excel, or without workbook actions: say so, and what can be done. */
export function NotConnected({ host, connected }: { host: string | null; connected: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Body1 role="status">{statusText(host, t)}</Body1>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{host === "Excel" && !connected ? t("app.notConnected") : t("app.outsideHelp")}</MessageBarBody>
      </MessageBar>
    </>
  );
}
