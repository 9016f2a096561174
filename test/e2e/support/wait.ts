// Polling until a condition holds (Playwright's own expect is not used: the assertions are jest's).

export interface WaitOptions {
  timeout?: number;
  interval?: number;
}

/** Calls `probe` until it returns a value that `accept` takes; throws with the last value (or error) on timeout. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean = (value) => Boolean(value),
  { timeout = 15000, interval = 100 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      last = value;
      lastError = undefined;
      if (accept(value)) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError !== undefined ? `error: ${String(lastError)}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
