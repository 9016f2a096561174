// Rounding half away from zero, exact for decimal inputs: 84.95 -> 85.0, 1.005 -> 1.01, although neither
// 84.95 nor 1.005 is exact in binary.

/** Significant digits kept when snapping a computed value to the decimal it stands for. Arithmetic noise
 * (a few ulps) vanishes; inputs with more than 12 significant digits are outside what a rubric needs. */
const SNAP_DIGITS = 12;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const p = POW10[decimals] ?? Math.pow(10, decimals);
  const sign = x < 0 ? -1 : 1;
  const y = Math.abs(x) * p;
  const floor = Math.floor(y);
  const frac = y - floor;
  // Far from a tie the binary value rounds the same way as the decimal one: the fast path. "Near" grows with the
  // value, since a large y carries more absolute binary error than 1e-6.
  if (Math.abs(frac - 0.5) > Math.max(1e-6, y * 1e-12)) return (sign * (frac < 0.5 ? floor : floor + 1)) / p;
  return sign * roundDecimalText(Number(Math.abs(x).toPrecision(SNAP_DIGITS)), decimals, p);
}

function roundDecimalText(snapped: number, decimals: number, p: number): number {
  const text = String(snapped);
  if (/e/i.test(text) || !Number.isSafeInteger(Math.ceil(snapped * p))) return Math.round(snapped * p) / p;
  const [whole, fraction = ""] = text.split(".");
  if (fraction.length <= decimals) return snapped;
  const kept = Number(whole + fraction.slice(0, decimals));
  return (fraction.charCodeAt(decimals) >= 53 /* "5" */ ? kept + 1 : kept) / p;
}
