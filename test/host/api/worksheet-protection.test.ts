// Worksheet protection through the API, as Excel.WorksheetProtection has it: a protected sheet refuses writes at
// sync (AccessDenied) and changes nothing; unprotect, then the same write works; a password must match.
// Each case is its own batch on purpose (a failing sync ends its batch), hence syncs in loops.
/* eslint-disable office-addins/no-context-sync-in-loop */
import { cellsOf } from "../../support/host-helpers";
import { scoresHost, SHEET } from "../model/fixture";

describe("Worksheet.protection", () => {
  it("loads protected and options; protect() without options allows selecting only", async () => {
    const host = scoresHost();
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const before = sheet.protection.load("protected");
      await context.sync();
      const was = before.protected;
      sheet.protection.protect();
      const after = sheet.protection.load("protected,options");
      await context.sync();
      return { was, now: after.protected, options: after.options };
    });
    expect(read.was).toBe(false);
    expect(read.now).toBe(true);
    expect(read.options).toMatchObject({ allowFormatCells: false, allowSort: false, selectionMode: "Normal" });
    expect(host.model.sheet(SHEET).protection).not.toBeNull();
    expect(host.model.sheet("Summary").protection).toBeNull();
  });

  it("also loads through the worksheet's navigation path (protection/protected)", async () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET), { allowFormatColumns: true });
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET).load("name,protection/protected,protection/options");
      await context.sync();
      return [sheet.name, sheet.protection.protected, sheet.protection.options.allowFormatColumns];
    });
    expect(read).toEqual([SHEET, true, true]);
  });

  it("refuses values, formulas and number formats at sync with AccessDenied, and changes nothing", async () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET));
    const before = cellsOf(host);
    for (const write of [
      (r: Excel.Range) => (r.values = [[99]]),
      (r: Excel.Range) => (r.formulas = [["=1+1"]]),
      (r: Excel.Range) => (r.numberFormat = [["0.00"]]),
      (r: Excel.Range) => r.clear(),
    ]) {
      await expect(
        host.run(async (context) => {
          write(context.workbook.worksheets.getItem(SHEET).getRange("B2"));
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied", message: expect.stringContaining("protected sheet ('Sheet1')") });
    }
    expect(cellsOf(host)).toEqual(before);
  });

  it("refuses a table resize and column insert at sync, and drops what was queued after", async () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET));
    const before = cellsOf(host);
    const box = { ...host.model.table("Scores").box };
    await expect(
      host.run(async (context) => {
        context.workbook.tables.getItem("Scores").resize("A1:C6");
        context.workbook.worksheets.getItem("Summary").getRange("A2").values = [["after"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      host.run(async (context) => {
        context.workbook.tables.getItem("Scores").columns.add(undefined, undefined, "Extra");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.model.table("Scores").box).toEqual(box);
    expect(cellsOf(host)).toEqual(before);
  });

  it("writes to other sheets as before", async () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Summary").getRange("B1").values = [[5]];
      await context.sync();
    });
    expect(host.model.sheet("Summary").cell(0, 1)?.value).toBe(5);
  });

  it("allows a number format where the options allow formatting cells, never a value", async () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET), { allowFormatCells: true });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("B2").numberFormat = [["0.00"]];
      await context.sync();
    });
    expect(host.model.sheet(SHEET).cell(1, 1)?.numberFormat).toBe("0.00");
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange("B2").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("unprotect, then the same write works; protect and write in one batch run in order", async () => {
    const host = scoresHost();
    host.model.protect(host.model.sheet(SHEET));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.protection.unprotect();
      sheet.getRange("B2").values = [[99]];
      sheet.protection.protect({ allowAutoFilter: true });
      await context.sync();
    });
    const sheet = host.model.sheet(SHEET);
    expect(sheet.cell(1, 1)?.value).toBe(99);
    expect(sheet.protection?.options.allowAutoFilter).toBe(true);
  });

  it("protecting a protected sheet fails; unprotecting an unprotected one does nothing", async () => {
    const host = scoresHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.unprotect();
      await context.sync();
    });
    host.model.protect(host.model.sheet(SHEET));
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).protection.protect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("a password: a wrong one or none fails and the sheet stays protected; the right one unprotects", async () => {
    const host = scoresHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.protect({}, "s3cret");
      await context.sync();
    });
    for (const password of ["wrong", undefined]) {
      await expect(
        host.run(async (context) => {
          context.workbook.worksheets.getItem(SHEET).protection.unprotect(password);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied", message: expect.stringContaining("password") });
      expect(host.model.sheet(SHEET).protection).not.toBeNull();
    }
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.protection.unprotect("s3cret");
      sheet.getRange("B2").values = [[1]];
      await context.sync();
    });
    expect(host.model.sheet(SHEET).protection).toBeNull();
    expect(host.model.sheet(SHEET).cell(1, 1)?.value).toBe(1);
  });
});
