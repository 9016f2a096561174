// Excel.Worksheet and Excel.WorksheetCollection over the simulated workbook, with the selection-changed and
// activated events the pane listens to, and the sheet's protection (worksheet-protection.ts).
import { addressOf, boxOf } from "../model/box";
import { SheetModel } from "../model/sheet";
import { LoadOption, SimClientObject, propertyList } from "./client-object";
import { propertyNotLoaded } from "./errors";
import { SimRequestContext } from "./context";
import { SimEvent } from "./events";
import { SimRange } from "./range";
import { SimOf } from "./sim-of";
import { SimTableCollection } from "./table";
import { SimWorksheetProtection } from "./worksheet-protection";
import { SimPageLayout } from "./page-layout";
import { SimChartCollection } from "./charts";

export class SimWorksheet
  extends SimClientObject<SheetModel>
  implements SimOf<Excel.Worksheet, "name" | "id" | "getRange" | "activate" | "getUsedRange">
{
  protected readonly typeName = "Worksheet";
  protected readonly scalarProperties = ["name", "position", "id"];
  readonly freezePanes = {
    freezeRows: (count?: number): void => this.queue((sheet) => (sheet.frozenRows = count ?? 1)),
  };
  private protectionProxy: SimWorksheetProtection | undefined;
  private pageLayoutProxy: SimPageLayout | undefined;
  private chartsProxy: SimChartCollection | undefined;

  /** Page Layout settings (ExcelApi 1.9; page-layout.ts). */
  get pageLayout(): SimPageLayout {
    return (this.pageLayoutProxy ??= new SimPageLayout(this.context, () => this.target));
  }

  /** The sheet's charts (ExcelApi 1.1; charts.ts). */
  get charts(): SimChartCollection {
    return (this.chartsProxy ??= new SimChartCollection(this.context, () => this.target));
  }

  /** The sheet's protection: one object per worksheet proxy, as Office's navigation properties are. */
  get protection(): SimWorksheetProtection {
    return (this.protectionProxy ??= new SimWorksheetProtection(this.context, () => this.target));
  }

  /** Loads properties; "protection/protected" and "protection/options" load them on `protection`. */
  override load(option?: LoadOption): this {
    const list = propertyList(option);
    const nested = list.filter((p) => p.startsWith("protection/")).map((p) => p.slice("protection/".length));
    const own = list.filter((p) => !p.startsWith("protection/"));
    if (nested.length > 0) this.protection.load(nested);
    if (own.length > 0) super.load(own);
    else if (nested.length === 0) super.load(option);
    return this;
  }

  protected snapshot(property: string): unknown {
    const sheet = this.target;
    if (property === "name") return sheet.name;
    if (property === "id") return `{sheet:${sheet.name}}`;
    if (property === "position") return this.context.model.sheets.indexOf(sheet);
    return this.unknownProperty(property);
  }

  get name(): string {
    return this.read("name");
  }

  get id(): string {
    return this.read("id");
  }

  get tables(): SimTableCollection {
    return new SimTableCollection(this.context, () => this.target);
  }

  getRange(address?: string): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.target;
      if (address === undefined) return { sheet, box: { row: 0, column: 0, rows: 1_048_576, columns: 16_384 } };
      return { sheet, box: boxOf(address) };
    });
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    void valuesOnly;
    return new SimRange(this.context, () => {
      const sheet = this.target;
      const { rows, columns } = sheet.extent();
      return { sheet, box: { row: 0, column: 0, rows: Math.max(rows, 1), columns: Math.max(columns, 1) } };
    });
  }

  activate(): void {
    this.queue((sheet) => this.context.model.activate(sheet.name));
  }
}

export class SimWorksheetCollection
  extends SimClientObject<SheetModel[]>
  implements SimOf<Excel.WorksheetCollection, "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet">
{
  protected readonly typeName = "WorksheetCollection";
  protected readonly scalarProperties = ["items"];
  readonly onSelectionChanged: SimEvent<Excel.WorksheetSelectionChangedEventArgs>;
  readonly onActivated: SimEvent<Excel.WorksheetActivatedEventArgs>;
  readonly onChanged: SimEvent<Excel.WorksheetChangedEventArgs>;
  private loadedItems: SimWorksheet[] | undefined;
  private itemProperties: string[] = [];

  constructor(context: SimRequestContext) {
    super(context, () => context.model.sheets);
    const model = context.model;
    this.onSelectionChanged = new SimEvent(context, (fire) =>
      model.onSelectionChanged((s) =>
        fire({
          type: "WorksheetSelectionChanged",
          address: s.areas.map((a) => addressOf(a)).join(","),
          worksheetId: `{sheet:${s.sheet}}`,
          source: "Local",
        } as Excel.WorksheetSelectionChangedEventArgs),
      ),
    );
    this.onActivated = new SimEvent(context, (fire) =>
      model.onActivated((name) =>
        fire({
          type: "WorksheetActivated",
          worksheetId: `{sheet:${name}}`,
          source: "Local",
        } as Excel.WorksheetActivatedEventArgs),
      ),
    );
    // Once per sheet after each batch of cell changes, whoever made them (the grid, this add-in, "a co-author").
    this.onChanged = new SimEvent(context, (fire) =>
      model.onCellsChanged(({ sheet, box }) =>
        fire({
          type: "WorksheetChanged",
          worksheetId: `{sheet:${sheet}}`,
          address: addressOf(box),
          changeType: "RangeEdited",
          source: "Local",
        } as Excel.WorksheetChangedEventArgs),
      ),
    );
  }

  protected snapshot(property: string): unknown {
    return this.unknownProperty(property);
  }

  /** Loads the items: "items/name" or "name" loads each sheet's name. */
  override load(option?: string | string[] | { select?: string | string[] }): this {
    const list = (typeof option === "string" ? option.split(",") : Array.isArray(option) ? option : [])
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter((p) => p && p !== "items");
    this.itemProperties = list.length > 0 ? list : ["name"];
    const items: SimWorksheet[] = [];
    this.context.enqueue(() => {
      // One proxy per sheet as it is now, each loading the asked properties in the same sync.
      for (const sheet of this.target)
        items.push(new SimWorksheet(this.context, () => sheet).load(this.itemProperties));
    });
    this.loadedItems = items;
    return this;
  }

  get items(): SimWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }

  add(name?: string): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.model.addSheet(name));
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.model.sheet(key));
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.model.findSheet(key) ?? null);
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => this.context.model.sheet(this.context.model.currentSelection().sheet));
  }
}
