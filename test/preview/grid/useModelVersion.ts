// Re-renders a component after each batch of workbook changes (cells, tables, sheets, selection).
import { useEffect, useState } from "react";
import type { WorkbookModel } from "../../host";

export function useModelVersion(model: WorkbookModel): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = model.subscribe(() => setVersion((v) => v + 1));
    return () => {
      unsubscribe();
    };
  }, [model]);
  return version;
}
