// How problems and engine errors are worded: one typed message pack per language, and the functions that fill them in.
export type { MessageWords } from "./types";
export {
  MESSAGE_WORDS,
  checkText,
  describeProblem,
  describeProblems,
  engineText,
  fillMessage,
  problemText,
} from "./render";
