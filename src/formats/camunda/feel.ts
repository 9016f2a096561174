// FEEL source text for the Camunda form's expression fields. Only numbers and identifiers this module is given
// (generated keys, never rubric text) go into an expression, and every number is written so that the FEEL
// interpreter (feelin, JavaScript doubles) reads back exactly the double the rubric holds.

/** A FEEL name made only of ASCII letters, digits and `_`, starting with a letter. */
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Words FEEL reserves or treats specially; a bare name must not be one of them. */
const RESERVED = new Set([
  "and",
  "or",
  "not",
  "if",
  "then",
  "else",
  "for",
  "in",
  "return",
  "some",
  "every",
  "satisfies",
  "between",
  "instance",
  "of",
  "function",
  "external",
  "true",
  "false",
  "null",
]);

/** The name itself, after checking that it can stand bare in a FEEL expression. */
export function feelName(name: string): string {
  if (!SAFE_NAME.test(name) || RESERVED.has(name.toLowerCase())) throw new Error(`not a safe FEEL name: ${name}`);
  return name;
}

/** A FEEL numeric literal for a finite number: FEEL has no exponent notation, so 1e-7 becomes 0.0000001. Negative
 * numbers are parenthesised. The text is the shortest decimal that reads back as the same double. */
export function feelNumber(n: number): string {
  if (typeof n !== "number" || !Number.isFinite(n)) throw new Error(`not a finite number: ${String(n)}`);
  const text = plainDecimal(Math.abs(n));
  return n < 0 ? `(-${text})` : text;
}

/** A non-negative number in positional notation. */
export function plainDecimal(n: number): string {
  const shortest = String(n);
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const digits = match[1] + (match[2] ?? "");
  const point = match[1].length + Number(match[3]); // digits before the decimal point
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Context entries evaluated in order, each seeing the ones before: `{a: 1, b: a + 1}.b`. */
export function feelLet(entries: readonly [string, string][], result: string): string {
  return `{${entries.map(([name, value]) => `${feelName(name)}: ${value}`).join(", ")}}.${feelName(result)}`;
}

/** Σ of the terms, added left to right from 0, as the engine accumulates them. */
export function feelSum(terms: readonly string[]): string {
  return ["0", ...terms.map((t) => `(${t})`)].join(" + ");
}

/**
 * Rounds `x` (a FEEL expression for a number ≥ 0; evaluated once) half away from zero to `decimals` places,
 * as src/rubric/round.ts does: far from a tie the binary value decides; near a tie (within 1e-6, or 1e-12 of the
 * scaled value when that is larger) the value is first
 * snapped to 12 significant digits, so that decimal ties (84.95, held in binary as 84.9499999...) go up.
 */
export function feelRoundHalfAway(x: string, decimals: number): string {
  const p = feelNumber(Number(`1e${decimals}`));
  // 10^(11 - e), e = the decimal exponent of x: scales x to a 12-digit integer. Powers of ten up to 1e22 are exact.
  const branches: string[] = [];
  for (let e = 11; e >= -7; e--)
    branches.push(`if x >= ${feelNumber(Number(`1e${e}`))} then ${feelNumber(Number(`1e${11 - e}`))}`);
  const scale = `${branches.join(" else ")} else ${feelNumber(1e19)}`;
  const tie = feelLet(
    [
      ["s", scale],
      ["n", "floor(x * s + 0.5)"],
      [
        "r",
        `if s <= ${p} then n / s else ${feelLet(
          [
            ["d", `s / ${p}`],
            ["q", "floor(n / d)"],
            ["k", `(if (n - q * d) * 2 >= d then q + 1 else q) / ${p}`],
          ],
          "k",
        )}`,
      ],
    ],
    "r",
  );
  return feelLet(
    [
      ["x", x],
      ["y", `x * ${p}`],
      ["k", "floor(y)"],
      ["f", "y - k"],
      [
        "r",
        `if abs(f - 0.5) > max(0.000001, y * 0.000000000001) then (if f < 0.5 then k else k + 1) / ${p} else ${tie}`,
      ],
    ],
    "r",
  );
}
