import { insertSheet } from "../../src/app/insert-sheet";
import { grid } from "../support/host-helpers";
import { hostSession, valueOf } from "../support/session";

describe("insertSheet", () => {
  it("inserts a sheet of text cells that never become formulas, under a unique name", async () => {
    const { session, host } = hostSession();
    host.model.addSheet("Export");
    expect(valueOf(await insertSheet(session, "Export", [["=1+1"], ["{"]]))).toBe("Export (2)");
    expect(grid(host, "Export (2)", "A1:A2")).toEqual([["=1+1"], ["{"]]);
    expect(host.model.sheet("Export (2)").cell(0, 0)?.formula).toBeUndefined();
  });
});
