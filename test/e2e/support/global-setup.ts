// Builds the add-in once in production mode with the browser preview (`--env preview`: the pane as it ships, beside
// the simulated workbook in preview.html) into a temporary folder and serves it over plain http. A problem (no Chromium, a failed build) is handed to the tests, so that every test
// fails with its message and the run's counts say so.
//
// Options: E2E_DIST=<folder> serves an existing build (with preview.html) instead of building.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { missingChromium } from "./chromium";
import { ENV_SETUP_ERROR, ENV_URL, PREVIEW_PAGE } from "./env";
import { serveFolder, StaticServer } from "./server";

export interface E2EState {
  server?: StaticServer;
  builtInto?: string;
}

declare global {
  var __RUBRIC_E2E__: E2EState | undefined;
}

const ROOT = path.resolve(__dirname, "../../..");

function build(outDir: string): string | null {
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  const started = Date.now();
  process.stderr.write(`\ne2e: building the preview (webpack --mode production --env preview) into ${outDir}\n`);
  const args = [webpack, "--mode", "production", "--env", "preview", "--output-path", outDir];
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n");
    return `the preview build failed (exit ${result.status ?? result.signal}):\n${output}`;
  }
  process.stderr.write(`e2e: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return null;
}

export default async function globalSetup(): Promise<void> {
  const state: E2EState = {};
  globalThis.__RUBRIC_E2E__ = state;
  delete process.env[ENV_SETUP_ERROR];
  const fail = (message: string) => {
    process.env[ENV_SETUP_ERROR] = message;
    process.stderr.write(`\ne2e: ${message}\n`);
  };

  const missing = missingChromium();
  if (missing) return fail(missing);

  let dist = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : "";
  if (!dist) {
    dist = mkdtempSync(path.join(tmpdir(), "rubric-workbench-e2e-"));
    state.builtInto = dist;
    const error = build(dist);
    if (error) return fail(error);
  }
  if (!existsSync(path.join(dist, PREVIEW_PAGE))) {
    return fail(
      `${path.join(dist, PREVIEW_PAGE)} does not exist: the preview build (webpack --env preview) ` +
        `should emit the browser preview page`,
    );
  }
  state.server = await serveFolder(dist);
  process.env[ENV_URL] = state.server.url;
  process.stderr.write(`e2e: serving ${dist} at ${state.server.url}\n`);
}

export function cleanUp(state: E2EState | undefined): Promise<void> | void {
  if (!state) return;
  if (state.builtInto && !process.env.E2E_KEEP_BUILD) rmSync(state.builtInto, { recursive: true, force: true });
  return state.server?.close();
}
