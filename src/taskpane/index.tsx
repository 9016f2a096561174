import { createRoot } from "react-dom/client";
import { App } from "./App";

/** Office's theme flag; absent outside Office and on hosts without theme support. */
function isDarkTheme(): boolean {
  try {
    return Office.context?.officeTheme?.isDarkTheme === true;
  } catch {
    return false;
  }
}

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App host={info.host ? String(info.host) : null} dark={isDarkTheme()} />);
});
