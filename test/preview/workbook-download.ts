// Excel.createWorkbook in the preview: a browser has no second Excel window, so the new workbook is offered as a
// download instead (<first sheet's name>.xlsx), the file exactly as the add-in handed it to Excel. Preview tooling
// only; the shipped pane never offers a download for it.
import { strFromU8, unzipSync } from "fflate";

/** The workbook's name: its first sheet's, read from xl/workbook.xml; "Book1" when it cannot be read. */
export function workbookName(bytes: Uint8Array): string {
  try {
    const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === "xl/workbook.xml" })["xl/workbook.xml"]);
    const name = /<sheet [^>]*name="([^"]*)"/.exec(xml)?.[1];
    const text =
      name && new DOMParser().parseFromString(`<n>${name}</n>`, "application/xml").documentElement.textContent;
    return text?.replace(/[\\/:*?"<>|]/g, "_") || "Book1";
  } catch {
    return "Book1";
  }
}

export function offerDownload(base64: string, document: Document = window.document): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `${workbookName(bytes)}.xlsx`;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
