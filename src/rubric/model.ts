// The rubric domain model. Plain data: everything here can be serialised to JSON as it is.

/** How a criterion contributes to the total. */
export type CriterionKind = "score" | "bonus" | "penalty" | "gate";

export const CRITERION_KINDS: readonly CriterionKind[] = ["score", "bonus", "penalty", "gate"];

export type RubricStatus = "draft" | "stable" | "final";

export const RUBRIC_STATUSES: readonly RubricStatus[] = ["draft", "stable", "final"];

export interface Level {
  label: string;
  points: number;
  description?: string;
}

export interface Criterion {
  /** A letter, then letters, digits or underscores; unique within a rubric ignoring case. */
  id: string;
  label: string;
  description?: string;
  kind: CriterionKind;
  /** Share of the base score (score kind), or points at full marks (bonus, penalty). */
  weight: number;
  /** The highest raw value; raw values run from 0 to max. */
  max: number;
  allowNA: boolean;
  levels?: Level[];
  section?: string;
}

/** A band covers [from, next band's from). A null `from` (first band only) means minus infinity. */
export interface Band {
  from: number | null;
  points: number;
  label?: string;
}

export interface RubricSettings {
  /** The base score at full marks. */
  scale: number;
  /** Decimal places of the rounded total. */
  decimals: number;
}

export interface Rubric {
  id: string;
  title: string;
  description?: string;
  /** Integer >= 1: which version of the rubric this is (as the settings block says; nothing raises it yet). */
  version: number;
  status: RubricStatus;
  settings: RubricSettings;
  criteria: Criterion[];
  bands: Band[];
}

export const DEFAULT_SETTINGS: Readonly<RubricSettings> = { scale: 100, decimals: 1 };

/** A raw value as it comes from a cell or a form: a number, text ("7", "NA"), or blank. */
export type RawValue = number | string | boolean | null | undefined;
