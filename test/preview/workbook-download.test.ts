/** @jest-environment jsdom */
// The preview's stand-in for a second Excel window: the new workbook offered as a download named after its first
// sheet, the bytes as the add-in handed them to Excel.createWorkbook.
import { toBase64, xlsxFile } from "../../src/formats/xlsx";
import { offerDownload, workbookName } from "./workbook-download";

describe("the new workbook as a download", () => {
  it("is named after its first sheet, and holds the file given", async () => {
    const file = xlsxFile([{ name: "Values a&b", rows: [["x"]] }]);
    expect(workbookName(file)).toBe("Values a&b");
    expect(workbookName(new Uint8Array([1, 2, 3]))).toBe("Book1");

    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), "blob:new"), revokeObjectURL: () => undefined });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    offerDownload(toBase64(file));
    expect(clicked.map((a) => a.download)).toEqual(["Values a&b.xlsx"]);
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0]);
    });
    expect(bytes).toEqual(file);
    expect(document.querySelector("a")).toBeNull();
  });
});
