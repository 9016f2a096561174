// The export settings the reviewer types (workflow id, detail table, field names, Camunda form id), kept with the rubric: read when the Export tab
// first shows for a rubric, and saved shortly after each change (a reload a moment later keeps what was typed), at
// once when the tab closes or the reviewer exports. A save writes only the cells that changed; one that fails keeps
// what was typed in the pane and says so, without blocking the export.
import { useCallback, useEffect, useRef, useState } from "react";
import { ExportSettings, NO_EXPORT_SETTINGS, sameSettings } from "../../app/export-settings";
import { readExportSettings } from "../../app/read-export-settings";
import { saveExportSettings } from "../../app/save-export-settings";
import type { WorkbookSession } from "../../app/session";
import type { Failure } from "../../app/use-case";

/** How long after the last keystroke the settings are saved. */
export const SAVE_DELAY_MS = 600;

export interface ExportSettingsState {
  settings: ExportSettings;
  /** The reviewer changes settings: kept in the pane at once, in the workbook after SAVE_DELAY_MS. A function is
   * given the settings shown (with every change before it), e.g. to change one field name of several. */
  change: (patch: Partial<ExportSettings> | ((shown: ExportSettings) => Partial<ExportSettings>)) => void;
  /** Saves now what is waiting (on export). */
  flush: () => void;
  /** Reading or saving failed (the settings typed stay in the pane). */
  failure: Failure | null;
  dismiss: () => void;
}

export function useExportSettings(session: WorkbookSession, rubricId: string | undefined): ExportSettingsState {
  const [settings, setSettings] = useState<ExportSettings>(NO_EXPORT_SETTINGS);
  /** The settings shown, for the handlers (state lags a render behind). */
  const shown = useRef<ExportSettings>(NO_EXPORT_SETTINGS);
  const [failure, setFailure] = useState<Failure | null>(null);
  /** What the workbook holds as far as the pane knows (read or saved), and what waits to be saved. */
  const kept = useRef<ExportSettings>(NO_EXPORT_SETTINGS);
  const pending = useRef<{ rubricId: string; settings: ExportSettings } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const edited = useRef(false);
  const mounted = useRef(true);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const waiting = pending.current;
    pending.current = null;
    if (!waiting || sameSettings(waiting.settings, kept.current)) return;
    kept.current = waiting.settings;
    void saveExportSettings(session, waiting.rubricId, waiting.settings).then((outcome) => {
      if (mounted.current) setFailure(outcome.ok ? null : outcome.failure);
    });
  }, [session]);

  // Read when the tab shows a rubric; what the reviewer typed meanwhile wins over what arrives.
  useEffect(() => {
    mounted.current = true;
    edited.current = false;
    kept.current = NO_EXPORT_SETTINGS;
    shown.current = NO_EXPORT_SETTINGS;
    setSettings(NO_EXPORT_SETTINGS);
    if (rubricId === undefined) return;
    let current = true;
    void readExportSettings(session, rubricId).then((outcome) => {
      if (!current) return;
      if (!outcome.ok) {
        setFailure(outcome.failure);
        return;
      }
      kept.current = outcome.value;
      if (edited.current) return;
      shown.current = outcome.value;
      setSettings(outcome.value);
    });
    return () => {
      current = false;
      flush(); // a tab closed or another rubric: what was typed is saved for the rubric it was typed for
    };
  }, [session, rubricId, flush]);

  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const change = useCallback(
    (patch: Partial<ExportSettings> | ((shown: ExportSettings) => Partial<ExportSettings>)) => {
      edited.current = true;
      const next = { ...shown.current, ...(typeof patch === "function" ? patch(shown.current) : patch) };
      shown.current = next;
      setSettings(next);
      if (rubricId === undefined) return;
      pending.current = { rubricId, settings: next };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [rubricId, flush],
  );

  return { settings, change, flush, failure, dismiss: () => setFailure(null) };
}
