// Stops the static server and removes the temporary build.
import { cleanUp } from "./global-setup";

export default async function globalTeardown(): Promise<void> {
  await cleanUp(globalThis.__RUBRIC_E2E__);
  globalThis.__RUBRIC_E2E__ = undefined;
}
