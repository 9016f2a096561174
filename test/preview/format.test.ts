// The grid's display of values: Excel's number formats the workbook layer writes, errors, booleans, text.
import { dateSerial, displayValue, fixedText, formatNumber, general, isoDate } from "./grid/format";

describe("formatNumber", () => {
  test.each([
    ["0", 84.5, "85"],
    ["0", -0.4, "0"],
    ["0.0", 84.95, "85.0"],
    ["0.0", 55, "55.0"],
    ["0.00", 1.005, "1.01"],
    ["0.00", -2.345, "-2.35"],
    ["0%", 0.155, "16%"],
    ["0.0%", 0.145, "14.5%"],
    ["0.0%", 1 / 3, "33.3%"],
    ["General", 0.1 + 0.2, "0.3"],
    ["General", 1.5, "1.5"],
    ["General", 1234567890123, "1.23457E+12"],
    ["General", 0.0000000001, "1E-10"],
    ["yyyy-mm-dd", 43346, "2018-09-03"],
    ["#,##0.00 [unknown]", 2.5, "2.5"],
  ])("%s shows %p as %s", (format, value, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });

  test("rounds half away from zero on the shown digits", () => {
    expect(fixedText(0.5, 0)).toBe("1");
    expect(fixedText(-0.5, 0)).toBe("-1");
    expect(fixedText(2.675, 2)).toBe("2.68");
    expect(fixedText(0.05, 1)).toBe("0.1");
  });

  test("General keeps integers whole and trims binary noise", () => {
    expect(general(146)).toBe("146");
    expect(general(-12.25)).toBe("-12.25");
    expect(general(0)).toBe("0");
  });
});

describe("displayValue", () => {
  test("an error shows its code, centred, with its message for the tooltip", () => {
    expect(displayValue({ error: "#N/A", message: "PREP is not scored" }, "0.0")).toEqual({
      text: "#N/A",
      align: "center",
      error: "PREP is not scored",
    });
  });

  test("booleans in capitals, text as it is (left), numbers right", () => {
    expect(displayValue(true, undefined)).toEqual({ text: "TRUE", align: "center" });
    expect(displayValue("=not a formula", "@")).toEqual({ text: "=not a formula", align: "left" });
    expect(displayValue(7, "@")).toEqual({ text: "7", align: "right" });
    expect(displayValue(88, "0.0")).toEqual({ text: "88.0", align: "right" });
    expect(displayValue("", "0.0")).toEqual({ text: "", align: "left" });
  });
});

describe("dates", () => {
  test("serials and yyyy-mm-dd, both ways, around Excel's phantom 29 Feb 1900", () => {
    for (const [serial, text] of [
      [1, "1900-01-01"],
      [59, "1900-02-28"],
      [61, "1900-03-01"],
      [43346, "2018-09-03"],
      [43508, "2019-02-12"],
    ] as const) {
      expect(isoDate(serial)).toBe(text);
      expect(dateSerial(text)).toBe(serial);
    }
  });

  test("what is not a date stays undefined", () => {
    for (const text of ["2019-02-30", "2019-13-01", "12/02/2019", "2019-02-12x", ""]) {
      expect(dateSerial(text)).toBeUndefined();
    }
    expect(isoDate(0)).toBeUndefined();
  });
});
