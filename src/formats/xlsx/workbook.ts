// A minimal .xlsx (Office Open XML, ECMA-376): [Content_Types].xml, the package and workbook relationships,
// xl/workbook.xml, xl/styles.xml and one xl/worksheets/sheetN.xml per sheet, zipped with fflate. Values only: no
// formula, no shared strings, no macros; what Excel, LibreOffice and Google Sheets open as a plain workbook.
import { strToU8, zipSync } from "fflate";
import { XlsxSheet } from "./cells";
import { fitSheetName } from "./sheet-name";
import { Styles } from "./styles";
import { worksheetXml } from "./worksheet";
import { escapeMarkup } from "./xml-text";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** The parts of the package by path, as text (exposed for tests and for reading what is written). */
export function xlsxParts(sheets: readonly XlsxSheet[]): Record<string, string> {
  if (sheets.length === 0) throw new Error("An .xlsx workbook needs at least one sheet.");
  const names: string[] = [];
  for (const sheet of sheets) names.push(fitSheetName(sheet.name, names));
  const styles = new Styles();
  const parts: Record<string, string> = {};
  const worksheets = sheets.map((sheet, i) => worksheetXml(sheet, names[i], styles, i === 0));
  parts["[Content_Types].xml"] =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    names
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`)
      .join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `</Types>`;
  parts["_rels/.rels"] =
    `${HEAD}<Relationships xmlns="${PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    names.map((n, i) => `<sheet name="${escapeMarkup(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `${HEAD}<Relationships xmlns="${PACKAGE_REL}">` +
    names
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("") +
    `<Relationship Id="rId${names.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  parts["xl/styles.xml"] = styles.xml();
  worksheets.forEach((xml, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  return parts;
}

/** The .xlsx file's bytes. */
export function xlsxFile(sheets: readonly XlsxSheet[]): Uint8Array {
  const parts = xlsxParts(sheets);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, strToU8(text)])), { level: 6 });
}
