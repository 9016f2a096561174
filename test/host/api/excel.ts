// Excel.run over the simulated workbook: a new request context per batch (or the context of the object given),
// the batch's result once its promise settles, and a final sync of whatever the batch left queued, as Office does.
// Excel.createWorkbook too, which opens a second window: the host records the file it was given instead.
import { SimRequestContext, HostRuntime } from "./context";
import { SimOfficeError } from "./errors";

type Batch<T> = (context: SimRequestContext) => Promise<T>;

export interface SimExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(objectOrContext: unknown, batch: Batch<T>): Promise<T>;
  RequestContext: new () => SimRequestContext;
  createWorkbook(base64File?: string): Promise<void>;
}

/**
 * Excel.createWorkbook(base64File?) (ExcelApi 1.8): "Creates and opens a new workbook. Optionally, the workbook can
 * be pre-populated with a Base64-encoded .xlsx file."
 * https://learn.microsoft.com/en-us/javascript/api/excel#excel-excel-createworkbook-function(1)
 * The new workbook opens in a window of its own, out of the add-in's reach: the host records the base64 it was given
 * (runtime.createdWorkbooks, "" for a blank workbook) for tests to unzip and read, and tells its listeners (the
 * preview offers the file as a download). A text that is not base64 of a zip (an .xlsx starts with "PK") fails with
 * InvalidArgument; a host told it lacks "Excel.createWorkbook" (an Excel before 1.8) fails with ApiNotFound.
 */
async function createWorkbook(runtime: HostRuntime, base64File?: string): Promise<void> {
  await Promise.resolve(); // Office answers later, never inside the call
  if (runtime.unsupported.has("Excel.createWorkbook"))
    throw new SimOfficeError("ApiNotFound", "The API you are trying to use could not be found (ExcelApi 1.8).");
  const file = base64File ?? "";
  if (file !== "" && !isZip(file))
    throw new SimOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  runtime.createdWorkbooks.push(file);
  for (const listener of runtime.workbookListeners) listener(file);
}

function isZip(base64: string): boolean {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) return false;
  try {
    return atob(base64.slice(0, 4)).startsWith("PK");
  } catch {
    return false;
  }
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
    createWorkbook: (base64File) => createWorkbook(runtime, base64File),
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
