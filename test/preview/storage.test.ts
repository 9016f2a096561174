/** @jest-environment jsdom */
// The preview's workbook in localStorage: reopened after a reload, dropped when it no longer loads.
import { openHost, persist, STORAGE_KEY } from "./storage";

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
