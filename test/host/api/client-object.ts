// The base of every proxy: bound to its target by a queued command, with Office's load/sync rule for properties
// (reading one that was not loaded and synced throws PropertyNotLoaded) and isNullObject for *OrNullObject.
import { HostError } from "../model/errors";
import { propertyNotLoaded } from "./errors";
import { SimRequestContext } from "./context";

export type LoadOption = string | string[] | { select?: string | string[] };

/** Property names from any form load() takes: "a,b", ["a","b"], {select: "a,b"}. */
export function propertyList(option?: LoadOption): string[] {
  const raw = typeof option === "object" && option !== null && !Array.isArray(option) ? option.select : option;
  const list = Array.isArray(raw) ? raw : String(raw ?? "").split(",");
  return list.map((p) => p.trim()).filter(Boolean);
}

const UNBOUND = Symbol("unbound");

export abstract class SimClientObject<T> {
  private bound: T | null | typeof UNBOUND = UNBOUND;
  private readonly loaded = new Map<string, unknown>();
  /** The type name in error messages ("Range", "Worksheet"). */
  protected abstract readonly typeName: string;
  /** The properties load() with no arguments loads. */
  protected abstract readonly scalarProperties: readonly string[];

  /** `bind` runs at sync, in queue order; it returns null for a null object (the *OrNullObject methods). */
  constructor(
    readonly context: SimRequestContext,
    bind: () => T | null,
  ) {
    context.enqueue(() => {
      this.bound = bind();
    });
  }

  /** What this proxy refers to; only inside queued commands. */
  protected get target(): T {
    if (this.bound === UNBOUND) throw new HostError("InvalidObjectPath", `The ${this.typeName} is not available yet.`);
    if (this.bound === null) {
      throw new HostError("ItemNotFound", `The requested ${this.typeName} does not exist (a null object).`);
    }
    return this.bound;
  }

  get isNullObject(): boolean {
    if (this.bound === UNBOUND) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.bound === null;
  }

  /** Queues reading properties; they can be read after the next sync. */
  load(option?: LoadOption): this {
    const list = propertyList(option);
    const properties = list.length === 0 ? this.scalarProperties : list;
    this.context.enqueue(() => {
      if (this.bound === null) {
        for (const p of properties) if (p === "isNullObject") this.loaded.set(p, true);
        return;
      }
      for (const p of properties) {
        if (p === "isNullObject") continue;
        const value = this.snapshot(p);
        this.loaded.set(p, value);
      }
    });
    return this;
  }

  /** The value of a loadable property now (inside a queued command); throws for one it does not have. */
  protected abstract snapshot(property: string): unknown;

  /** A loaded property's value, or PropertyNotLoaded. */
  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property, this.typeName);
    return this.loaded.get(property) as V;
  }

  /** Queues a command that works on the target. */
  protected queue(command: (target: T) => void): void {
    this.context.enqueue(() => command(this.target));
  }

  /** A property this proxy cannot load. */
  protected unknownProperty(property: string): never {
    throw new HostError("InvalidArgument", `The simulated ${this.typeName} has no property '${property}'.`);
  }

  /** The target once bound (for the host's own use after a sync, never by the add-in). */
  peek(): T | null | undefined {
    return this.bound === UNBOUND ? undefined : this.bound;
  }
}
