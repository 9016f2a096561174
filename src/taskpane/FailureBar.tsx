import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Failure } from "../app/use-case";

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
  // A use case names its texts by key (src/app); the i18n test proves every use case's key has them in each language.
  const text = t as unknown as (key: string) => string;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {titled && <MessageBarTitle>{text(`failure.${titled.key}.title`)}</MessageBarTitle>}
        {/* A space between the title and the message: read together, they are two sentences. */}
        {titled && " "}
        {titled ? titled.message : failure}
        {/* The hint of how it failed (a refused file, a protected sheet), else the action's general hint. */}
        {titled && <div>{text(titled.kind ? `failure.kinds.${titled.kind}` : `failure.${titled.key}.hint`)}</div>}
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
