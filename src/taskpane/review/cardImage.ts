// Download PNG of the evaluation card: the image code (layout and painter) is loaded on first use, so neither the
// pane's first screen nor the Review tab's chunk carries it. The card is drawn on a canvas that is never attached to
// the page.
import type { Language } from "../../rubric/language";
import type { CardImageError, CardImageProblem } from "../../formats/evaluation-card/image";
import type { EvaluationCard } from "../../rubric/review";
import { downloadBlob } from "../export/download";

/** The file name of a downloaded card, without its extension: rubric, version and the evaluation's key (or row). */
export function cardFileName(card: EvaluationCard): string {
  const name = `${card.rubric.id}-v${card.rubric.version}-${card.evaluation.key || `row-${card.evaluation.sheetRow}`}`;
  return name.replace(/[^\w.-]+/g, "_");
}

/** Draws the card as PNG and hands it to the browser; rejects with a CardImageError when it cannot be drawn. */
export async function downloadCardPng(card: EvaluationCard, language: Language): Promise<void> {
  const { cardPng } = await import(/* webpackChunkName: "card-image" */ "../../formats/evaluation-card/image");
  const blob = await cardPng(card, language, document.createElement("canvas"));
  downloadBlob(blob, `${cardFileName(card)}.png`);
}

/** The image code's CardImageError (known by name: the class itself stays in the image chunk). */
export function imageError(error: unknown): CardImageError | undefined {
  return error instanceof Error && error.name === "CardImageError" ? (error as CardImageError) : undefined;
}

export type { CardImageProblem };
