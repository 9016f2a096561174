// "New workbook": discards the simulated workbook saved in this browser, after asking in place. Neither
// window.confirm (office.js replaces it with a function that throws: add-ins may not open browser dialogs) nor a
// Fluent Dialog (its focus trap adds focusable aria-hidden guards to the page, which axe reports).
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";

const useStyles = makeStyles({
  ask: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, whiteSpace: "nowrap" },
});

export function NewWorkbookButton({ onConfirm }: { onConfirm(): void }) {
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    // Focus goes to the safe choice when asking, and back to the button after Cancel.
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button ref={start} size="small" onClick={() => setAsking(true)}>
        New workbook
      </Button>
    );
  }
  return (
    <div
      className={styles.ask}
      role="group"
      aria-label="New workbook"
      onKeyDown={(e) => {
        if (e.key === "Escape") setAsking(false);
      }}
    >
      <span>Discard this workbook and start an empty one?</span>
      <Button size="small" appearance="primary" onClick={onConfirm}>
        Discard and start new
      </Button>
      <Button ref={cancel} size="small" onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </div>
  );
}
