// Chromium for the end-to-end tests: Debian's package (/usr/bin/chromium) or CHROMIUM_PATH, driven by
// playwright-core. Playwright never downloads a browser here (no `npx playwright install`).
import { existsSync } from "fs";
import { Browser, chromium } from "playwright-core";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** Flags for a machine without a display, GPU or outside network: background connections would only be refused. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
  // Only the local server is reachable: any other host (office.js's telemetry frame, say) fails at once, without a
  // DNS lookup leaving the machine.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** Why Chromium cannot be used, or null when the executable is there. */
export function missingChromium(): string | null {
  const path = chromiumPath();
  if (existsSync(path)) return null;
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : path;
  if (process.env.CI === "true") {
    return (
      `Chromium is missing (${where}): the end-to-end tests need it and CI=true, so they fail. ` +
      `.ci/run installs it with apt-get (apt-get install -y chromium); check that step's output.`
    );
  }
  return (
    `Chromium is missing (${where}): the end-to-end tests need it. ` +
    `Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium executable).`
  );
}

/** A headless Chromium with a fresh temporary profile (Playwright's launch makes and removes one). */
export async function launchChromium(): Promise<Browser> {
  const missing = missingChromium();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
