// Excel.TableSort (Table.sort): apply(fields) sorts the table's data rows by the fields' keys (column offsets),
// as the model's sortTable does; colors, icons and custom orders are not modelled.
import { HostError } from "../model/errors";
import { TableModel } from "../model/table";
import { sortTable } from "../model/table-sort";
import { SimClientObject } from "./client-object";
import { SimOf } from "./sim-of";

export class SimTableSort extends SimClientObject<TableModel> implements SimOf<Excel.TableSort, "apply"> {
  protected readonly typeName = "TableSort";
  protected readonly scalarProperties = [];

  protected snapshot(property: string): unknown {
    return this.unknownProperty(property);
  }

  apply(fields: Excel.SortField[], matchCase?: boolean): void {
    this.queue((table) => {
      if (matchCase) throw new HostError("InvalidArgument", "The simulated host sorts without matching case.");
      for (const f of fields) {
        if (f.sortOn !== undefined && f.sortOn !== "Value") {
          throw new HostError("InvalidArgument", "The simulated host sorts on values only.");
        }
      }
      sortTable(
        this.context.model,
        table,
        fields.map((f) => ({ column: f.key, ascending: f.ascending ?? true })),
      );
    });
  }
}
