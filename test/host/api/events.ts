// Office events (onSelectionChanged, onActivated): add() registers a handler at the next sync and returns an
// EventHandlerResult whose remove() unregisters it at the sync after. Handlers run later, outside any batch, as
// Office calls them.
import { SimRequestContext } from "./context";

export interface SimEventHandlerResult {
  context: SimRequestContext;
  remove(): void;
}

export class SimEvent<T> {
  constructor(
    private readonly context: SimRequestContext,
    private readonly subscribe: (fire: (args: T) => void) => () => void,
  ) {}

  add(handler: (args: T) => Promise<unknown>): SimEventHandlerResult {
    let unsubscribe: (() => void) | null = null;
    this.context.enqueue(() => {
      unsubscribe = this.subscribe((args) => {
        // Office calls handlers asynchronously; a failing handler must not break the workbook change.
        setTimeout(() => void Promise.resolve(handler(args)).catch(() => undefined), 0);
      });
    });
    return {
      context: this.context,
      remove: () => this.context.enqueue(() => unsubscribe?.()),
    };
  }
}
