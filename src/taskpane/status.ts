import { TFunction } from "i18next";
import { englishT } from "./i18n";

/** Where the pane runs, in the reader's language (English by default). */
export function statusText(host: string | null, t: TFunction = englishT()): string {
  if (!host) return t("app.status.outside");
  if (host !== "Excel") return t("app.status.otherHost", { host });
  return t("app.status.excel");
}
