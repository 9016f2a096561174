// The painter on a recording context (jsdom has no canvas): what it draws, at which scale, and how it fails.
import {
  CardCanvas,
  CardContext,
  CardImageError,
  CardLayout,
  cardPng,
  imageScale,
  layoutCard,
  paintCard,
} from "../../../../src/formats/evaluation-card/image";
import { EvaluationCard, evaluationCard } from "../../../../src/rubric/review";
import { workedEvaluation, workedRubric } from "../../../rubric/review/fixture";
import { fakeMeasure } from "./fake-measure";

const worked = (comment = " Thorough. "): EvaluationCard => {
  const outcome = evaluationCard({ ...workedEvaluation(), comment }, [workedRubric()]);
  if (!outcome.ok) throw new Error("no card");
  return outcome.card;
};

type Call = [string, ...unknown[]];

/** A 2D context that records every call and every property set, in order, and measures with the fake measure. */
function recordingContext(): CardContext & { calls: Call[] } {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { font: "10px sans-serif" };
  const methods = {
    setTransform: (...args: unknown[]) => calls.push(["setTransform", ...args]),
    fillRect: (...args: unknown[]) => calls.push(["fillRect", ...args]),
    strokeRect: (...args: unknown[]) => calls.push(["strokeRect", ...args]),
    fillText: (...args: unknown[]) => calls.push(["fillText", ...args]),
    measureText: (text: string) => ({ width: fakeMeasure(text, String(state.font)) }),
  };
  return new Proxy(methods, {
    get: (target, key: string) =>
      key === "calls" ? calls : key in target ? target[key as keyof typeof target] : state[key],
    set: (_, key: string, value) => {
      state[key] = value;
      calls.push([`set ${key}`, value]);
      return true;
    },
  }) as unknown as CardContext & { calls: Call[] };
}

/** A canvas whose context records, and whose toBlob gives the bytes `png` (or null). */
function fakeCanvas(options: { context?: boolean; png?: Uint8Array<ArrayBuffer> | null; throws?: boolean } = {}) {
  const context = recordingContext();
  const canvas: CardCanvas & { context: typeof context } = {
    width: 300,
    height: 150,
    context,
    getContext: () => (options.context === false ? null : context),
    toBlob(callback) {
      if (options.throws) throw new Error("SecurityError: tainted");
      const png = options.png === undefined ? new Uint8Array([0x89, 0x50, 0x4e, 0x47]) : options.png;
      setTimeout(() => callback(png ? new Blob([png], { type: "image/png" }) : null), 0);
    },
  };
  return canvas;
}

describe("painting the card", () => {
  test("every box filled and outlined, every text drawn with its font, colour and alignment, in order", () => {
    const layout = layoutCard(worked(), "en", fakeMeasure);
    const context = recordingContext();
    paintCard(context, layout, 2);
    const calls = context.calls;
    expect(calls[0]).toEqual(["setTransform", 2, 0, 0, 2, 0, 0]);
    // The page white first, the whole card.
    expect(calls.slice(1, 3)).toEqual([
      ["set fillStyle", "#ffffff"],
      ["fillRect", 0, 0, layout.width, layout.height],
    ]);
    const drawn = calls.filter(([name]) => name === "fillText");
    const texts = layout.items.filter((i) => i.kind === "text");
    expect(drawn.map(([, text]) => text)).toEqual(texts.map((t) => t.text));
    expect(drawn.map(([, , x, y]) => [x, y])).toEqual(texts.map((t) => [t.x, t.y + t.height / 2]));
    expect(drawn.map(([, text]) => text)).toContain("78.0 base + 10 bonus = 88.0 → 2 points");
    const outlined = calls.filter(([name]) => name === "strokeRect");
    expect(outlined).toHaveLength(layout.items.filter((i) => i.kind === "box").length);
    // The state in force at each fillText is the item's.
    const state: Record<string, unknown> = {};
    let at = 0;
    for (const [name, ...args] of calls) {
      if (name.startsWith("set ")) state[name.slice(4)] = args[0];
      if (name !== "fillText") continue;
      const item = texts[at++];
      expect(state).toMatchObject({
        font: item.font,
        fillStyle: item.color,
        textAlign: item.align,
        textBaseline: "middle",
      });
    }
  });

  test("twice the CSS size, less for a very tall card, and a card too large for any canvas fails by name", () => {
    expect(imageScale({ width: 672, height: 900 })).toBe(2);
    // 16,384 px on a side at most, 16,777,216 px in all (WebKit's limits).
    expect(imageScale({ width: 672, height: 10_000 })).toBe(1.5);
    expect(imageScale({ width: 672, height: 16_000 })).toBe(1);
    expect(() => imageScale({ width: 672, height: 30_000 })).toThrow(
      expect.objectContaining({ problem: "too-large", height: 30_000 }),
    );
  });

  test("cardPng: measured on the canvas, sized at twice the layout, painted, encoded as PNG", async () => {
    const canvas = fakeCanvas();
    const blob = await cardPng(worked(), "zh", canvas);
    expect(blob.type).toBe("image/png");
    expect(new Uint8Array(await new Response(blob).arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const layout = layoutCard(worked(), "zh", fakeMeasure);
    expect([canvas.width, canvas.height]).toEqual([layout.width * 2, layout.height * 2]);
    const drawn = canvas.context.calls.filter(([name]) => name === "fillText").map(([, text]) => text);
    expect(drawn).toContain("基础分 78.0 + 加分 10 = 88.0 → 2 积分");
  });

  test("cardPng fails by name: no 2D canvas, a card too tall, no PNG from the canvas, a canvas that throws", async () => {
    await expect(cardPng(worked(), "en", fakeCanvas({ context: false }))).rejects.toMatchObject({
      problem: "no-canvas",
    });
    await expect(cardPng(worked("line\n".repeat(2000)), "en", fakeCanvas())).rejects.toMatchObject({
      problem: "too-large",
      message: expect.stringMatching(/^the card is too tall for an image \(\d+ px\)$/),
    });
    await expect(cardPng(worked(), "en", fakeCanvas({ png: null }))).rejects.toBeInstanceOf(CardImageError);
    await expect(cardPng(worked(), "en", fakeCanvas({ throws: true }))).rejects.toMatchObject({ problem: "no-png" });
  });
});

// The layout type is used by the painter only through its items: a layout with none paints the page alone.
test("an empty layout paints the page and nothing else", () => {
  const layout: CardLayout = { width: 10, height: 20, lang: "en", background: "#ffffff", items: [] };
  const context = recordingContext();
  paintCard(context, layout, 1);
  expect(context.calls.filter(([name]) => !name.startsWith("set ")).map(([name]) => name)).toEqual([
    "setTransform",
    "fillRect",
  ]);
});
