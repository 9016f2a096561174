import { roundHalfAway } from "../../src/rubric/round";

describe("roundHalfAway", () => {
  test.each([
    [84.95, 1, 85],
    [0.125, 2, 0.13],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.045, 2, 1.05],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.125, 2, -0.13],
    [84.94, 1, 84.9],
    [84.96, 1, 85],
    [99.99999999, 1, 100],
    [0, 1, 0],
    [110, 1, 110],
    [12345.6785, 3, 12345.679],
  ])("%p at %p decimals is %p", (x, decimals, expected) => {
    expect(roundHalfAway(x, decimals)).toBe(expected);
  });

  test("values that arithmetic left a hair below the tie still round up", () => {
    // 0.1 * 3 * 283.1666... style noise: the binary result sits just below x.x5
    const noisy = (84.95 * 3) / 3 - 1e-14;
    expect(roundHalfAway(noisy, 1)).toBe(85);
    expect(roundHalfAway(100 * (0.8495 / 1), 1)).toBe(85);
  });

  test("a value really below the tie is not pushed up", () => {
    expect(roundHalfAway(84.9499, 1)).toBe(84.9);
    expect(roundHalfAway(1.00499, 2)).toBe(1);
  });

  test("non-finite values pass through", () => {
    expect(roundHalfAway(Number.NaN, 1)).toBeNaN();
  });
});

describe("roundHalfAway on large values", () => {
  test("a tie with many significant digits still rounds up", () => {
    expect(roundHalfAway(65536.0500905, 6)).toBe(65536.050091);
    expect(roundHalfAway(123456.785, 2)).toBe(123456.79);
  });
});
