import { workbookSession } from "../../src/app/session";
import { paneVisibility } from "../../src/app/pane-visibility";

describe("workbookSession", () => {
  it("subscribes to selection changes and unsubscribes, even before the subscription lands", async () => {
    const handlers = new Set<() => void>();
    const session = workbookSession({
      language: "en",
      run: () => Promise.reject(new Error("not used")),
      subscribe: async (handler) => {
        handlers.add(handler);
        return () => handlers.delete(handler);
      },
    });
    const calls: number[] = [];
    const stop = session.onSelectionChanged(() => calls.push(1));
    await Promise.resolve();
    expect(handlers.size).toBe(1);
    [...handlers][0]();
    expect(calls).toEqual([1]);
    stop();
    expect(handlers.size).toBe(0);
    const early = session.onSelectionChanged(() => undefined);
    early();
    await Promise.resolve();
    await Promise.resolve();
    expect(handlers.size).toBe(0);
  });

  it("keeps working without selection events (an older Excel)", async () => {
    const session = workbookSession({
      language: "en",
      subscribe: () => Promise.reject(new Error("ApiNotFound")),
    });
    const stop = session.onSelectionChanged(() => undefined);
    await Promise.resolve();
    expect(() => stop()).not.toThrow();
  });
});

describe("workbookSession's cell changes and visibility", () => {
  it("delivers sheet changes and the pane's visibility, and stops", async () => {
    const changes = new Set<(change: { worksheetId: string; address: string; changeType: string }) => void>();
    const shown = new Set<(visible: boolean) => void>();
    const session = workbookSession({
      language: "en",
      run: () => Promise.reject(new Error("not used")),
      sheetChanges: async (handler) => {
        changes.add(handler);
        return () => changes.delete(handler);
      },
      visibility: async (handler) => {
        shown.add(handler);
        return () => shown.delete(handler);
      },
    });
    const heard: unknown[] = [];
    const stops = [session.onSheetChanged((c) => heard.push(c)), session.onVisibilityChanged((v) => heard.push(v))];
    await Promise.resolve();
    changes.forEach((handler) => handler({ worksheetId: "s", address: "A1", changeType: "RangeEdited" }));
    shown.forEach((handler) => handler(false));
    expect(heard).toEqual([{ worksheetId: "s", address: "A1", changeType: "RangeEdited" }, false]);
    stops.forEach((stop) => stop());
    expect(changes.size + shown.size).toBe(0);
  });

  it("counts the pane as always shown outside Office (no Office.addin)", async () => {
    await expect(paneVisibility(() => undefined)).rejects.toThrow(/onVisibilityModeChanged/);
  });

  it("reads Office's visibility modes", async () => {
    let fire: ((message: { visibilityMode: string }) => void) | undefined;
    const remove = jest.fn(async () => undefined);
    (globalThis as unknown as { Office: unknown }).Office = {
      addin: { onVisibilityModeChanged: async (handler: typeof fire) => ((fire = handler), remove) },
    };
    try {
      const heard: boolean[] = [];
      const stop = await paneVisibility((visible) => heard.push(visible));
      fire!({ visibilityMode: "Hidden" });
      fire!({ visibilityMode: "Taskpane" });
      expect(heard).toEqual([false, true]);
      await stop();
      expect(remove).toHaveBeenCalled();
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });
});
