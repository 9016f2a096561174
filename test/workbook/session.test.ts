import { onSelectionChanged, runInWorkbook } from "../../src/workbook/session";

/** A stand-in for the Excel global: Excel.run over one context with worksheet-collection events. */
function stubExcel() {
  const handlers = { selection: new Set<() => Promise<void>>(), activated: new Set<() => Promise<void>>() };
  const syncs: string[] = [];
  const event = (set: Set<() => Promise<void>>) => ({
    add: (handler: () => Promise<void>) => {
      set.add(handler);
      return { context, remove: () => set.delete(handler) };
    },
  });
  const context = {
    workbook: { worksheets: { onSelectionChanged: event(handlers.selection), onActivated: event(handlers.activated) } },
    sync: async () => void syncs.push("sync"),
  };
  const runs: unknown[][] = [];
  const run = jest.fn(async (...args: unknown[]) => {
    runs.push(args);
    const batch = args[args.length - 1] as (c: typeof context) => Promise<unknown>;
    return batch(context);
  });
  (globalThis as unknown as { Excel: unknown }).Excel = { run };
  return { handlers, syncs, runs, context };
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("session", () => {
  it("runInWorkbook is Excel.run", async () => {
    const { context } = stubExcel();
    expect(await runInWorkbook(async (c) => (c as unknown) === context)).toBe(true);
  });

  it("registers selection and sheet-activation handlers, and removes them in the registration's context", async () => {
    const { handlers, syncs, runs, context } = stubExcel();
    const calls: string[] = [];
    const stop = await onSelectionChanged(() => calls.push("changed"));
    expect(handlers.selection.size).toBe(1);
    expect(handlers.activated.size).toBe(1);
    await [...handlers.selection][0]();
    await [...handlers.activated][0]();
    expect(calls).toEqual(["changed", "changed"]);
    await stop();
    expect(handlers.selection.size + handlers.activated.size).toBe(0);
    expect(runs[1][0]).toBe(context);
    expect(syncs).toEqual(["sync", "sync"]);
    await stop(); // a second stop does nothing
    expect(runs).toHaveLength(2);
  });
});
