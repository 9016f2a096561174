// GENERATED FILE: do not edit. Run `npm run gen:validators` to regenerate.
import type { ErrorObject } from "ajv";

/** Checks a parsed document against schema/rubric.schema.json; on failure, `errors` lists every violation. */
export interface RubricSchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: RubricSchemaValidator;
export default validate;
