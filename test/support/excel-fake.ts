// A small in-memory fake of the Excel JavaScript API surface the workbook layer uses (worksheets, tables, ranges,
// data validation, freeze panes), for unit tests where office-addin-mock's fixed object tree is not enough.
//
// Superseded by the simulated Excel host (test/host, helpers in host-helpers.ts): it is kept only for the one test of
// a host without ExcelApi 1.9 (getSelectedRanges failing with ApiNotFound, `selectedRangesUnsupported`), which the
// simulated host cannot play yet. Write new tests on the simulated host.
//
// Like Excel, loaded properties are only readable after context.sync(): reading `values` before the sync that
// loaded them throws. Writes apply immediately, which is equivalent because Excel runs queued commands in order.
// Formulas are stored, not calculated: a formula cell's value reads as "". Each sync records what it loaded (cells
// and JSON bytes) so tests can check payload limits; a values load over 5,000,000 cells fails as Excel's does.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { cellAddress, columnLetter, parseAddress, quoteSheet } from "../../src/workbook/address";

export interface FakeCell {
  value: unknown;
  formula?: string;
  numberFormat?: string;
}

export interface SyncRecord {
  loadedCells: number;
  loadedBytes: number;
}

export const MAX_LOAD_CELLS = 5_000_000;

type Loader = () => { cells: number; bytes: number };

export class FakeContext {
  workbook: FakeWorkbook;
  syncs: SyncRecord[] = [];
  /** Every values/formulas write: which property, where, how many cells. */
  writes: Array<{ property: string; sheet: string; address: string; cells: number }> = [];
  /** Every numberFormat write, with how many values/formulas writes came before it (to check the order). */
  formatWrites: Array<{ sheet: string; address: string; formats: string[][]; writesBefore: number }> = [];
  pending: Loader[] = [];
  constructor() {
    this.workbook = new FakeWorkbook(this);
  }
  async sync(): Promise<void> {
    const record = { loadedCells: 0, loadedBytes: 0 };
    for (const load of this.pending) {
      const { cells, bytes } = load();
      record.loadedCells += cells;
      record.loadedBytes += bytes;
    }
    this.pending = [];
    this.syncs.push(record);
  }
  trackedObjects = { add: () => undefined, remove: () => undefined };
}

export class FakeWorkbook {
  sheets: FakeWorksheet[] = [];
  worksheets: any;
  tables: any;
  /** The active cell (sheet name, 0-based row and column); set by Range.select or by tests. */
  active: { sheet: string; row: number; column: number } | null = null;
  /** The selected areas, made with the active cell they belong to (set by Range.select or selectAreas): they count
   * only while that is still the active cell, so tests that set `active` directly select that one cell. */
  selection: { sheet: string; boxes: FakeBox[]; active: FakeWorkbook["active"] } | null = null;
  /** Makes getSelectedRanges fail at the sync as on hosts without ExcelApi 1.9. */
  selectedRangesUnsupported = false;
  constructor(readonly context: FakeContext) {
    const findSheet = (name: string) => this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const findTable = (name: string) => this.allTables().find((t) => t.name.toLowerCase() === name.toLowerCase());
    this.worksheets = {
      add: (name: string) => {
        if (findSheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
        if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
        const sheet = new FakeWorksheet(this, name);
        this.sheets.push(sheet);
        return sheet;
      },
      getItem: (name: string) => {
        const sheet = findSheet(name);
        if (!sheet) throw new Error(`ItemNotFound: sheet ${name}`);
        return sheet;
      },
      getItemOrNullObject: (name: string) => findSheet(name) ?? nullObject(context),
    };
    // Collection loads ("items/name"): the items are the sheets as they are at the sync.
    let loadedSheets: FakeWorksheet[] | undefined;
    Object.defineProperty(this.worksheets, "load", {
      value: () => {
        context.pending.push(() => {
          loadedSheets = [...this.sheets];
          return { cells: 0, bytes: 0 };
        });
        return this.worksheets;
      },
    });
    Object.defineProperty(this.worksheets, "items", {
      get: () => {
        if (!loadedSheets) throw new Error("PropertyNotLoaded: items of worksheets (load it, then sync)");
        return loadedSheets;
      },
    });
    this.tables = {
      getItem: (name: string) => {
        const table = findTable(name);
        if (!table) throw new Error(`ItemNotFound: table ${name}`);
        return table;
      },
      getItemOrNullObject: (name: string) => findTable(name) ?? nullObject(context),
    };
    // Collection loads ("items/name"): the items are the tables as they are at the sync.
    let loadedItems: FakeTable[] | undefined;
    Object.defineProperty(this.tables, "load", {
      value: () => {
        context.pending.push(() => {
          loadedItems = [...this.allTables()];
          return { cells: 0, bytes: 0 };
        });
        return this.tables;
      },
    });
    Object.defineProperty(this.tables, "items", {
      get: () => {
        if (!loadedItems) throw new Error("PropertyNotLoaded: items of tables (load it, then sync)");
        return loadedItems;
      },
    });
  }
  /** The active cell as a range; like Excel, the first sheet's A1 when nothing was selected. */
  getActiveCell(): FakeRange {
    const at = this.active;
    const sheet = (at && this.sheets.find((s) => s.name === at.sheet)) ?? this.sheets[0];
    if (!sheet) throw new Error("fake workbook has no sheet");
    return new FakeRange(
      sheet,
      at && sheet.name === at.sheet ? at.row : 0,
      at && sheet.name === at.sheet ? at.column : 0,
      1,
      1,
    );
  }
  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tableList);
  }
  /** Selects areas of a sheet, as a Ctrl+click selection does; the first area's top-left becomes the active cell. */
  selectAreas(sheet: string, addresses: string[]): void {
    const boxes = addresses.map((a) => {
      const { row, column, rows, columns } = parseAddress(a);
      return { row, column, rows, columns };
    });
    this.active = { sheet, row: boxes[0].row, column: boxes[0].column };
    this.selection = { sheet, boxes, active: this.active };
  }
  /** The selected areas: the recorded selection while its active cell is still active, else the active cell. */
  private selectedAreas(): FakeRange[] {
    const cell = this.getActiveCell();
    const selection = this.selection;
    if (!selection || selection.active !== this.active || selection.sheet !== cell.worksheet.name) return [cell];
    return selection.boxes.map((b) => new FakeRange(cell.worksheet, b.row, b.column, b.rows, b.columns));
  }
  /** The selected range; like Excel, refused for a multi-area selection. */
  getSelectedRange(): FakeRange {
    const areas = this.selectedAreas();
    if (areas.length > 1) throw new Error("InvalidSelection: the selection has several areas");
    return areas[0];
  }
  /** The selected areas (Excel.RangeAreas, ExcelApi 1.9): `worksheet` and `areas` (a loadable range collection). */
  getSelectedRanges(): any {
    const context = this.context;
    const areas = this.selectedAreas();
    if (this.selectedRangesUnsupported) {
      context.pending.push(() => {
        context.pending = []; // like Excel, the failed batch is gone
        throw Object.assign(new Error("ApiNotFound: getSelectedRanges"), { code: "ApiNotFound" });
      });
    }
    let loaded: FakeRange[] | undefined;
    const collection: any = {
      load: (props?: string | string[]) => {
        const list = (Array.isArray(props) ? props : String(props ?? "").split(","))
          .map((p) => p.trim().replace(/^items\//, ""))
          .filter(Boolean);
        for (const range of areas) range.load(list);
        context.pending.push(() => {
          loaded = areas;
          return { cells: 0, bytes: 0 };
        });
        return collection;
      },
    };
    Object.defineProperty(collection, "items", {
      get: () => {
        if (!loaded) throw new Error("PropertyNotLoaded: items of areas (load it, then sync)");
        return loaded;
      },
    });
    return { worksheet: areas[0].worksheet, areas: collection };
  }
}

interface FakeBox {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function nullObject(context: FakeContext): any {
  const loadable: any = { isNullObject: true };
  loadable.load = () => {
    context.pending.push(() => ({ cells: 0, bytes: 0 }));
    return loadable;
  };
  return loadable;
}

export class FakeWorksheet {
  cells = new Map<string, FakeCell>();
  validations: Array<{ address: string; rule: any; errorAlert?: any }> = [];
  tableList: FakeTable[] = [];
  frozenRows = 0;
  tables: any;
  freezePanes: any;
  isNullObject = false;
  constructor(
    readonly workbook: FakeWorkbook,
    public name: string,
  ) {
    this.tables = {
      add: (address: string, hasHeaders: boolean) => {
        if (!hasHeaders) throw new Error("fake supports tables with headers only");
        const box = parseAddress(address);
        if (box.rows < 2) throw new Error("InvalidArgument: a table needs a header and a data row");
        const table = new FakeTable(this, `Table${workbook.allTables().length + 1}`, box);
        this.tableList.push(table);
        return table;
      },
    };
    this.freezePanes = { freezeRows: (n: number) => (this.frozenRows = n) };
  }
  load(): this {
    this.workbook.context.pending.push(() => ({ cells: 0, bytes: 0 }));
    return this;
  }
  /** Makes this sheet active; its selection becomes A1 unless a cell of it is already active. */
  activate(): void {
    if (this.workbook.active?.sheet !== this.name) this.workbook.active = { sheet: this.name, row: 0, column: 0 };
  }
  key(row: number, column: number): string {
    return `${row},${column}`;
  }
  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(this.key(row, column));
  }
  value(row: number, column: number): unknown {
    const c = this.cell(row, column);
    return c === undefined || c.formula !== undefined ? "" : c.value;
  }
  setCell(row: number, column: number, patch: Partial<FakeCell>): void {
    const k = this.key(row, column);
    const c = this.cells.get(k) ?? { value: "" };
    this.cells.set(k, { ...c, ...patch });
  }
  getRange(address: string): FakeRange {
    const box = parseAddress(address);
    return new FakeRange(this, box.row, box.column, box.rows, box.columns);
  }
  /** Cells of a box as a 2-D array of values (test helper). */
  grid(address: string): unknown[][] {
    const box = parseAddress(address);
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.columns }, (_, c) => this.value(box.row + r, box.column + c)),
    );
  }
  validationAt(row: number, column: number): { rule: any; errorAlert?: any } | undefined {
    const a = cellAddress(row, column);
    return [...this.validations].reverse().find((v) => {
      const box = parseAddress(v.address);
      const p = parseAddress(a);
      return (
        p.row >= box.row && p.row < box.row + box.rows && p.column >= box.column && p.column < box.column + box.columns
      );
    });
  }
  /** Inserts cells at column `at` for rows [top, bottom], shifting the cells to their right (a table column insert). */
  shiftRight(top: number, bottom: number, at: number): void {
    const moved: Array<[number, number, FakeCell]> = [];
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(",").map(Number);
      if (r >= top && r <= bottom && col >= at) moved.push([r, col, c]);
    }
    for (const [r, col] of moved) this.cells.delete(this.key(r, col));
    for (const [r, col, c] of moved) this.cells.set(this.key(r, col + 1), c);
    for (const t of this.tableList) {
      if (t.box.column > at && t.box.row <= bottom && t.box.row + t.box.rows - 1 >= top) t.box.column += 1;
    }
  }
}

export class FakeTable {
  columns: any;
  isNullObject = false;
  constructor(
    readonly worksheet: FakeWorksheet,
    public name: string,
    public box: { row: number; column: number; rows: number; columns: number },
  ) {
    const headerCell = (i: number) => String(worksheet.value(this.box.row, this.box.column + i));
    const columnObject = (i: number) => ({
      name: headerCell(i),
      index: i,
      getDataBodyRange: () => new FakeRange(worksheet, this.box.row + 1, this.box.column + i, this.box.rows - 1, 1),
      getHeaderRowRange: () => new FakeRange(worksheet, this.box.row, this.box.column + i, 1, 1),
      getRange: () => new FakeRange(worksheet, this.box.row, this.box.column + i, this.box.rows, 1),
    });
    this.columns = {
      getItem: (name: string) => {
        for (let i = 0; i < this.box.columns; i++) if (headerCell(i) === name) return columnObject(i);
        throw new Error(`ItemNotFound: column ${name} in ${this.name}`);
      },
      add: (index: number | null | undefined, values?: unknown[][], name?: string) => {
        const at = index === null || index === undefined ? this.box.columns : index;
        const bottom = this.box.row + this.box.rows - 1;
        if (at < this.box.columns) worksheet.shiftRight(this.box.row, bottom, this.box.column + at);
        this.box.columns += 1;
        for (let r = 0; r < this.box.rows; r++)
          worksheet.setCell(this.box.row + r, this.box.column + at, { value: "" });
        if (values)
          values.forEach((row, r) => worksheet.setCell(this.box.row + r, this.box.column + at, { value: row[0] }));
        if (name !== undefined) worksheet.setCell(this.box.row, this.box.column + at, { value: name });
        // Excel copies the data validation of the column to its left into an inserted column; the fake does not.
        return columnObject(at);
      },
    };
  }
  load(): this {
    this.worksheet.workbook.context.pending.push(() => ({ cells: 0, bytes: 0 }));
    return this;
  }
  getRange(): FakeRange {
    return new FakeRange(this.worksheet, this.box.row, this.box.column, this.box.rows, this.box.columns);
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.worksheet, this.box.row, this.box.column, 1, this.box.columns);
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.worksheet, this.box.row + 1, this.box.column, this.box.rows - 1, this.box.columns);
  }
  resize(address: string): void {
    const box = parseAddress(address);
    if (box.row !== this.box.row || box.column !== this.box.column) throw new Error("InvalidArgument: header moved");
    this.box = { row: box.row, column: box.column, rows: box.rows, columns: box.columns };
  }
  /** Header texts (test helper). */
  headers(): string[] {
    return Array.from({ length: this.box.columns }, (_, i) =>
      String(this.worksheet.value(this.box.row, this.box.column + i)),
    );
  }
}

const LOADABLE = [
  "values",
  "formulas",
  "numberFormat",
  "address",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
];

export class FakeRange {
  private loaded = new Map<string, unknown>();
  dataValidation: any;
  format: any;
  constructor(
    readonly worksheet: FakeWorksheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    const self = this;
    this.dataValidation = {
      clear: () => {
        const address = self.localAddress();
        worksheet.validations = worksheet.validations.filter((v) => v.address !== address);
      },
      set rule(rule: any) {
        worksheet.validations.push({ address: self.localAddress(), rule });
      },
      set errorAlert(alert: any) {
        const found = [...worksheet.validations].reverse().find((v) => v.address === self.localAddress());
        if (found) found.errorAlert = alert;
      },
    };
    this.format = {
      font: {},
      autofitColumns: () => undefined,
      set columnWidth(_: number) {},
    };
  }
  localAddress(): string {
    return `${cellAddress(this.row, this.column)}:${cellAddress(this.row + this.rows - 1, this.column + this.cols - 1)}`;
  }
  private each(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) fn(this.row + i, this.column + j, i, j);
  }
  private grid(value: unknown, what: string): unknown[][] {
    if (!Array.isArray(value)) return Array.from({ length: this.rows }, () => Array(this.cols).fill(value));
    if (value.length !== this.rows || value.some((r: unknown[]) => !Array.isArray(r) || r.length !== this.cols)) {
      throw new Error(`InvalidArgument: ${what} is not ${this.rows}x${this.cols} for ${this.localAddress()}`);
    }
    return value;
  }
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : String(props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    for (const p of list) {
      if (!LOADABLE.includes(p)) throw new Error(`fake cannot load ${p}`);
    }
    const snapshot = new Map<string, unknown>(list.map((p) => [p, undefined]));
    this.worksheet.workbook.context.pending.push(() => {
      let cells = 0;
      let bytes = 0;
      for (const p of snapshot.keys()) {
        if (["values", "formulas", "numberFormat"].includes(p)) {
          if (this.rows * this.cols > MAX_LOAD_CELLS)
            throw new Error(`range too large: ${this.rows * this.cols} cells`);
          cells += this.rows * this.cols;
        }
        const v = this.compute(p);
        bytes += JSON.stringify(v).length;
        this.loaded.set(p, v);
      }
      return { cells, bytes };
    });
    return this;
  }
  private compute(p: string): unknown {
    const ws = this.worksheet;
    const out = () => Array.from({ length: this.rows }, () => Array<unknown>(this.cols));
    switch (p) {
      case "values": {
        const g = out();
        this.each((r, c, i, j) => (g[i][j] = ws.value(r, c)));
        return g;
      }
      case "formulas": {
        const g = out();
        this.each((r, c, i, j) => (g[i][j] = ws.cell(r, c)?.formula ?? ws.value(r, c)));
        return g;
      }
      case "numberFormat": {
        const g = out();
        this.each((r, c, i, j) => (g[i][j] = ws.cell(r, c)?.numberFormat ?? "General"));
        return g;
      }
      case "address":
        return `${quoteSheet(ws.name)}!${cellAddress(this.row, this.column)}${
          this.rows * this.cols > 1 ? `:${cellAddress(this.row + this.rows - 1, this.column + this.cols - 1)}` : ""
        }`;
      case "rowCount":
        return this.rows;
      case "columnCount":
        return this.cols;
      case "rowIndex":
        return this.row;
      case "columnIndex":
        return this.column;
    }
    return undefined;
  }
  private get(p: string): any {
    if (!this.loaded.has(p)) throw new Error(`PropertyNotLoaded: ${p} of ${this.localAddress()} (load it, then sync)`);
    return this.loaded.get(p);
  }
  get values(): any[][] {
    return this.get("values");
  }
  private log(property: string): void {
    this.worksheet.workbook.context.writes.push({
      property,
      sheet: this.worksheet.name,
      address: this.localAddress(),
      cells: this.rows * this.cols,
    });
  }
  set values(v: any) {
    this.log("values");
    const g = this.grid(v, "values");
    this.each((r, c, i, j) => {
      const x = g[i][j];
      // Like Excel, a cell formatted as text ("@") keeps what is written as text, even "=...".
      const isText = this.worksheet.cell(r, c)?.numberFormat === "@";
      if (typeof x === "string" && x.startsWith("=") && !isText)
        this.worksheet.setCell(r, c, { value: "", formula: x });
      else this.worksheet.setCell(r, c, { value: x ?? "", formula: undefined });
    });
  }
  get formulas(): any[][] {
    return this.get("formulas");
  }
  set formulas(v: any) {
    this.log("formulas");
    const g = this.grid(v, "formulas");
    this.each((r, c, i, j) => {
      const x = g[i][j];
      if (typeof x === "string" && x.startsWith("=")) this.worksheet.setCell(r, c, { value: "", formula: x });
      else this.worksheet.setCell(r, c, { value: x ?? "", formula: undefined });
    });
  }
  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: any) {
    const g = this.grid(v, "numberFormat");
    const context = this.worksheet.workbook.context;
    context.formatWrites.push({
      sheet: this.worksheet.name,
      address: this.localAddress(),
      formats: g.map((row) => row.map(String)),
      writesBefore: context.writes.length,
    });
    this.each((r, c, i, j) => this.worksheet.setCell(r, c, { numberFormat: String(g[i][j]) }));
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  getCell(r: number, c: number): FakeRange {
    return new FakeRange(this.worksheet, this.row + r, this.column + c, 1, 1);
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.worksheet, this.row, this.column, this.rows + dr, this.cols + dc);
  }
  getOffsetRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.worksheet, this.row + dr, this.column + dc, this.rows, this.cols);
  }
  getRow(r: number): FakeRange {
    return new FakeRange(this.worksheet, this.row + r, this.column, 1, this.cols);
  }
  getColumn(c: number): FakeRange {
    return new FakeRange(this.worksheet, this.row, this.column + c, this.rows, 1);
  }
  getLastRow(): FakeRange {
    return new FakeRange(this.worksheet, this.row + this.rows - 1, this.column, 1, this.cols);
  }
  /** Selects the range (the fake keeps its top-left cell as the active cell) and activates its sheet. */
  select(): void {
    const workbook = this.worksheet.workbook;
    workbook.active = { sheet: this.worksheet.name, row: this.row, column: this.column };
    const box = { row: this.row, column: this.column, rows: this.rows, columns: this.cols };
    workbook.selection = { sheet: this.worksheet.name, boxes: [box], active: workbook.active };
  }
  /** Clears contents (and formulas); formats and validation are kept, as with Excel.ClearApplyTo.contents. */
  clear(applyTo?: string): void {
    if (applyTo !== undefined && applyTo !== "Contents") throw new Error(`fake clears contents only, not ${applyTo}`);
    this.log("clear");
    this.each((r, c) => this.worksheet.setCell(r, c, { value: "", formula: undefined }));
  }
  getRowsBelow(n = 1): FakeRange {
    return new FakeRange(this.worksheet, this.row + this.rows, this.column, n, this.cols);
  }
}

/** A fresh fake context, typed as Excel's for the code under test. */
export function fakeContext(): { context: Excel.RequestContext; fake: FakeContext } {
  const fake = new FakeContext();
  return { context: fake as unknown as Excel.RequestContext, fake };
}

export { columnLetter };
