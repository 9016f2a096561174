// jest's jsdom environment leaves out TextEncoder and TextDecoder, which every browser the pane runs in (and Node)
// has: the checksum of a published version encodes text with them. Node's own are the same API.
import { TextDecoder, TextEncoder } from "util";

if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
