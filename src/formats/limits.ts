// Limits on an evaluation's identifying fields that hold whichever system receives it: the evaluation JSON Schema
// states them and the e-cology specification and payload apply them. Here, not in one vendor's folder, so that no
// format depends on another vendor's module for them.

/** Longest process, person, team and reviewer text a workflow export accepts (characters). */
export const NAME_MAX_LENGTH = 200;
/** Longest comment a workflow export accepts (characters). */
export const COMMENT_MAX_LENGTH = 4000;
/** An evaluation's date as the exports write it, yyyy-mm-dd (a JSON Schema pattern, also usable with RegExp). */
export const ISO_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
