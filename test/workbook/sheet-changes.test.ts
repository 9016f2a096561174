import { ExcelRunner, SheetChange, onWorksheetsChanged } from "../../src/workbook/session";
import { typeInto } from "../support/host-helpers";
import { createSimulatedHost } from "../host";

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("onWorksheetsChanged on the simulated host", () => {
  it("hears each batch of cell changes once per sheet, with the box they span, until removed", async () => {
    const host = createSimulatedHost();
    host.model.addSheet("Other");
    const changes: SheetChange[] = [];
    const stop = await onWorksheetsChanged((change) => changes.push(change), host.excel as unknown as ExcelRunner);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B4").values = [[1]];
      sheet.getRange("D2:E2").values = [["a", "b"]];
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [[2]];
      await context.sync();
    });
    await settle();
    expect(changes).toEqual([
      { worksheetId: "{sheet:Sheet1}", address: "B2:E4", changeType: "RangeEdited" },
      { worksheetId: "{sheet:Other}", address: "A1", changeType: "RangeEdited" },
    ]);
    typeInto(host, "Sheet1", 9, 0, "typed"); // the grid, a co-author: the same event
    await settle();
    expect(changes[2]).toEqual({ worksheetId: "{sheet:Sheet1}", address: "A10", changeType: "RangeEdited" });
    await stop();
    typeInto(host, "Sheet1", 10, 0, "unheard");
    await settle();
    expect(changes).toHaveLength(3);
  });
});
