// Opening a new workbook from a file (Excel.createWorkbook, ExcelApi 1.8): where office.js says the requirement set
// is missing, or the function is, or Excel answers ApiNotFound, the error says this Excel cannot; another refusal
// carries Excel's reason; otherwise the host has the file.
import { openNewWorkbook } from "../../src/workbook/new-workbook";
import { createSimulatedHost } from "../host";

const UNSUPPORTED = "This Excel cannot open a new workbook from the add-in (ExcelApi 1.8).";
const FILE = Buffer.from("PK\u0003\u0004 a zip").toString("base64");

describe("openNewWorkbook", () => {
  it("hands the file to Excel.createWorkbook where ExcelApi 1.8 is supported", async () => {
    const host = createSimulatedHost();
    const asked: string[] = [];
    const requirements = {
      isSetSupported: (name: string, version?: string) => (asked.push(`${name} ${version}`), true),
    };
    await openNewWorkbook(FILE, host.excel, requirements);
    expect(asked).toEqual(["ExcelApi 1.8"]);
    expect(host.createdWorkbooks).toEqual([FILE]);
  });

  it("refuses without calling Excel where office.js reports the set missing", async () => {
    const host = createSimulatedHost();
    await expect(openNewWorkbook(FILE, host.excel, { isSetSupported: () => false })).rejects.toThrow(UNSUPPORTED);
    expect(host.createdWorkbooks).toEqual([]);
  });

  it("refuses where Excel has no createWorkbook, or answers ApiNotFound", async () => {
    await expect(openNewWorkbook(FILE, {}, undefined)).rejects.toThrow(UNSUPPORTED);
    await expect(openNewWorkbook(FILE, undefined, undefined)).rejects.toThrow(UNSUPPORTED);
    const older = createSimulatedHost({ unsupported: ["Excel.createWorkbook"] });
    await expect(openNewWorkbook(FILE, older.excel, undefined)).rejects.toThrow(UNSUPPORTED);
  });

  it("carries Excel's reason for another refusal (a file that is not an .xlsx)", async () => {
    const host = createSimulatedHost();
    await expect(openNewWorkbook("not base64!", host.excel, undefined)).rejects.toThrow(
      "Excel did not open the new workbook: The argument is invalid",
    );
    await expect(openNewWorkbook(Buffer.from("<html>").toString("base64"), host.excel, undefined)).rejects.toThrow(
      "The argument is invalid",
    );
    expect(host.createdWorkbooks).toEqual([]);
  });
});
