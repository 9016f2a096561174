// Reads an .xlsx written by src/formats/xlsx back, for tests: unzipped with fflate, every part parsed with the DOM's
// XML parser (so a part that is not well-formed XML fails the test), each cell with its type, value and number
// format. Needs the jsdom test environment (DOMParser).
import { strFromU8, unzipSync } from "fflate";

export interface ReadCell {
  /** The t attribute: "inlineStr", "b", "s" or undefined for a number. */
  type: string | undefined;
  value: string | number | boolean;
  format: string;
  /** The cell's formula element, if any (the writer must never write one). */
  formula: string | null;
}

export interface ReadSheet {
  name: string;
  cells: Map<string, ReadCell>;
  frozenRows: number;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const BUILT_IN: Record<string, string> = { "0": "General", "49": "@" };

export function parseXml(text: string, part: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`${part} is not well-formed XML: ${error.textContent}`);
  return doc;
}

/** OOXML's _xHHHH_ escapes read back as the characters. */
const unescape = (text: string) =>
  text.replace(/_x([0-9A-F]{4})_/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));

export function unzipXlsx(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

export function readXlsx(bytes: Uint8Array): ReadSheet[] {
  const parts = unzipXlsx(bytes);
  for (const [path, text] of Object.entries(parts)) parseXml(text, path);
  const styles = parseXml(parts["xl/styles.xml"], "styles");
  const custom = new Map(
    [...styles.getElementsByTagNameNS(MAIN, "numFmt")].map((f) => [
      f.getAttribute("numFmtId")!,
      f.getAttribute("formatCode")!,
    ]),
  );
  const xfs = [...styles.getElementsByTagNameNS(MAIN, "cellXfs")[0].getElementsByTagNameNS(MAIN, "xf")].map((xf) => {
    const id = xf.getAttribute("numFmtId")!;
    return BUILT_IN[id] ?? custom.get(id) ?? `builtin ${id}`;
  });
  const workbook = parseXml(parts["xl/workbook.xml"], "workbook");
  const rels = parseXml(parts["xl/_rels/workbook.xml.rels"], "workbook rels");
  const target = new Map(
    [...rels.getElementsByTagName("Relationship")].map((r) => [r.getAttribute("Id")!, r.getAttribute("Target")!]),
  );
  return [...workbook.getElementsByTagNameNS(MAIN, "sheet")].map((entry) => {
    const rid = entry.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")!;
    const path = `xl/${target.get(rid)}`;
    const doc = parseXml(parts[path], path);
    const cells = new Map<string, ReadCell>();
    for (const c of doc.getElementsByTagNameNS(MAIN, "c")) {
      const type = c.getAttribute("t") ?? undefined;
      const v = c.getElementsByTagNameNS(MAIN, "v")[0]?.textContent ?? "";
      const text = [...c.getElementsByTagNameNS(MAIN, "t")].map((t) => t.textContent).join("");
      const value = type === "inlineStr" ? unescape(text) : type === "b" ? v === "1" : type === "str" ? v : Number(v);
      cells.set(c.getAttribute("r")!, {
        type,
        value,
        format: xfs[Number(c.getAttribute("s") ?? 0)],
        formula: c.getElementsByTagNameNS(MAIN, "f")[0]?.textContent ?? null,
      });
    }
    const pane = doc.getElementsByTagNameNS(MAIN, "pane")[0];
    return { name: entry.getAttribute("name")!, cells, frozenRows: Number(pane?.getAttribute("ySplit") ?? 0) };
  });
}

/** Base64 (as Excel.createWorkbook takes it) to bytes. */
export const fromBase64 = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, "base64"));
