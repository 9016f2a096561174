// The evaluation card as a PNG image: laid out (pure, from a text measure) and painted on a canvas. Loaded by the
// pane on demand, when Download PNG is first used.
export { CARD_FONTS, CARD_WIDTH, layoutCard, layoutWordedCard } from "./layout";
export type { BoxItem, CardLayout, LayoutItem, TextItem } from "./layout";
export { CardImageError, cardPng, contextMeasure, imageScale, paintCard } from "./paint";
export type { CardCanvas, CardContext, CardImageProblem } from "./paint";
export { wrapText } from "./wrap";
export type { Measure } from "./wrap";
