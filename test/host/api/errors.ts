// Errors as office.js reports them: an OfficeExtension.Error-like object with a code, a message and debugInfo.
import { HostError } from "../model/errors";

export class SimOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** A failure inside a batch, as sync() rejects with it. */
export function officeError(e: unknown, location?: string): SimOfficeError {
  if (e instanceof SimOfficeError) return e;
  if (e instanceof HostError) return new SimOfficeError(e.code, e.message, location);
  const message = e instanceof Error ? e.message : String(e);
  return new SimOfficeError("GeneralException", message, location);
}

/** Thrown synchronously when code reads a property it did not load and sync. */
export function propertyNotLoaded(property: string, type: string): SimOfficeError {
  return new SimOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on ` +
      `the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
