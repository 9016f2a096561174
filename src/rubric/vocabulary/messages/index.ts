// How problems and engine errors are worded: one typed message pack per language, and the functions that fill them in.
// Importing this registers every pack (the sheet's functions need them all); the pane imports render.ts and loads
// the Chinese pack on demand.
import type { Language } from "../../language";
import { en } from "./en";
import { registerMessages } from "./render";
import type { MessageWords } from "./types";
import { zh } from "./zh";

registerMessages("zh", zh);

export const MESSAGE_WORDS: Readonly<Record<Language, MessageWords>> = { en, zh };
export type { MessageWords };
export {
  checkText,
  describeProblem,
  describeProblems,
  engineText,
  fillMessage,
  problemText,
  registerMessages,
} from "./render";
