// The evaluation card (src/rubric/review/card.ts) as the clipboard and a download take it: HTML (one self-contained
// table, inline styles, every text escaped) and plain text, worded in English or Chinese.
export { cardHtml, cardHtmlDocument, escapeHtml } from "./html";
export { cardText } from "./text";
export { CARD_WORDS, wordCard } from "./worded";
export type { WordedCard, WordedLine } from "./worded";
export type { CardWords } from "./words";
