// The Excel session: the only place that starts Excel.run or registers Excel events. The pane runs workbook
// operations through runInWorkbook and never touches Excel.* itself.

/** The request context every workbook operation takes; the pane names it without touching Excel.* itself. */
export type WorkbookContext = Excel.RequestContext;

/** Runs one workbook operation in a request context. */
export type WorkbookRun = <T>(op: (context: WorkbookContext) => Promise<T>) => Promise<T>;

/** Runs `op` in a new Excel request context (Excel.run). */
export function runInWorkbook<T>(op: (context: WorkbookContext) => Promise<T>): Promise<T> {
  return Excel.run(op);
}

/**
 * Calls `handler` whenever the selection moves in any worksheet, or another worksheet is activated (which moves the
 * selection too). Resolves to the function that stops it: that removes both handlers in its own Excel.run.
 * Needs ExcelApi 1.9 (WorksheetCollection.onSelectionChanged); where it is missing the registration rejects.
 */
export async function onSelectionChanged(handler: () => void): Promise<() => Promise<void>> {
  const registered = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const call = async () => handler();
    const results = [sheets.onSelectionChanged.add(call), sheets.onActivated.add(call)];
    await context.sync();
    return results;
  });
  return remover(Excel, registered);
}

/** A change to cells of a worksheet, as Excel's WorksheetChanged event names it. */
export interface SheetChange {
  worksheetId: string;
  /** The changed cells, without the sheet ("B4:D9"). */
  address: string;
  /** Excel.DataChangeType: "RangeEdited", "RowInserted", "RowDeleted", ... */
  changeType: string;
}

/** How to start a batch: Excel itself, or a stand-in with the same Excel.run (tests). */
export type ExcelRunner = Pick<typeof Excel, "run">;

/**
 * Calls `handler` whenever cells of any worksheet change: typed, pasted, filled, written by a co-author or an
 * add-in (this one included). Resolves to the function that stops it. Needs ExcelApi 1.9
 * (WorksheetCollection.onChanged); where it is missing the registration rejects.
 */
export async function onWorksheetsChanged(
  handler: (change: SheetChange) => void,
  excel: ExcelRunner = Excel,
): Promise<() => Promise<void>> {
  const registered = await excel.run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(async (args) =>
      handler({ worksheetId: args.worksheetId, address: args.address, changeType: String(args.changeType) }),
    );
    await context.sync();
    return result;
  });
  return remover(excel, [registered]);
}

/** A change to cells of a table, as Excel's TableChanged event names it. */
export interface TableChange {
  /** The changed area of the table ("E5", "E5:G9"). */
  address: string;
  /** Excel.DataChangeType: "RangeEdited", "RowInserted", ... */
  changeType: string;
}

/**
 * Calls `handler` whenever cells of the table `tableName` change, by whoever (this add-in included). Resolves to the
 * function that stops it; rejects where the table is missing or the event is (Table.onChanged, ExcelApi 1.7).
 */
export async function onTableChanged(
  tableName: string,
  handler: (change: TableChange) => void,
  excel: ExcelRunner = Excel,
): Promise<() => Promise<void>> {
  const registered = await excel.run(async (context) => {
    const result = context.workbook.tables
      .getItem(tableName)
      .onChanged.add(async (args) => handler({ address: args.address, changeType: String(args.changeType) }));
    await context.sync();
    return result;
  });
  return remover(excel, [registered]);
}

/** The function that removes event handlers in their own batch, once however often it is called. */
function remover(excel: ExcelRunner, registered: readonly OfficeExtension.EventHandlerResult<unknown>[]) {
  let removed = false;
  return async (): Promise<void> => {
    if (removed) return;
    removed = true;
    await excel.run(registered[0].context, async (context) => {
      registered.forEach((result) => result.remove());
      await context.sync();
    });
  };
}
