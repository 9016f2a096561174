// A criterion's levels as a radio group of buttons (WAI-ARIA radio pattern, roving tab stop).
// Keys while focus is in the group: 1–9 choose the 1st–9th level in the order shown and go on to the next criterion
// (one key per criterion: the form's onAdvance); arrow keys move to the previous/next level and choose it (Home/End:
// first/last), staying in the group; N toggles not applicable where allowed; Delete or Backspace clears the score.
// Tab leaves the group for the next criterion.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { KeyboardEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Level } from "../../rubric/model";

export interface LevelGroupProps {
  label: string;
  levels: readonly Level[];
  /** The chosen level's index, or -1. */
  chosen: number;
  onChoose: (index: number) => void;
  onClear: () => void;
  /** Present where the criterion allows NA. */
  onToggleNA?: () => void;
  invalid?: boolean;
  /** After a digit chose a level: focus moves on (to the next criterion). */
  onAdvance?: () => void;
}

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  level: { minWidth: "auto", flexDirection: "column", alignItems: "flex-start", textAlign: "start" },
  points: { fontWeight: tokens.fontWeightSemibold },
});

export function LevelGroup(props: LevelGroupProps) {
  const { label, levels, chosen, onChoose, onClear, onToggleNA, invalid, onAdvance } = props;
  const styles = useStyles();
  const { t } = useTranslation();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const choose = (index: number) => {
    onChoose(index);
    buttons.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const focused = buttons.current.indexOf(event.target as HTMLButtonElement);
    const from = focused >= 0 ? focused : chosen;
    const last = levels.length - 1;
    let handled = true;
    if (/^[1-9]$/.test(event.key)) {
      const index = Number(event.key) - 1;
      if (index <= last) {
        choose(index);
        onAdvance?.();
      }
    } else if (event.key === "ArrowRight" || event.key === "ArrowDown") {
      choose(from < 0 || from >= last ? 0 : from + 1);
    } else if (event.key === "ArrowLeft" || event.key === "ArrowUp") {
      choose(from <= 0 ? last : from - 1);
    } else if (event.key === "Home") {
      choose(0);
    } else if (event.key === "End") {
      choose(last);
    } else if ((event.key === "n" || event.key === "N") && onToggleNA) {
      onToggleNA();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      onClear();
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  const tabStop = chosen >= 0 ? chosen : 0;
  return (
    <div
      role="radiogroup"
      aria-label={label}
      aria-invalid={invalid || undefined}
      className={styles.group}
      onKeyDown={onKeyDown}
    >
      {levels.map((level, i) => (
        <Button
          key={i}
          ref={(el) => {
            buttons.current[i] = el as HTMLButtonElement | null;
          }}
          type="button"
          role="radio"
          aria-checked={i === chosen}
          aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
          tabIndex={i === tabStop ? 0 : -1}
          appearance={i === chosen ? "primary" : "secondary"}
          size="small"
          className={styles.level}
          aria-label={t("score.levelName", { label: level.label, points: level.points })}
          title={level.description}
          onClick={() => choose(i)}
        >
          <span className={styles.points}>{t("score.levelPoints", { points: level.points })}</span>
          <span>{level.label}</span>
        </Button>
      ))}
    </div>
  );
}
