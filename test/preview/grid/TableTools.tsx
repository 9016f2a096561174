// Sort and filter for the table under the active cell, as Excel's header filter button offers them: Sort A to Z,
// Sort Z to A, Filter to this value (from a data cell), Clear filter. Plain labelled buttons in a toolbar, reachable
// with Tab, shown only while the active cell is in a table.
import { Button, Caption1, makeStyles, tokens, Toolbar } from "@fluentui/react-components";
import type { WorkbookModel } from "../../host";
import type { SheetModel } from "../../host/model/sheet";
import { clearFilters, filterTable, filterText } from "../../host/model/table-filter";
import { sortTable } from "../../host/model/table-sort";
import { Position } from "./navigation";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface TableToolsProps {
  model: WorkbookModel;
  sheet: SheetModel;
  active: Position;
}

export function TableTools({ model, sheet, active }: TableToolsProps) {
  const styles = useStyles();
  const table = model.tables.find(
    (t) =>
      t.sheet === sheet &&
      active.row >= t.box.row &&
      active.row < t.box.row + t.box.rows &&
      active.column >= t.box.column &&
      active.column < t.box.column + t.box.columns,
  );
  if (!table) return null;
  const column = active.column - table.box.column;
  const header = table.headers()[column];
  const body = table.dataBody();
  const inData = active.row >= body.row && active.row < body.row + body.rows;
  const value = inData ? filterText(model.valueAt(sheet, active.row, active.column)) : null;
  const sort = (ascending: boolean) => sortTable(model, table, [{ column, ascending }]);
  return (
    <Toolbar size="small" aria-label={`Table ${table.name}`} className={styles.bar}>
      <Caption1>
        {table.name}[{header}]
      </Caption1>
      <Button size="small" appearance="subtle" onClick={() => sort(true)}>
        Sort A to Z
      </Button>
      <Button size="small" appearance="subtle" onClick={() => sort(false)}>
        Sort Z to A
      </Button>
      {value !== null && (
        <Button size="small" appearance="subtle" onClick={() => filterTable(model, table, column, [value])}>
          Filter to “{value === "" ? "(Blanks)" : value}”
        </Button>
      )}
      {table.filters.length > 0 && (
        <Button size="small" appearance="subtle" onClick={() => clearFilters(model, table)}>
          Clear filter
        </Button>
      )}
    </Toolbar>
  );
}
