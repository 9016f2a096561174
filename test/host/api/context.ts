// The request context: commands queue on it and run, in order, at sync(), as in Office. Each proxy object is
// bound to what it refers to by a command of its own, queued when the proxy was made, so `table.getDataBodyRange()`
// after a queued `table.resize()` is the resized body, as in Excel. A command that fails rejects the sync with an
// Office-style error; the commands queued after it are dropped (those before it have taken effect).
import { WorkbookModel } from "../model/workbook";
import { officeError } from "./errors";
import { SimOf } from "./sim-of";
import type { SimWorkbook } from "./workbook";

/** What one sync carried: cells and JSON bytes of the loaded properties (to check payload limits). */
export interface SyncRecord {
  commands: number;
  loadedCells: number;
  loadedBytes: number;
}

/** A values/formulas/numberFormat write or a clear, as queued by the add-in. */
export interface WriteRecord {
  property: string;
  sheet: string;
  address: string;
  cells: number;
}

/** What the host records across contexts, for tests and the bench. */
export interface HostJournal {
  syncs: SyncRecord[];
  writes: WriteRecord[];
}

export interface HostRuntime {
  model: WorkbookModel;
  journal: HostJournal;
  /** API members this host pretends not to have (as on older Excel builds): calling one fails with ApiNotFound. */
  unsupported: ReadonlySet<string>;
  /** The base64 of each workbook Excel.createWorkbook opened, in order ("" for a blank one). */
  createdWorkbooks: string[];
  /** Told of each workbook Excel.createWorkbook opens (the preview offers it as a download). */
  workbookListeners: Set<(base64: string) => void>;
  /** Builds the workbook proxy of a new context (set by the host, avoiding an import cycle). */
  workbook(context: SimRequestContext): SimWorkbook;
}

/** Excel on the web refuses a response over 5 MB; desktop Excel, a range load of more than 5 million cells. */
export const MAX_LOAD_CELLS = 5_000_000;

export type Command = () => void;

export class SimRequestContext implements SimOf<Excel.RequestContext, "sync"> {
  readonly workbook: SimWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Command[] = [];
  private executing = false;
  private current: SyncRecord = { commands: 0, loadedCells: 0, loadedBytes: 0 };

  constructor(readonly runtime: HostRuntime) {
    this.workbook = runtime.workbook(this);
  }

  get model(): WorkbookModel {
    return this.runtime.model;
  }

  /** Queues a command; one queued while a sync runs its commands (a proxy made by a command) runs at once. */
  enqueue(command: Command): void {
    if (this.executing) command();
    else this.queue.push(command);
  }

  /** Adds to the running sync's record (called by load commands). */
  recordLoad(cells: number, bytes: number): void {
    this.current.loadedCells += cells;
    this.current.loadedBytes += bytes;
  }

  recordWrite(record: WriteRecord): void {
    this.runtime.journal.writes.push(record);
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.current = { commands: commands.length, loadedCells: 0, loadedBytes: 0 };
    this.runtime.journal.syncs.push(this.current);
    // A round trip: the caller's code after `await sync()` runs later, never in the same turn.
    await Promise.resolve();
    this.executing = true;
    try {
      for (const command of commands) command();
    } catch (e) {
      throw officeError(e);
    } finally {
      this.executing = false;
    }
  }

  /** Whether commands are waiting for a sync (Excel.run syncs them at the end). */
  get pending(): boolean {
    return this.queue.length > 0;
  }
}
