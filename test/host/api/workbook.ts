// Excel.Workbook over the simulated workbook: its sheets, tables, named items and the selection.
import { columnLetter, quoteSheet } from "../../../src/workbook/address";
import { Box, addressOf } from "../model/box";
import { HostError } from "../model/errors";
import { MAX_COLUMNS, MAX_ROWS } from "../model/sheet";
import { Selection } from "../model/workbook";
import { LoadOption, SimClientObject, propertyList } from "./client-object";
import { SimRequestContext } from "./context";
import { propertyNotLoaded } from "./errors";
import { SimRange } from "./range";
import { SimOf } from "./sim-of";
import { SimTableCollection } from "./table";
import { SimWorksheet, SimWorksheetCollection } from "./worksheet";

export class SimWorkbook
  extends SimClientObject<true>
  implements SimOf<Excel.Workbook, "getActiveCell" | "getSelectedRange" | "getSelectedRanges">
{
  protected readonly typeName = "Workbook";
  protected readonly scalarProperties = ["name"];
  readonly worksheets: SimWorksheetCollection;
  readonly tables: SimTableCollection;
  readonly names: SimNamedItemCollection;

  constructor(context: SimRequestContext) {
    super(context, () => true);
    this.worksheets = new SimWorksheetCollection(context);
    this.tables = new SimTableCollection(context, () => null);
    this.names = new SimNamedItemCollection(context);
  }

  protected snapshot(property: string): unknown {
    if (property === "name") return "Simulated workbook.xlsx";
    return this.unknownProperty(property);
  }

  private selection(): Selection {
    return this.context.model.currentSelection();
  }

  getActiveCell(): SimRange {
    return new SimRange(this.context, () => {
      const s = this.selection();
      return { sheet: this.context.model.sheet(s.sheet), box: { ...s.active, rows: 1, columns: 1 } };
    });
  }

  /** The selected range; like Excel, refused for a selection of several areas. */
  getSelectedRange(): SimRange {
    return new SimRange(this.context, () => {
      const s = this.selection();
      if (s.areas.length > 1) {
        throw new HostError("InvalidSelection", "The current selection is invalid for this operation (several areas).");
      }
      return { sheet: this.context.model.sheet(s.sheet), box: { ...s.areas[0] } };
    });
  }

  /** The selected areas (Excel.RangeAreas: its worksheet and a loadable collection of its ranges). */
  getSelectedRanges(): SimRangeAreas {
    return new SimRangeAreas(this.context, () => {
      if (this.context.runtime.unsupported.has("Workbook.getSelectedRanges")) {
        throw new HostError("ApiNotFound", "The API you are trying to use could not be found (ExcelApi 1.9).");
      }
      return this.selection();
    });
  }
}

/** An area as Excel spells it in RangeAreas.address: whole rows "1:1048576" (the whole sheet too), whole columns "A:C". */
function excelAddress(box: Box): string {
  if (box.columns === MAX_COLUMNS) return `${box.row + 1}:${box.row + box.rows}`;
  if (box.rows === MAX_ROWS) return `${columnLetter(box.column)}:${columnLetter(box.column + box.columns - 1)}`;
  return addressOf(box);
}

export class SimRangeAreas extends SimClientObject<Selection> implements SimOf<Excel.RangeAreas, "address"> {
  protected readonly typeName = "RangeAreas";
  protected readonly scalarProperties = ["address", "areaCount"];
  readonly areas: SimRangeCollection;

  constructor(context: SimRequestContext, bind: () => Selection) {
    super(context, bind);
    this.areas = new SimRangeCollection(context, () => this.target);
  }

  protected snapshot(property: string): unknown {
    const s = this.target;
    if (property === "areaCount") return s.areas.length;
    if (property === "address") return s.areas.map((a) => `${quoteSheet(s.sheet)}!${excelAddress(a)}`).join(", ");
    return this.unknownProperty(property);
  }

  get address(): string {
    return this.read("address");
  }

  get worksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.model.sheet(this.target.sheet));
  }
}

export class SimRangeCollection extends SimClientObject<Selection> {
  protected readonly typeName = "RangeCollection";
  protected readonly scalarProperties = ["items"];
  private loadedItems: SimRange[] | undefined;

  protected snapshot(property: string): unknown {
    return this.unknownProperty(property);
  }

  override load(option?: LoadOption): this {
    const list = propertyList(option).map((p) => p.replace(/^items\//, ""));
    const items: SimRange[] = [];
    this.context.enqueue(() => {
      const s = this.target;
      const sheet = this.context.model.sheet(s.sheet);
      for (const box of s.areas) items.push(new SimRange(this.context, () => ({ sheet, box: { ...box } })).load(list));
    });
    this.loadedItems = items;
    return this;
  }

  get items(): SimRange[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }
}

/** Workbook-scoped named items: name → formula ("=Sheet1!$A$1"). */
export class SimNamedItemCollection
  extends SimClientObject<Map<string, string>>
  implements SimOf<Excel.NamedItemCollection, "add">
{
  protected readonly typeName = "NamedItemCollection";
  protected readonly scalarProperties = [];

  constructor(context: SimRequestContext) {
    super(context, () => context.model.names);
  }

  protected snapshot(property: string): unknown {
    return this.unknownProperty(property);
  }

  add(name: string, reference: Excel.Range | string, comment?: string): SimNamedItem {
    void comment;
    return new SimNamedItem(this.context, () => {
      if (typeof reference !== "string") throw new HostError("InvalidArgument", "The simulated host names formulas.");
      const names = this.target;
      if ([...names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new HostError("ItemAlreadyExists", `The name '${name}' already exists.`);
      }
      names.set(name, reference.startsWith("=") ? reference : `=${reference}`);
      return { name, names };
    });
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return new SimNamedItem(this.context, () => {
      const found = [...this.target.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
      return found === undefined ? null : { name: found, names: this.target };
    });
  }
}

export class SimNamedItem extends SimClientObject<{ name: string; names: Map<string, string> }> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarProperties = ["name", "formula"];

  protected snapshot(property: string): unknown {
    const { name, names } = this.target;
    if (property === "name") return name;
    if (property === "formula") return names.get(name);
    return this.unknownProperty(property);
  }

  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }

  delete(): void {
    this.queue(({ name, names }) => names.delete(name));
  }
}
