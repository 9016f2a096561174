// The pane's state over the use cases: the rubric, the selected evaluation (with the form's unsaved edits, kept per
// evaluation until saved), and the failures to show. Use cases return failures as values; nothing throws into React.
// Every change the pane makes to the evaluations tells the evaluations store, so the tabs that list them stay in step.
import { useCallback, useEffect, useRef, useState } from "react";
import type { NewRubricKind } from "../app/create-rubric";
import type { ApplyScope } from "../app/apply-version";
import { EvaluationRef, EvaluationView } from "../app/evaluation-view";
import type { RubricFile } from "../app/import-rubric";
import { readEvaluation } from "../app/read-evaluation";
import { readSelection } from "../app/read-selection";
import { RowPlace, touchesRow } from "../app/row-change";
import { RubricState } from "../app/rubric-state";
import { scoreEvaluation } from "../app/score-evaluation";
import { WorkbookSession } from "../app/session";
import { Failure, Outcome, failureOf } from "../app/use-case";
import { RubricChange } from "../rubric/change";
import type { SettingsEdit } from "../rubric/edit-check";
import { Band, RawValue } from "../rubric/model";
import { EvaluationsStore } from "./evaluations/store";
import { changesOf } from "./score/changes";
import { Drafts, forget, isUnsaved, keep, restore } from "./score/drafts";
import { OwnWrites, useFollowCriteria } from "./useFollowCriteria";
import type { IdentityField } from "./score/fields";
import { rememberReviewer, rememberedReviewer } from "./score/reviewer-memory";
import { useQuietRead } from "./useQuietRead";

export interface WorkbookState {
  /** undefined while the first read is under way. */
  rubric: RubricState | undefined;
  /** The selected evaluation as the form edits it; null when none is selected; undefined while reading. */
  evaluation: EvaluationView | null | undefined;
  /** The same evaluation as the sheet held it when read or last saved: a save writes only what differs. */
  shown: EvaluationView | null;
  busy: boolean;
  saving: boolean;
  /** A failure of reading or of a rubric action. */
  failure: Failure | null;
  /** A failure of a scoring action, shown by the form. */
  scoreFailure: Failure | null;
  /** "Next unscored" found none. */
  allScored: boolean;
  /** Unsaved entries of evaluations the form has left, by key (the shown one's are in `evaluation`). */
  drafts: Drafts;
  /** The pane opened the evaluation in the form (New, Next unscored, Save and next): the form puts focus at its
   * start, then clears this. A row selected in the grid leaves focus in the grid. */
  focusPending: boolean;
}

/** The state with another evaluation (or the same one read again) in the form: the entries of the one in the form
 * are kept, and the new one's kept entries go back over what was read. */
function showing(s: WorkbookState, read: EvaluationView | null): WorkbookState {
  const drafts = keep(s.drafts, s.shown, s.evaluation);
  return { ...s, drafts, shown: read, evaluation: read && restore(drafts, read) };
}

/** An action's use case, loaded on first use (actions are not on the pane's first screen); a chunk that cannot be
 * loaded is the action's failure, like any other. */
async function lazily<T>(key: string, run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await run();
  } catch (error) {
    return { ok: false, failure: failureOf(key, error) };
  }
}

export function useWorkbook(session: WorkbookSession, evaluations: EvaluationsStore) {
  const [state, setState] = useState<WorkbookState>({
    rubric: undefined,
    evaluation: undefined,
    shown: null,
    busy: false,
    saving: false,
    failure: null,
    scoreFailure: null,
    allScored: false,
    drafts: new Map(),
    focusPending: false,
  });
  const update = (patch: Partial<WorkbookState>) => setState((s) => ({ ...s, ...patch }));
  // Only the latest read may land: the selection can move while one is under way.
  const request = useRef(0);
  const mounted = useRef(true);
  // Where the form's row is, as last read: a change there reads it again.
  const place = useRef<RowPlace | null>(null);

  /** Reads the rubric and the selected evaluation (one read, two syncs). */
  const read = useCallback(async () => {
    const mine = ++request.current;
    const outcome = await readSelection(session);
    if (!mounted.current || mine !== request.current) return;
    if (!outcome.ok) return update({ failure: outcome.failure });
    const { rubric, evaluation, place: at } = outcome.value;
    place.current = at;
    // A read clears its own earlier failure, not an action's (a failed import stays on screen).
    const failure = (s: WorkbookState) => (s.failure?.key === readSelection.key ? null : s.failure);
    setState((s) => ({ ...showing(s, evaluation), rubric, failure: failure(s), scoreFailure: null, allScored: false }));
  }, [session]);

  useEffect(() => {
    mounted.current = true;
    void read();
    return () => {
      mounted.current = false;
    };
  }, [read]);
  // A manager may have changed a weight or a level in the grid: the form's live total follows the rubric as the
  // sheet holds it now, so the rubric is read again with the evaluation.
  // A change to the form's row (a sort, a fill, a co-author) reads the evaluation the form shows again, found by
  // its key: the form never switches to whatever moved under the selection.
  const shownNow = useRef(state.shown);
  shownNow.current = state.shown;
  const refresh = useCallback(async () => {
    const shown = shownNow.current;
    if (!shown) return read();
    const mine = ++request.current;
    const outcome = await readEvaluation(session, shown.ref);
    if (!mounted.current || mine !== request.current) return;
    if (!outcome.ok) return read(); // gone: show what the selection holds
    const view = outcome.value;
    if (place.current) place.current = { ...place.current, sheetRow: view.sheetRow };
    setState((s) => (s.shown?.ref.key === view.ref.key ? showing(s, view) : s));
  }, [session, read]);
  useQuietRead(
    session,
    (cause) => void (cause === "selection" ? read() : refresh()),
    (change) => place.current !== null && touchesRow(change, place.current),
  );

  // Grid edits of Levels or Max: the score cells' validation follows; the pane's own rubric writes are not followed.
  const ownWrites = useRef<OwnWrites>({ running: 0, endedAt: 0 });
  useFollowCriteria(session, state.rubric?.rubric?.id, ownWrites, (outcome) => {
    if (mounted.current && !outcome.ok) update({ failure: outcome.failure });
  });

  /** Resolves to whether the action succeeded. */
  const rubricAction = async (run: () => Promise<Outcome<RubricState>>): Promise<boolean> => {
    update({ busy: true });
    ownWrites.current.running++;
    const outcome = await run().finally(() => {
      ownWrites.current.running--;
      ownWrites.current.endedAt = Date.now();
    });
    if (!mounted.current) return outcome.ok;
    if (outcome.ok) update({ rubric: outcome.value, busy: false, failure: null });
    else update({ busy: false, failure: outcome.failure });
    return outcome.ok;
  };

  /** After a re-scoring: the rubric state it read back, the evaluations and the form's row read again. */
  const afterVersions = async <T extends { state: RubricState }>(outcome: Outcome<T>) => {
    if (!mounted.current) return outcome;
    evaluations.invalidate();
    if (outcome.ok) update({ rubric: outcome.value.state, busy: false, failure: null });
    else update({ busy: false });
    if (outcome.ok) await refresh();
    return outcome;
  };

  /** Creating a rubric moves the selection to it: the form follows. */
  const created = async (run: () => Promise<Outcome<RubricState>>) => {
    await rubricAction(run);
    evaluations.invalidate();
    await read();
  };

  const moveTo = async (run: () => Promise<Outcome<EvaluationView | null>>, isNew: boolean) => {
    const mine = ++request.current;
    update({ busy: true });
    const outcome = await run();
    if (!mounted.current) return;
    if (isNew) evaluations.invalidate();
    if (!outcome.ok) update({ busy: false, saving: false, scoreFailure: outcome.failure });
    else if (mine !== request.current) update({ busy: false });
    // No unscored row left: stay on the current evaluation and say so.
    else if (outcome.value === null) update({ busy: false, allScored: true });
    else {
      const view = outcome.value;
      setState((s) => ({ ...showing(s, view), busy: false, scoreFailure: null, allScored: false, focusPending: true }));
    }
  };

  // New evaluation and Next unscored load on first use: not on the pane's first screen (the 200 KB budget).
  const nextUnscored = (from: EvaluationRef | null) =>
    moveTo(
      () => lazily("nextUnscored", async () => (await import("../app/next-unscored")).nextUnscored(session, from)),
      false,
    );

  /** Saves the form's changes; true when saved. The reviewer's name is remembered for the next new evaluation. */
  const save = async (): Promise<boolean> => {
    const { evaluation, shown } = state;
    if (!evaluation) return false;
    update({ saving: true });
    const outcome = await scoreEvaluation(session, evaluation.ref, changesOf(shown, evaluation));
    if (!mounted.current) return false;
    evaluations.invalidate();
    if (!outcome.ok) {
      update({ saving: false, scoreFailure: outcome.failure });
      return false;
    }
    rememberReviewer(evaluation.ref.rubricId, evaluation.reviewer);
    // What was saved is what the sheet holds now: the next save writes only later changes.
    const saved = { ...evaluation, ref: outcome.value };
    setState((s) => {
      const done = { ...s, saving: false, scoreFailure: null, drafts: forget(s.drafts, saved.ref.key) };
      // The form moved on while saving: what it shows now keeps its own "as read".
      if (s.evaluation?.ref.key !== saved.ref.key) return done;
      return { ...done, shown: saved, evaluation: { ...s.evaluation, ref: saved.ref } };
    });
    return true;
  };

  return {
    state,
    /** The form holds entries the sheet does not. */
    unsaved: isUnsaved(state.shown, state.evaluation),
    readRubric: read,
    readEvaluation: read,
    createRubric: (kind: NewRubricKind) =>
      created(() =>
        lazily("createRubric", async () => (await import("../app/create-rubric")).createRubric(session, kind)),
      ),
    importRubric: (file: RubricFile) =>
      created(() =>
        lazily("importRubric", async () => (await import("../app/import-rubric")).importRubric(session, file)),
      ),
    applyRubricEdit: (change: RubricChange | RubricChange[]) =>
      rubricAction(() =>
        lazily("applyRubricEdit", async () => (await import("../app/edit-criteria")).editCriteria(session, change)),
      ),
    /** Writes the what-if's scratch edits to the working tables (criteria and bands, as one action). */
    applyWhatIf: (changes: RubricChange[]) =>
      rubricAction(() =>
        lazily("applyWhatIf", async () => (await import("../app/apply-what-if")).applyWhatIf(session, changes)),
      ),
    /** Sets the bands to the list edited in the pane (only changed cells are written). */
    editBands: (bands: Band[]) =>
      rubricAction(() =>
        lazily("editBands", async () => (await import("../app/edit-bands")).editBands(session, bands)),
      ),
    /** Sets the rubric's title, description, scale or decimals. */
    editSettings: (edit: SettingsEdit) =>
      rubricAction(() =>
        lazily("editSettings", async () => (await import("../app/edit-settings")).editSettings(session, edit)),
      ),
    /** Re-scores evaluations under `version` (explicit, recorded, undoable). */
    applyVersion: async (version: number, scope: ApplyScope, note: string) => {
      update({ busy: true });
      const outcome = await lazily("applyVersion", async () =>
        (await import("../app/apply-version")).applyVersionTo(session, { version, scope, note }),
      );
      return afterVersions(outcome);
    },
    undoApply: async (entry: number, note: string) => {
      update({ busy: true });
      return afterVersions(
        await lazily("undoApplyVersion", async () =>
          (await import("../app/apply-version")).undoApplyVersion(session, entry, { note }),
        ),
      );
    },
    /** The rubric's status actions: marked stable, finalised (sheets protected), reopened. */
    markStable: () =>
      rubricAction(() =>
        lazily("markStable", async () => (await import("../app/rubric-status")).markStable(session, {})),
      ),
    finalise: (note: string) =>
      rubricAction(() =>
        lazily("finaliseRubric", async () => (await import("../app/rubric-status")).finaliseRubric(session, { note })),
      ),
    reopen: (note: string) =>
      rubricAction(() =>
        lazily("reopenRubric", async () => (await import("../app/rubric-status")).reopenRubric(session, { note })),
      ),
    /** Restores the working tables from the latest version, or makes version `version` the working draft. */
    discardDraft: (version?: number) =>
      rubricAction(() =>
        lazily("discardDraft", async () => (await import("../app/discard-draft")).discardDraft(session, version)),
      ),
    /** Publishes the working draft; the outcome goes back to the dialog (a failure stays in it). */
    publishVersion: async (note: string) => {
      update({ busy: true });
      const outcome = await lazily("publishVersion", async () =>
        (await import("../app/publish-version")).publishVersion(session, { note }),
      );
      if (!mounted.current) return outcome;
      evaluations.invalidate();
      if (outcome.ok) update({ rubric: outcome.value.state, busy: false, failure: null });
      else update({ busy: false });
      return outcome;
    },
    /** The form's edits, kept (per evaluation) until saved. */
    edit: (values: Record<string, RawValue>, comment: string) =>
      setState((s) => (s.evaluation ? { ...s, evaluation: { ...s.evaluation, values, comment } } : s)),
    /** Date, Process, Person, Team or Reviewer as edited, kept like the scores until saved. */
    editField: (field: IdentityField, value: string) =>
      setState((s) => (s.evaluation ? { ...s, evaluation: { ...s.evaluation, [field]: value } } : s)),
    save,
    /** Saves, then opens the next unscored evaluation after it; true when saved. */
    saveAndNext: async (): Promise<boolean> => {
      const ref = state.evaluation?.ref ?? null;
      if (!(await save())) return false;
      await nextUnscored(ref);
      return true;
    },
    focused: () => update({ focusPending: false }),
    nextUnscored: () => nextUnscored(state.evaluation?.ref ?? null),
    newEvaluation: () => {
      const rubricId = state.rubric?.rubric?.id;
      const reviewer = rubricId ? rememberedReviewer(rubricId) : "";
      return moveTo(
        () =>
          lazily("newEvaluation", async () =>
            (await import("../app/new-evaluation")).newEvaluation(session, { reviewer }),
          ),
        true,
      );
    },
    dismissFailure: () => update({ failure: null }),
    dismissScoreFailure: () => update({ scoreFailure: null }),
  };
}

export type Workbook = ReturnType<typeof useWorkbook>;
