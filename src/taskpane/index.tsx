import { displayLanguage, mountPane } from "./mount";

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const language = displayLanguage();
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  mountPane(container, { host: info.host ? String(info.host) : null, language });
});
