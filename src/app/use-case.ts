// A use case: one thing the pane asks of the workbook, run in a session. Whatever it throws becomes a typed failure
// carrying its message key, so nothing throws into React and every failure has a title and a hint to show.
import { WorkbookSession } from "./session";

/** A failed use case: `key` names its texts in the pane's languages (failure.<key>.title and .hint); `message` is
 * the error's own words (which cell, which row); `kind`, where known, says how it failed, and its hint
 * (failure.kinds.<kind>) replaces the use case's general one: a refused file is not a protected sheet. */
export interface Failure {
  key: string;
  message: string;
  kind?: FailureKind;
}

/** How an action can fail, whichever action it is: each kind has its own hint. */
export const FAILURE_KINDS = [
  "protected",
  "cellEditing",
  "notFound",
  "invalidFile",
  "invalidRubric",
  "pendingDraft",
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** An error whose kind of failure is known where it is thrown (a file that does not read, a rubric with problems). */
export class RefusedError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** Office's error codes that say how a write failed (a protected sheet refuses it with AccessDenied). */
const OFFICE_KINDS: Readonly<Record<string, FailureKind>> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "cellEditing",
  ItemNotFound: "notFound",
};

function kindOf(error: unknown): FailureKind | undefined {
  if (error instanceof RefusedError) return error.kind;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(OFFICE_KINDS, code)
    ? OFFICE_KINDS[code]
    : undefined;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export interface UseCase<A extends unknown[], T> {
  (session: WorkbookSession, ...args: A): Promise<Outcome<T>>;
  /** The message key of this use case's failure. */
  readonly key: string;
}

export function failureOf(key: string, error: unknown): Failure {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : String(error);
  const kind = kindOf(error);
  return kind === undefined ? { key, message } : { key, message, kind };
}

/** Wraps the steps of a use case: its value, or its failure under `key`. */
export function defineUseCase<A extends unknown[], T>(
  key: string,
  steps: (session: WorkbookSession, ...args: A) => Promise<T>,
): UseCase<A, T> {
  const run = async (session: WorkbookSession, ...args: A): Promise<Outcome<T>> => {
    try {
      return { ok: true, value: await steps(session, ...args) };
    } catch (error) {
      return { ok: false, failure: failureOf(key, error) };
    }
  };
  return Object.assign(run, { key });
}
