// One Chromium per test file, one browser context (fresh profile: empty localStorage) per session, and the page's
// errors: an uncaught page error fails the test during which it happened; console errors are collected and shown.
import { Browser, BrowserContext, ConsoleMessage, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { previewBaseUrl } from "./env";
import { Preview } from "./preview";

export interface PageProblems {
  /** Uncaught exceptions and unhandled rejections in the page. */
  errors: string[];
  /** console.error messages (and failed requests Chromium reports there). */
  consoleErrors: string[];
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  preview: Preview;
  problems: PageProblems;
  /** A new browser context (empty storage) and page on the preview; the old context is closed. */
  fresh(): Promise<Preview>;
}

export function watchPage(page: Page, problems: PageProblems): void {
  page.on("pageerror", (error) => problems.errors.push(error.stack || String(error)));
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    const where = message.location();
    problems.consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ""}`);
  });
}

/** Registers beforeAll/afterAll/afterEach hooks; the returned session is usable inside tests and hooks. */
/** `search`: the preview page's query ("?theme=dark"). */
export function usePreview(options: { open?: boolean; search?: string } = {}): Session {
  const session = {
    problems: { errors: [], consoleErrors: [] } as PageProblems,
  } as Session;

  session.fresh = async () => {
    await session.context?.close();
    session.context = await session.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    session.context.setDefaultTimeout(15000);
    session.page = await session.context.newPage();
    watchPage(session.page, session.problems);
    session.preview = new Preview(session.page, previewBaseUrl(), options.search);
    await session.preview.open();
    return session.preview;
  };

  beforeAll(async () => {
    previewBaseUrl(); // the setup's problem (no Chromium, failed build), as every test's failure
    session.browser = await launchChromium();
    if (options.open !== false) await session.fresh();
  });

  afterEach(() => {
    const { errors, consoleErrors } = session.problems;
    const name = expect.getState().currentTestName ?? "";
    if (consoleErrors.length > 0) {
      process.stderr.write(`\n[${name}] console errors in the page:\n  ${consoleErrors.join("\n  ")}\n`);
    }
    session.problems.consoleErrors = [];
    session.problems.errors = [];
    if (errors.length > 0) throw new Error(`uncaught error(s) in the page:\n${errors.join("\n")}`);
  });

  afterAll(async () => {
    await session.browser?.close();
  });

  return session;
}
