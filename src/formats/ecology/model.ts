// The e-cology form specification as data: the fields of the main and detail tables, the calculation rules, and
// the options that shape them. Types only, so the modules that build (spec.ts, calculation.ts) and render (sheet.ts)
// the specification depend on it rather than on each other.
import type { Language } from "../../rubric/language";

/** e-cology's fieldhtmltype: 1 single-line text, 2 multi-line text, 5 select box. */
export type EcologyHtmlType = 1 | 2 | 5;
/** The type (subtype) of a single-line text field: 1 text, 2 integer, 3 decimal. */
export type EcologyTextType = 1 | 2 | 3;

export interface EcologySelectOption {
  /** e-cology's selectvalue: what the form stores and what the payload sends. Options are numbered 0, 1, 2, ... in
   * the order given, as the form designer numbers them when they are added in that order. */
  value: number;
  /** selectname: what the user sees. */
  label: string;
  /** The raw value (level points) the option stands for, or "NA". */
  stands: number | "NA";
}

export type EcologyFieldSource = "evaluation" | "rubric" | "computed";

export interface EcologyField {
  /** The database field name: ASCII, lower case, at most 30 characters, unique within its table. */
  fieldName: string;
  label: string;
  fieldHtmlType: EcologyHtmlType;
  /** For fieldHtmlType 1 only. */
  type?: EcologyTextType;
  /** Text length (characters), for text fields. */
  length?: number;
  /** Decimal places, for decimal fields (type 3). */
  decimals?: number;
  /** For select boxes (fieldHtmlType 5). */
  options?: EcologySelectOption[];
  required: boolean;
  readOnly: boolean;
  /** Where the value comes from: the reviewer's evaluation, the rubric, or the add-in's engine. */
  source: EcologyFieldSource;
  /** The criterion the field belongs to, for per-criterion fields. */
  criterion?: string;
}

export interface EcologyCalculation {
  /** Whether the rubric's arithmetic fits plain weighted sums (then the rules below reproduce it). */
  fits: boolean;
  /** The detail-table row rule, as an administrator enters it; present when `fits`. */
  rowRule?: string;
  /** The column (sum) rule into the main table; present when `fits`. */
  columnRule?: string;
  /** K: scale / total weight of the score criteria. */
  factor: number;
  /** Plain-language statements: what the rules do and do not reproduce, and why total, points and band come from
   * the payload. */
  notes: string[];
}

export interface EcologyFormSpec {
  rubricId: string;
  rubricVersion: number;
  title: string;
  language: Language;
  main: EcologyField[];
  detail: { label: string; fields: EcologyField[] };
  calculation: EcologyCalculation;
}

export interface EcologySpecOptions {
  /** Language of the fixed labels and notes. Default "en". */
  language?: Language;
  /** Decimal places of free (level-less) score fields. Default 2. */
  scoreDecimals?: number;
}
