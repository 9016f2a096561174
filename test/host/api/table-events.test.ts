// Table.onChanged (ExcelApi 1.7) as Excel raises it: after cells inside the table change, by whoever, with the
// changed area of the table (TableChangedEventArgs.address); not for cells outside it; not after remove().
import { createSimulatedHost } from "../index";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function tableWithHandler() {
  const host = createSimulatedHost();
  const seen: { address: string; changeType: string; tableId: string; type: string }[] = [];
  const registration = await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2:D4").values = [
      ["ID", "Max", "Levels"],
      ["A", 10, ""],
      ["B", 5, ""],
    ];
    context.workbook.tables.add("Sheet1!B2:D4", true).name = "Criteria";
    await context.sync();
    const result = context.workbook.tables.getItem("Criteria").onChanged.add(async (args) => {
      seen.push({ address: args.address, changeType: String(args.changeType), tableId: args.tableId, type: args.type });
    });
    await context.sync();
    return result;
  });
  await tick();
  return { host, seen, registration };
}

describe("Table.onChanged", () => {
  it("reports an edit inside the table with its address, after the batch", async () => {
    const { host, seen } = await tableWithHandler();
    host.model.write(host.model.sheet("Sheet1"), 2, 2, 12); // C3, A's Max
    expect(seen).toEqual([]); // Office calls handlers later, never inside the change
    await tick();
    expect(seen).toEqual([
      { address: "C3", changeType: "RangeEdited", tableId: "{table:Criteria}", type: "TableChanged" },
    ]);
  });

  it("clips a write that spans the table's edge to the table, and ignores one outside it", async () => {
    const { host, seen } = await tableWithHandler();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D4:E5").values = [
        ["7 = x", 1],
        [2, 3],
      ];
      await context.sync();
    });
    await tick();
    expect(seen.map((s) => s.address)).toEqual(["D4"]);
    host.model.write(host.model.sheet("Sheet1"), 9, 0, "elsewhere"); // A10
    await tick();
    expect(seen.map((s) => s.address)).toEqual(["D4"]);
  });

  it("says nothing after the handler is removed", async () => {
    const { host, seen, registration } = await tableWithHandler();
    await host.run(async () => {
      registration.remove();
      await registration.context.sync();
    });
    host.model.write(host.model.sheet("Sheet1"), 2, 2, 12);
    await tick();
    expect(seen).toEqual([]);
  });
});
