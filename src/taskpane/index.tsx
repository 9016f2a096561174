import { languageTag } from "./i18n";
import { displayLanguage, mountPane } from "./mount";

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const language = displayLanguage();
  document.documentElement.lang = languageTag(language);
  mountPane(container, { host: info.host ? String(info.host) : null, language });
});
