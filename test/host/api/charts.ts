// Excel.ChartCollection and Excel.Chart over the simulated workbook (ExcelApi 1.1), a minimal model kept on the sheet
// (../model/sheet-print.ts): add(type, sourceData, seriesBy), the chart's name and title text, delete, and the
// collection's items to load. https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection,
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart
import { HostError } from "../model/errors";
import { SheetModel } from "../model/sheet";
import { refuseIfProtected } from "../model/sheet-protection";
import { ChartRecord } from "../model/sheet-print";
import { LoadOption, SimClientObject, propertyList } from "./client-object";
import { SimRequestContext } from "./context";
import { propertyNotLoaded } from "./errors";
import { SimRange } from "./range";
import { SimOf } from "./sim-of";

/** The chart types the host accepts (those Excel.ChartType lists that reports use, and a few more). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "Line",
  "LineMarkers",
  "Pie",
  "Area",
  "XYScatter",
  "Histogram",
]);

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartRecord;
}

export class SimChartCollection
  extends SimClientObject<SheetModel>
  implements SimOf<Excel.ChartCollection, "add" | "getItemOrNullObject">
{
  protected readonly typeName = "ChartCollection";
  protected readonly scalarProperties = ["items"];
  private loadedItems: SimChart[] | undefined;

  protected snapshot(property: string): unknown {
    return this.unknownProperty(property);
  }

  /** Loads the items ("items/name"): one proxy per chart as the sheet holds them at the sync. */
  override load(option?: LoadOption): this {
    const list = propertyList(option)
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p !== "items");
    const items: SimChart[] = [];
    this.context.enqueue(() => {
      const sheet = this.target;
      for (const chart of sheet.charts) items.push(new SimChart(this.context, () => ({ sheet, chart })).load(list));
    });
    this.loadedItems = items;
    return this;
  }

  get items(): SimChart[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }

  /** Adds a chart of `type` over `sourceData` (a range of this sheet), named "Chart n" as Excel names them. */
  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | string): SimChart {
    return new SimChart(this.context, () => {
      const sheet = this.target;
      if (!CHART_TYPES.has(String(type))) throw new HostError("InvalidArgument", `Chart type ${String(type)}.`);
      const source = sourceData instanceof SimRange ? sourceData.peek() : undefined;
      if (!source) throw new HostError("InvalidArgument", "The chart's source data is not a range of this workbook.");
      if (source.sheet !== sheet) throw new HostError("InvalidArgument", "The source data is on another worksheet.");
      refuseIfProtected(sheet, "cells");
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartRecord = {
        name: `Chart ${n}`,
        type: String(type),
        source: { ...source.box },
        seriesBy: String(seriesBy ?? "Auto"),
        title: "",
      };
      sheet.charts.push(chart);
      return { sheet, chart };
    });
  }

  getItemOrNullObject(name: string): SimChart {
    return new SimChart(this.context, () => {
      const sheet = this.target;
      const chart = sheet.charts.find((c) => c.name === name);
      return chart ? { sheet, chart } : null;
    });
  }
}

export class SimChart extends SimClientObject<ChartTarget> implements SimOf<Excel.Chart, "name" | "delete"> {
  protected readonly typeName = "Chart";
  protected readonly scalarProperties = ["name", "chartType"];
  readonly title: { text: string };

  constructor(context: SimRequestContext, bind: () => ChartTarget | null) {
    super(context, bind);
    const queue = (command: (t: ChartTarget) => void) => this.queue(command);
    const read = () => this.read<string>("title/text");
    this.title = {
      get text(): string {
        return read();
      },
      set text(text: string) {
        queue(({ chart }) => (chart.title = String(text)));
      },
    };
  }

  protected snapshot(property: string): unknown {
    const { chart } = this.target;
    if (property === "name") return chart.name;
    if (property === "chartType") return chart.type;
    if (property === "title/text") return chart.title;
    return this.unknownProperty(property);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue(({ sheet, chart }) => {
      if (sheet.charts.some((c) => c !== chart && c.name === name)) {
        throw new HostError("InvalidArgument", `A chart named '${name}' already exists on this sheet.`);
      }
      chart.name = name;
    });
  }

  /** Where the chart sits (cells it covers): accepted, not kept. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    void startCell;
    void endCell;
    this.queue(() => undefined);
  }

  delete(): void {
    this.queue(({ sheet, chart }) => {
      refuseIfProtected(sheet, "cells");
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}
