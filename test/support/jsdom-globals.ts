// jest's jsdom environment leaves out TextEncoder and TextDecoder, which every browser the pane runs in (and Node)
// has: the checksum of a published version encodes text with them. Node's own are the same API.
import { TextDecoder, TextEncoder } from "util";

if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// jsdom has no canvas: getContext logs "Not implemented" and returns null. The charts (@fluentui/react-charts)
// measure axis labels with one and fall back without it; return null quietly, as a browser without canvas would.
if (typeof HTMLCanvasElement !== "undefined") {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}

// jsdom has no ResizeObserver (every browser the pane runs in has one): the charts' legends observe their size.
// jsdom lays nothing out, so an observer that never reports is what a real one would do there.
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  class QuietResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: QuietResizeObserver });
  Object.assign(globalThis, { ResizeObserver: QuietResizeObserver });
}
