// The Name box: shows the active cell's address; typing a reference (B12, A1:C3, 'Sheet'!B2) and Enter selects it.
import { Input, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { parseReference, Reference } from "./navigation";

const useStyles = makeStyles({ root: { width: "96px", flexShrink: 0 } });

export interface NameBoxProps {
  address: string;
  /** Selects the reference; returns why it could not, or null. */
  onGo(reference: Reference): string | null;
  onRefused(reason: string): void;
}

export function NameBox({ address, onGo, onRefused }: NameBoxProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Input
      className={styles.root}
      input={{ "aria-label": "Name box", spellCheck: false }}
      size="small"
      value={draft ?? address}
      onChange={(_, data) => setDraft(data.value)}
      onFocus={(e) => e.target.select()}
      onBlur={() => setDraft(null)}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          setDraft(null);
        } else if (e.key === "Enter") {
          e.preventDefault();
          const reference = parseReference(draft ?? address);
          const problem = reference ? onGo(reference) : "Reference isn't valid.";
          if (problem) onRefused(problem);
          setDraft(null);
        }
      }}
    />
  );
}
