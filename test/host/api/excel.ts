// Excel.run over the simulated workbook: a new request context per batch (or the context of the object given),
// the batch's result once its promise settles, and a final sync of whatever the batch left queued, as Office does.
import { SimRequestContext, HostRuntime } from "./context";

type Batch<T> = (context: SimRequestContext) => Promise<T>;

export interface SimExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(objectOrContext: unknown, batch: Batch<T>): Promise<T>;
  RequestContext: new () => SimRequestContext;
}

export function excelNamespace(runtime: HostRuntime): SimExcelNamespace {
  async function run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (second ?? first) as Batch<T>;
    const given = second ? contextOf(first) : undefined;
    const context = given ?? new SimRequestContext(runtime);
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  }
  return {
    run: run as SimExcelNamespace["run"],
    RequestContext: class extends SimRequestContext {
      constructor() {
        super(runtime);
      }
    },
  };
}

/** The context of an object or context passed to Excel.run(object, batch). */
function contextOf(value: unknown): SimRequestContext | undefined {
  if (value instanceof SimRequestContext) return value;
  const inner = (value as { context?: unknown } | null)?.context;
  if (inner instanceof SimRequestContext) return inner;
  if (Array.isArray(value)) return contextOf(value[0]);
  return undefined;
}
