import { FluentProvider, Subtitle1, Theme, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { WorkbookSession } from "../app/session";
import { Language, createI18n, languageTag } from "./i18n";
import { NotConnected } from "./NotConnected";
import { SessionProvider } from "./session";
import { Workbench } from "./Workbench";

export { statusText } from "./status";

export interface AppProps {
  /** Office.onReady's info.host ("Excel", "Word", ...): null when the page is opened outside Office. */
  host: string | null;
  /** Office's theme as Fluent tokens (light by default; mount.tsx loads the dark one when Office is dark). */
  theme?: Theme;
  /** The pane's language (from Office's display language); English by default. */
  language?: Language;
  /** The workbook session the use cases run in. Without it (or outside Excel) the pane says what can be done. */
  session?: WorkbookSession;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export function App({ host, theme = webLightTheme, language = "en", session }: AppProps) {
  const i18n = useMemo(() => createI18n(language), [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={theme} lang={languageTag(language)}>
        <Pane host={host} session={session} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function Pane({ host, session }: Pick<AppProps, "host" | "session">) {
  const styles = useStyles();
  const { t } = useTranslation();
  const connected = host === "Excel" && session !== undefined;
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">{t("app.title")}</Subtitle1>
      {connected ? (
        <SessionProvider session={session}>
          <Workbench />
        </SessionProvider>
      ) : (
        <NotConnected host={host} connected={session !== undefined} />
      )}
    </main>
  );
}
