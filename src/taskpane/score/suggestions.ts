// Person and Team offered as the reviewer types: the values already in the sheet, from the pane's evaluations store
// (read once, when a field is first focused; never a table read per keystroke).
import { useCallback, useState } from "react";
import type { EvaluationRecord } from "../../app/read-evaluations";
import type { EvaluationsStore } from "../evaluations/store";

export interface Suggestions {
  person: string[];
  team: string[];
}

const distinct = (values: (string | undefined)[]) =>
  [...new Set(values.map((v) => (v ?? "").trim()).filter((v) => v !== ""))].sort((a, b) => a.localeCompare(b));

export function suggestionsOf(rows: readonly Pick<EvaluationRecord, "person" | "team">[]): Suggestions {
  return { person: distinct(rows.map((r) => r.person)), team: distinct(rows.map((r) => r.team)) };
}

/** The suggestions, and `load` to read them (from the store, which reads the table only when it holds nothing). */
export function useSuggestions(store: EvaluationsStore | undefined): { suggestions: Suggestions; load: () => void } {
  const [suggestions, setSuggestions] = useState<Suggestions>({ person: [], team: [] });
  const load = useCallback(() => {
    if (!store) return;
    void store.ensure().then(() => {
      const rows = store.getSnapshot().evaluations;
      if (rows) setSuggestions(suggestionsOf(rows));
    });
  }, [store]);
  return { suggestions, load };
}
