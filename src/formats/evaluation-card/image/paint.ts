// The card's layout drawn on a canvas with the 2D API and encoded as PNG. Drawn directly, not through an SVG with a
// <foreignObject>: WebKit (Excel on the Mac) taints a canvas that drew one, and toBlob then throws. Every text is
// drawn with fillText, so nothing in it is ever read as markup. Twice the CSS size for sharp text, less for a card
// too tall for the canvas limits of every host.
import type { Language } from "../../../rubric/language";
import type { EvaluationCard } from "../../../rubric/review";
import { CardLayout, layoutCard } from "./layout";
import { Measure } from "./wrap";

/** The part of a canvas's 2D context the card uses. */
export type CardContext = Pick<
  CanvasRenderingContext2D,
  | "font"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "textAlign"
  | "textBaseline"
  | "setTransform"
  | "fillRect"
  | "strokeRect"
  | "fillText"
  | "measureText"
>;

/** The part of a canvas (an HTMLCanvasElement) the card uses. */
export interface CardCanvas {
  width: number;
  height: number;
  getContext(contextId: "2d"): CardContext | null;
  toBlob(callback: (blob: Blob | null) => void, type?: string): void;
}

/** Why no image was made: no 2D canvas here, a card too large for a canvas, or a canvas that gave no PNG. */
export type CardImageProblem = "no-canvas" | "too-large" | "no-png";

export class CardImageError extends Error {
  constructor(
    readonly problem: CardImageProblem,
    /** The card's height in CSS pixels, for "too-large". */
    readonly height?: number,
  ) {
    super(
      problem === "no-canvas"
        ? "this host offers no 2D canvas to draw the card on"
        : problem === "too-large"
          ? `the card is too tall for an image (${height} px)`
          : "the canvas gave no PNG image",
    );
    this.name = "CardImageError";
  }
}

/** Pixels on a side and in all that every host's canvas takes (WebKit's limit is the smallest). */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_777_216;
const SHARP = 2;

/** Device pixels per CSS pixel: 2, or as much as the limits allow down to 1; a card larger than that fails. */
export function imageScale(layout: Pick<CardLayout, "width" | "height">): number {
  const { width, height } = layout;
  const fits = Math.min(SHARP, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  // Quarter steps: a whole number of device pixels for most lines.
  const scale = Math.floor(fits * 4) / 4;
  if (scale < 1) throw new CardImageError("too-large", height);
  return scale;
}

/** Draws the layout, `scale` device pixels to the CSS pixel, on a context whose canvas is already that large. */
export function paintCard(context: CardContext, layout: CardLayout, scale: number): void {
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.fillStyle = layout.background;
  context.fillRect(0, 0, layout.width, layout.height);
  context.lineWidth = 1;
  context.textBaseline = "middle";
  for (const item of layout.items) {
    if (item.kind === "box") {
      context.fillStyle = item.fill;
      context.fillRect(item.x, item.y, item.width, item.height);
      context.strokeStyle = item.stroke;
      context.strokeRect(item.x, item.y, item.width, item.height);
    } else {
      context.font = item.font;
      context.fillStyle = item.color;
      context.textAlign = item.align;
      context.fillText(item.text, item.x, item.y + item.height / 2);
    }
  }
}

/** How wide a text is in a font, as the context measures it. */
export function contextMeasure(context: CardContext): Measure {
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** The evaluation card as a PNG image, drawn on `canvas` (a new, unattached canvas element). */
export async function cardPng(card: EvaluationCard, language: Language, canvas: CardCanvas): Promise<Blob> {
  const measuring = canvas.getContext("2d");
  if (!measuring) throw new CardImageError("no-canvas");
  const layout = layoutCard(card, language, contextMeasure(measuring));
  const scale = imageScale(layout);
  // Resizing a canvas resets its context: the painter sets everything it uses.
  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil(layout.height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new CardImageError("no-canvas");
  paintCard(context, layout, scale);
  return new Promise<Blob>((resolve, reject) => {
    try {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new CardImageError("no-png"))), "image/png");
    } catch {
      // A canvas the host will not read back (WebKit throws SecurityError on a tainted one).
      reject(new CardImageError("no-png"));
    }
  });
}
