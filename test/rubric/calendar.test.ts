import { dayOf, dayOfSerial, isoDay } from "../../src/rubric/calendar";

const iso = (date: Parameters<typeof dayOf>[0]) => {
  const day = dayOf(date);
  return day === undefined ? undefined : isoDay(day);
};

test("a day is the days since 1970-01-01, counted in UTC", () => {
  expect(dayOf("1970-01-01")).toBe(0);
  expect(dayOf("1970-01-02")).toBe(1);
  expect(dayOf("1969-12-31")).toBe(-1);
  expect(isoDay(0)).toBe("1970-01-01");
  expect(isoDay(20513)).toBe("2026-03-01"); // 56 × 365 + 14 leap days (1972..2024) = 2026-01-01, then 31 + 28
  expect(dayOf("2026-03-01")).toBe(20513);
});

describe("Excel date serials", () => {
  test.each([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    [61, "1900-03-01"], // 60 is Excel's 1900-02-29
    [25569, "1970-01-01"],
    [46082, "2026-03-01"],
    [46083, "2026-03-02"],
    [46027, "2026-01-05"],
    [2958465, "9999-12-31"],
  ])("%d is %s", (serial, text) => {
    expect(iso(serial)).toBe(text);
  });

  test("the fraction is the time of day: the day is the whole part", () => {
    expect(iso(46083.999)).toBe("2026-03-02");
    expect(iso(46083.5)).toBe("2026-03-02");
    expect(iso(1.5)).toBe("1900-01-01");
  });

  test("no day: Excel's 1900-02-29 (60), before 1900-01-01, after 9999-12-31, not a number", () => {
    for (const serial of [60, 60.5, 0, 0.5, -1, 2958466, NaN, Infinity, -Infinity]) {
      expect(dayOfSerial(serial)).toBeUndefined();
    }
  });

  test("serials 59 and 61 are two days apart, as 1900-02-28 and 1900-03-01 are", () => {
    expect((dayOfSerial(61) as number) - (dayOfSerial(59) as number)).toBe(1);
  });
});

describe("ISO text", () => {
  test("a calendar date, trimmed", () => {
    expect(iso("2026-03-02")).toBe("2026-03-02");
    expect(iso("  2026-03-02\t")).toBe("2026-03-02");
    expect(iso("2024-02-29")).toBe("2024-02-29");
  });

  test("not a calendar date, or not ISO: no day", () => {
    for (const text of ["2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-3-2", "02/03/2026", "", "NA"]) {
      expect(dayOf(text)).toBeUndefined();
    }
  });

  test("a date-time with an offset is an instant: its UTC day", () => {
    expect(iso("2026-03-02T09:30:00Z")).toBe("2026-03-02");
    expect(iso("2026-03-02T23:30:00-05:00")).toBe("2026-03-03");
    expect(iso("2026-03-02T00:30:00+01:00")).toBe("2026-03-01");
    expect(iso("2026-03-02T07:00:00.000+08:00")).toBe("2026-03-01");
  });

  test("a date-time without an offset: the date written", () => {
    expect(iso("2026-03-02T23:59:59")).toBe("2026-03-02");
    expect(iso("2026-03-02 00:00")).toBe("2026-03-02");
  });

  test("a date-time that is not one: no day", () => {
    for (const text of ["2026-03-02T99:00:00Z", "2026-03-02Tsoon", "2026-02-30T10:00:00Z", "2026-03-02T"]) {
      expect(dayOf(text)).toBeUndefined();
    }
  });
});

test("a JS Date: its UTC day", () => {
  expect(iso(new Date(Date.UTC(2026, 2, 2, 0, 0, 0)))).toBe("2026-03-02");
  expect(iso(new Date(Date.UTC(2026, 2, 2, 23, 59, 59, 999)))).toBe("2026-03-02");
  expect(iso(new Date(Date.UTC(1969, 11, 31, 12)))).toBe("1969-12-31");
  expect(dayOf(new Date(NaN))).toBeUndefined();
});

test("blank: no day", () => {
  expect(dayOf(null)).toBeUndefined();
  expect(dayOf(undefined)).toBeUndefined();
});
