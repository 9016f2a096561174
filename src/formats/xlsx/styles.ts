// styles.xml: one cell format (xf) per number format the cells use. General and Text ("@") are built-in formats
// (ids 0 and 49); every other format is written out as a custom one (ids from 164), so that none depends on the
// reader's locale (built-in date formats do).
import { escapeMarkup } from "./xml-text";

const BUILT_IN: Readonly<Record<string, number>> = { General: 0, "@": 49 };
const FIRST_CUSTOM = 164;

export class Styles {
  private readonly formats: string[] = ["General"];
  private readonly index = new Map<string, number>([["General", 0]]);

  /** The style index (the cell's s attribute) of a number format. */
  styleOf(format: string | null | undefined): number {
    const key = format === null || format === undefined || format === "" ? "General" : format;
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.formats.length;
      this.formats.push(key);
      this.index.set(key, at);
    }
    return at;
  }

  xml(): string {
    const custom = this.formats.filter((f) => !(f in BUILT_IN));
    const ids = new Map(custom.map((f, i) => [f, FIRST_CUSTOM + i]));
    const id = (f: string) => BUILT_IN[f] ?? ids.get(f)!;
    const numFmts = custom.length
      ? `<numFmts count="${custom.length}">${custom
          .map((f) => `<numFmt numFmtId="${ids.get(f)}" formatCode="${escapeMarkup(f)}"/>`)
          .join("")}</numFmts>`
      : "";
    const xfs = this.formats
      .map(
        (f) =>
          `<xf numFmtId="${id(f)}" fontId="0" fillId="0" borderId="0" xfId="0"${f === "General" ? "" : ' applyNumberFormat="1"'}/>`,
      )
      .join("");
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts}` +
      `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.formats.length}">${xfs}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `</styleSheet>`
    );
  }
}
