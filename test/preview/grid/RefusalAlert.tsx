// Why an entry was refused (data validation, a table header rule, a reference the Name box cannot go to). The cell
// keeps its old content; the message stays until dismissed or the next entry succeeds.
import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
  },
  text: { flex: 1 },
});

export function RefusalAlert({ message, onDismiss }: { message: string; onDismiss(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <span className={styles.text} role="alert">
        {message}
      </span>
      <Button size="small" appearance="subtle" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
