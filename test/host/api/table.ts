// Excel.Table, its collections and columns over the simulated workbook.
import { addressOf, boxOf, intersection } from "../model/box";
import { HostError } from "../model/errors";
import { SheetModel } from "../model/sheet";
import { TableModel } from "../model/table";
import { clearFilters } from "../model/table-filter";
import { setShowTotals } from "../model/table-totals";
import { SimTableSort } from "./table-sort";
import { LoadOption, SimClientObject, propertyList } from "./client-object";
import { SimRequestContext } from "./context";
import { propertyNotLoaded } from "./errors";
import { SimEvent } from "./events";
import { SimRange } from "./range";
import { SimOf } from "./sim-of";
import { SimWorksheet } from "./worksheet";

/** Loadable collections: load("items/name") or load("name") loads those properties of every item. */
abstract class SimCollection<T, Item extends SimClientObject<unknown>> extends SimClientObject<T> {
  protected readonly scalarProperties = ["items"];
  private loadedItems: Item[] | undefined;

  protected abstract itemsNow(): Item[];

  protected snapshot(property: string): unknown {
    return this.unknownProperty(property);
  }

  override load(option?: LoadOption): this {
    const list = propertyList(option)
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p !== "items");
    const items: Item[] = [];
    this.context.enqueue(() => {
      for (const item of this.itemsNow()) items.push(list.length > 0 ? item.load(list) : item.load());
    });
    this.loadedItems = items;
    return this;
  }

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }
}

export class SimTable
  extends SimClientObject<TableModel>
  implements
    SimOf<
      Excel.Table,
      | "name"
      | "showTotals"
      | "getRange"
      | "getHeaderRowRange"
      | "getDataBodyRange"
      | "getTotalRowRange"
      | "resize"
      | "clearFilters"
    >
{
  protected readonly typeName = "Table";
  protected readonly scalarProperties = ["name", "id", "showHeaders", "showTotals"];
  /**
   * Table.onChanged (ExcelApi 1.7): after each batch that changed cells inside the table, whoever made them (the
   * grid, this add-in, "a co-author"), with the changed area of the table as TableChangedEventArgs.address. A batch
   * of several writes to the sheet is one box around them (notifier.ts), clipped to the table as it is then.
   */
  readonly onChanged: SimEvent<Excel.TableChangedEventArgs>;

  constructor(context: SimRequestContext, bind: () => TableModel | null) {
    super(context, bind);
    this.onChanged = new SimEvent(context, (fire) => {
      const table = this.target;
      const model = this.context.model;
      return model.onCellsChanged(({ sheet, box }) => {
        if (sheet !== table.sheet.name || !model.tables.includes(table)) return; // another sheet, or deleted
        const area = intersection(box, table.box);
        if (!area) return;
        fire({
          type: "TableChanged",
          tableId: `{table:${table.name}}`,
          worksheetId: `{sheet:${sheet}}`,
          address: addressOf(area),
          changeType: "RangeEdited",
          source: "Local",
        } as Excel.TableChangedEventArgs);
      });
    });
  }

  protected snapshot(property: string): unknown {
    const table = this.target;
    if (property === "name") return table.name;
    if (property === "id") return `{table:${table.name}}`;
    if (property === "showHeaders") return true;
    if (property === "showTotals") return table.showTotals;
    return this.unknownProperty(property);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue((table) => this.context.model.renameTable(table, name));
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(show: boolean) {
    this.queue((table) => setShowTotals(this.context.model, table, show));
  }

  get worksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => this.target.sheet);
  }

  get sort(): SimTableSort {
    return new SimTableSort(this.context, () => this.target);
  }

  /** Shows every row again and drops the table's filters. */
  clearFilters(): void {
    this.queue((table) => clearFilters(this.context.model, table));
  }

  get columns(): SimTableColumnCollection {
    return new SimTableColumnCollection(this.context, () => this.target);
  }

  getRange(): SimRange {
    return new SimRange(this.context, () => ({ sheet: this.target.sheet, box: { ...this.target.box } }));
  }
  getHeaderRowRange(): SimRange {
    return new SimRange(this.context, () => ({ sheet: this.target.sheet, box: this.target.headerRow() }));
  }
  getDataBodyRange(): SimRange {
    return new SimRange(this.context, () => ({ sheet: this.target.sheet, box: this.target.dataBody() }));
  }
  /** The Total Row; InvalidArgument when it is not shown (Excel's getTotalRowRange fails the same way). */
  getTotalRowRange(): SimRange {
    return new SimRange(this.context, () => {
      const box = this.target.totalRow();
      if (!box) throw new HostError("InvalidArgument", `The table '${this.target.name}' shows no Total Row.`);
      return { sheet: this.target.sheet, box };
    });
  }

  /** Resizes to a new address (the header row stays where it is). */
  resize(newRange: Excel.Range | string): void {
    if (typeof newRange !== "string")
      throw new HostError("InvalidArgument", "The simulated host resizes to an address.");
    this.queue((table) => this.context.model.resizeTable(table, boxOf(newRange.replace(/^.*!/, ""))));
  }
}

/** A workbook's (sheet = null) or a worksheet's tables. */
export class SimTableCollection
  extends SimCollection<{ sheet: SheetModel | null }, SimTable>
  implements SimOf<Excel.TableCollection, "add" | "getItem" | "getItemOrNullObject">
{
  protected readonly typeName = "TableCollection";

  constructor(context: SimRequestContext, sheet: () => SheetModel | null) {
    super(context, () => ({ sheet: sheet() }));
  }

  /** The sheet the collection belongs to, null for the workbook's (inside queued commands only). */
  private get sheet(): SheetModel | null {
    return this.target.sheet;
  }

  protected itemsNow(): SimTable[] {
    const sheet = this.sheet;
    return this.context.model.tables
      .filter((t) => sheet === null || t.sheet === sheet)
      .map((t) => new SimTable(this.context, () => t));
  }

  /** Adds a table over an address ("A10:J18", or "'Sheet'!A1:B2" on the workbook's collection). */
  add(address: Excel.Range | string, hasHeaders: boolean): SimTable {
    return new SimTable(this.context, () => {
      if (typeof address !== "string")
        throw new HostError("InvalidArgument", "The simulated host adds tables by address.");
      if (!hasHeaders) throw new HostError("InvalidArgument", "The simulated host makes tables with headers only.");
      const bang = address.lastIndexOf("!");
      const model = this.context.model;
      const sheet =
        this.sheet ?? (bang > 0 ? model.sheet(address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : null);
      if (!sheet) throw new HostError("InvalidArgument", `${address} names no worksheet.`);
      return model.addTable(sheet, boxOf(address.slice(bang + 1)));
    });
  }

  private find(key: string): TableModel | undefined {
    const table = this.context.model.findTable(key);
    const sheet = this.sheet;
    return table && (sheet === null || table.sheet === sheet) ? table : undefined;
  }

  getItem(key: string): SimTable {
    return new SimTable(this.context, () => {
      const table = this.find(key);
      if (!table) throw new HostError("ItemNotFound", `The table '${key}' does not exist.`);
      return table;
    });
  }

  getItemOrNullObject(key: string): SimTable {
    return new SimTable(this.context, () => this.find(key) ?? null);
  }
}

interface ColumnTarget {
  table: TableModel;
  index: number;
}

export class SimTableColumn
  extends SimClientObject<ColumnTarget>
  implements SimOf<Excel.TableColumn, "name" | "index" | "getRange" | "getHeaderRowRange" | "getDataBodyRange">
{
  protected readonly typeName = "TableColumn";
  protected readonly scalarProperties = ["name", "index", "id"];

  protected snapshot(property: string): unknown {
    const { table, index } = this.target;
    if (property === "name") return table.headers()[index];
    if (property === "index") return index;
    if (property === "id") return index + 1;
    return this.unknownProperty(property);
  }

  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }

  private range(rows: "all" | "header" | "body"): SimRange {
    return new SimRange(this.context, () => {
      const { table, index } = this.target;
      const box = rows === "header" ? table.headerRow() : rows === "body" ? table.dataBody() : table.box;
      return { sheet: table.sheet, box: { ...box, column: table.box.column + index, columns: 1 } };
    });
  }
  getRange(): SimRange {
    return this.range("all");
  }
  getHeaderRowRange(): SimRange {
    return this.range("header");
  }
  getDataBodyRange(): SimRange {
    return this.range("body");
  }
}

export class SimTableColumnCollection
  extends SimCollection<TableModel, SimTableColumn>
  implements SimOf<Excel.TableColumnCollection, "add" | "getItem" | "getItemOrNullObject" | "getItemAt">
{
  protected readonly typeName = "TableColumnCollection";

  protected itemsNow(): SimTableColumn[] {
    const table = this.target;
    return table.headers().map((_, index) => new SimTableColumn(this.context, () => ({ table, index })));
  }

  add(
    index?: number | null,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
    name?: string,
  ): SimTableColumn {
    return new SimTableColumn(this.context, () => {
      const table = this.target;
      const grid = values === undefined ? undefined : Array.isArray(values) ? values : [[values]];
      return { table, index: this.context.model.insertTableColumn(table, index ?? undefined, grid, name) };
    });
  }

  private find(key: number | string): ColumnTarget | null {
    const table = this.target;
    const index = typeof key === "number" ? key - 1 : table.columnIndex(key);
    return index >= 0 && index < table.box.columns ? { table, index } : null;
  }

  getItem(key: number | string): SimTableColumn {
    return new SimTableColumn(this.context, () => {
      const found = this.find(key);
      if (!found) throw new HostError("ItemNotFound", `The column '${key}' does not exist in the table.`);
      return found;
    });
  }

  getItemOrNullObject(key: number | string): SimTableColumn {
    return new SimTableColumn(this.context, () => this.find(key));
  }

  getItemAt(index: number): SimTableColumn {
    return new SimTableColumn(this.context, () => {
      const table = this.target;
      if (index < 0 || index >= table.box.columns) throw new HostError("InvalidArgument", `No column at ${index}.`);
      return { table, index };
    });
  }
}
