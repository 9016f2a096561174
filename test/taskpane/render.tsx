// Renders pane components as the App does: Fluent theme and the pane's translations.
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import { Language, createI18n } from "../../src/taskpane/i18n";

const instances = new Map<Language, ReturnType<typeof createI18n>>();

export function renderPane(ui: ReactElement, language: Language = "en") {
  let i18n = instances.get(language);
  if (!i18n) instances.set(language, (i18n = createI18n(language)));
  return render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </I18nextProvider>,
  );
}
