/** @jest-environment jsdom */
// The preview's workbook in localStorage: reopened after a reload, dropped when it no longer loads.
import { openHost, persist, SAVE_DELAY_MS, STORAGE_KEY } from "./storage";

describe("preview storage", () => {
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  test("no saved workbook: an empty one with Sheet1", () => {
    const { host, restored } = openHost(localStorage);
    expect(restored).toBe(false);
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("changes are saved once per burst, and reopen as they were", () => {
    const { host } = openHost(localStorage);
    const saving = persist(host, localStorage);
    const sheet = host.model.sheet("Sheet1");
    host.model.write(sheet, 0, 0, "2");
    saving.schedule();
    host.model.write(sheet, 0, 1, "=A1*3");
    saving.schedule();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    jest.runAllTimers();
    const reopened = openHost(localStorage);
    expect(reopened.restored).toBe(true);
    const copy = reopened.host.model.sheet("Sheet1");
    expect(reopened.host.model.valueAt(copy, 0, 1)).toBe(6);
  });

  test("saveNow writes at once; flush writes only what is pending; discard forgets and stops", () => {
    const { host } = openHost(localStorage);
    const saving = persist(host, localStorage);
    expect(saving.saveNow().sheets).toHaveLength(1);
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    localStorage.removeItem(STORAGE_KEY);
    saving.flush();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    saving.schedule();
    saving.flush();
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    saving.discard();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    saving.schedule();
    saving.saveNow();
    jest.runAllTimers();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test("a scheduled save waits for a quiet second, then for the browser to be idle; flush does not wait", () => {
    const { host } = openHost(localStorage);
    const idle: Array<() => void> = [];
    const saving = persist(host, localStorage, (run) => {
      idle.push(run);
      return () => idle.splice(idle.indexOf(run), 1);
    });
    const sheet = host.model.sheet("Sheet1");
    host.model.write(sheet, 0, 0, 1);
    saving.schedule();
    jest.advanceTimersByTime(SAVE_DELAY_MS - 1);
    host.model.write(sheet, 0, 0, 2);
    saving.schedule(); // the quiet time starts again
    jest.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(idle).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(idle).toHaveLength(1);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull(); // not before the browser is idle
    idle.shift()!();
    const reopened = openHost(localStorage).host.model;
    expect(reopened.valueAt(reopened.sheet("Sheet1"), 0, 0)).toBe(2);

    host.model.write(sheet, 0, 0, 3);
    saving.schedule();
    jest.advanceTimersByTime(SAVE_DELAY_MS);
    expect(idle).toHaveLength(1);
    saving.flush(); // the page is going away: save now, and not again when idle
    expect(idle).toHaveLength(0);
    const flushed = openHost(localStorage).host.model;
    expect(flushed.valueAt(flushed.sheet("Sheet1"), 0, 0)).toBe(3);
  });

  test("a saved state that does not load is dropped for an empty workbook", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    for (const saved of ["{not json", JSON.stringify({ format: "other", version: 9 })]) {
      localStorage.setItem(STORAGE_KEY, saved);
      const { host, restored } = openHost(localStorage);
      expect(restored).toBe(false);
      expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
      expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
