// A use case: one thing the pane asks of the workbook, run in a session. Whatever it throws becomes a typed failure
// carrying its message key, so nothing throws into React and every failure has a title and a hint to show.
import { WorkbookSession } from "./session";

/** A failed use case: `key` names its texts in the pane's languages (failure.<key>.title and .hint); `message` is
 * the error's own words (which cell, which row). */
export interface Failure {
  key: string;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export interface UseCase<A extends unknown[], T> {
  (session: WorkbookSession, ...args: A): Promise<Outcome<T>>;
  /** The message key of this use case's failure. */
  readonly key: string;
}

export function failureOf(key: string, error: unknown): Failure {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : String(error);
  return { key, message };
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
