import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Failure } from "./failure";

export interface FailureBarProps {
  /** A failed action (titled, with what to do), or a plain message. */
  failure: Failure | string;
  onDismiss?: () => void;
  onRetry?: () => void;
}

/** A failure, what it means and what to do about it. */
export function FailureBar({ failure, onDismiss, onRetry }: FailureBarProps) {
  const { t } = useTranslation();
  const titled = typeof failure === "string" ? null : failure;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {titled && <MessageBarTitle>{t(`failure.${titled.action}.title`)}</MessageBarTitle>}
        {titled ? titled.message : failure}
        {titled && <div>{t(`failure.${titled.action}.hint`)}</div>}
      </MessageBarBody>
      {(onDismiss || onRetry) && (
        <MessageBarActions
          containerAction={
            onDismiss ? (
              <Button appearance="transparent" size="small" onClick={onDismiss}>
                {t("app.dismiss")}
              </Button>
            ) : undefined
          }
        >
          {onRetry && <Button onClick={onRetry}>{t("app.retry")}</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
