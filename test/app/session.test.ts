import { workbookSession } from "../../src/app/session";

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
