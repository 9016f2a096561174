import {
  Body1,
  FluentProvider,
  makeStyles,
  Subtitle1,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";

export interface AppProps {
  /** Office.onReady's info.host ("Excel", "Word", ...): null when the page is opened outside Office. */
  host: string | null;
  /** Follow Office's dark theme. */
  dark?: boolean;
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

export function statusText(host: string | null): string {
  if (!host) return "Not running inside Excel: the RUBRIC functions and workbook features need Excel.";
  if (host !== "Excel")
    return `Running inside ${host}, not Excel: the RUBRIC functions and workbook features need Excel.`;
  return "Running inside Excel: the RUBRIC functions are available in this workbook.";
}

export function App({ host, dark = false }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root}>
      <Subtitle1 as="h1">Rubric Workbench</Subtitle1>
      <Body1 role="status">{statusText(host)}</Body1>
    </FluentProvider>
  );
}
