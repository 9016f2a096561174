// The page's `Excel` while the simulated workbook is still loading: Excel.run and Excel.createWorkbook wait for it,
// then run there. Once the workbook has started, host.install replaces this with the host's own namespace.
import type { SimulatedHost } from "../host";

type Run = SimulatedHost["excel"]["run"];

export function installLazyExcel(target: { Excel?: unknown }, host: Promise<SimulatedHost>): void {
  const run = (async (...args: Parameters<Run>) => {
    const ready = await host;
    return (ready.excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as Run;
  const createWorkbook = async (base64File?: string) => (await host).excel.createWorkbook(base64File);
  target.Excel = { run, createWorkbook };
}
