// Numbers as the review shows them: totals to the rubric's decimals, points as awarded (a few decimals at most),
// shares as whole percents.
export const fixed = (n: number | undefined, decimals: number): string =>
  n === undefined || !Number.isFinite(n) ? "—" : n.toFixed(decimals);

/** Points keep up to two decimals (bands award 1.5, 2.5), without trailing zeros. */
export const pointsText = (n: number | undefined): string =>
  n === undefined || !Number.isFinite(n) ? "—" : String(Math.round(n * 100) / 100);

/** A share (0..1) as a whole percent. */
export const percent = (share: number): string => String(Math.round(share * 100));
