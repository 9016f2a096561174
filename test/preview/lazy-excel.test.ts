import { createSimulatedHost, SimulatedHost } from "../host";
import { installLazyExcel } from "./lazy-excel";

describe("the page's Excel while the workbook loads", () => {
  it("holds Excel.run calls until the host has started, then runs them on it", async () => {
    let started!: (host: SimulatedHost) => void;
    const target: { Excel?: { run: SimulatedHost["excel"]["run"] } } = {};
    installLazyExcel(target, new Promise((resolve) => (started = resolve)));
    let done = false;
    const result = target.Excel!.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["early"]];
      await context.sync();
      return "ran";
    });
    void result.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    const host = createSimulatedHost();
    started(host);
    expect(await result).toBe("ran");
    expect(host.model.sheet("Sheet1").cell(0, 0)?.value).toBe("early");
  });
});
