// An evaluation: one scored run of the process, as a reviewer enters it.
import { RawValue } from "./model";

export interface EvaluationInput {
  /** ISO date text (yyyy-mm-dd), an Excel date serial, or blank. */
  date?: string | number | null;
  process?: string;
  person?: string;
  team?: string;
  reviewer?: string;
  /** Raw values by criterion id. */
  values: Readonly<Record<string, RawValue>>;
  comment?: string;
  /** The rubric version the row was scored with; new rows get the rubric's current version. */
  version?: number;
}
