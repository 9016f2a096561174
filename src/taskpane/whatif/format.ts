// Numbers as the what-if shows them: totals to the rubric's decimals, points as they are, signed changes.
export const fixed = (n: number | null | undefined, decimals: number): string =>
  n === null || n === undefined || !Number.isFinite(n) ? "—" : n.toFixed(decimals);

/** Points keep up to two decimals (bands award 1.5, 2.5), without trailing zeros. */
export const pointsText = (n: number | null | undefined): string =>
  n === null || n === undefined || !Number.isFinite(n) ? "—" : String(Math.round(n * 100) / 100);

export const signed = (text: string, n: number): string => (n > 0 ? `+${text}` : text);
