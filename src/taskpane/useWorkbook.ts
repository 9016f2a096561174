// The pane's state over the use cases: the rubric, the selected evaluation (with the form's unsaved edits), and the
// failures to show. Use cases return failures as values; nothing throws into React. Every change the pane makes to
// the evaluations tells the evaluations store, so the tabs that list them stay in step.
import { useCallback, useEffect, useRef, useState } from "react";
import { createRubric, NewRubricKind } from "../app/create-rubric";
import { editCriteria } from "../app/edit-criteria";
import { EvaluationView } from "../app/evaluation-view";
import { importRubric, RubricFile } from "../app/import-rubric";
import { newEvaluation } from "../app/new-evaluation";
import { nextUnscored } from "../app/next-unscored";
import { readRubric } from "../app/read-rubric";
import { readSelectedEvaluation } from "../app/read-selected-evaluation";
import { RubricState } from "../app/rubric-state";
import { scoreEvaluation } from "../app/score-evaluation";
import { WorkbookSession } from "../app/session";
import { Failure, Outcome } from "../app/use-case";
import { RubricChange } from "../rubric/change";
import { RawValue } from "../rubric/model";
import { EvaluationsStore } from "./evaluations/store";
import { changesOf } from "./score/changes";

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
  });
  const update = (patch: Partial<WorkbookState>) => setState((s) => ({ ...s, ...patch }));
  // Only the latest evaluation read may land: the selection can move while one is under way.
  const evaluationRequest = useRef(0);
  const mounted = useRef(true);

  const refreshRubric = useCallback(async () => {
    const outcome = await readRubric(session);
    if (!mounted.current) return;
    if (outcome.ok) update({ rubric: outcome.value, failure: null });
    else update({ failure: outcome.failure });
  }, [session]);

  const readEvaluation = useCallback(async () => {
    const request = ++evaluationRequest.current;
    const outcome = await readSelectedEvaluation(session);
    if (!mounted.current || request !== evaluationRequest.current) return;
    if (outcome.ok) update({ evaluation: outcome.value, shown: outcome.value, scoreFailure: null, allScored: false });
    else update({ failure: outcome.failure });
  }, [session]);

  useEffect(() => {
    mounted.current = true;
    void refreshRubric();
    void readEvaluation();
    // A manager may have changed a weight or a level in the grid: the form's live total follows the rubric as the
    // sheet holds it now, so the rubric is read again whenever the selection moves.
    const stop = session.onSelectionChanged(() => {
      void refreshRubric();
      void readEvaluation();
    });
    return () => {
      mounted.current = false;
      stop();
    };
  }, [session, refreshRubric, readEvaluation]);

  const rubricAction = async (run: () => Promise<Outcome<RubricState>>) => {
    update({ busy: true });
    const outcome = await run();
    if (!mounted.current) return;
    if (outcome.ok) update({ rubric: outcome.value, busy: false, failure: null });
    else update({ busy: false, failure: outcome.failure });
  };

  /** Creating a rubric moves the selection to it: the form follows. */
  const created = async (run: () => Promise<Outcome<RubricState>>) => {
    await rubricAction(run);
    evaluations.invalidate();
    await readEvaluation();
  };

  const moveTo = async (run: () => Promise<Outcome<EvaluationView | null>>, isNew: boolean) => {
    const request = ++evaluationRequest.current;
    update({ busy: true });
    const outcome = await run();
    if (!mounted.current) return;
    if (isNew) evaluations.invalidate();
    if (!outcome.ok) update({ busy: false, saving: false, scoreFailure: outcome.failure });
    else if (request !== evaluationRequest.current) update({ busy: false });
    // No unscored row left: stay on the current evaluation and say so.
    else if (outcome.value === null) update({ busy: false, allScored: true });
    else update({ evaluation: outcome.value, shown: outcome.value, busy: false, scoreFailure: null, allScored: false });
  };

  return {
    state,
    readRubric: refreshRubric,
    readEvaluation,
    createRubric: (kind: NewRubricKind) => created(() => createRubric(session, kind)),
    importRubric: (file: RubricFile) => created(() => importRubric(session, file)),
    applyRubricEdit: (change: RubricChange) => rubricAction(() => editCriteria(session, change)),
    /** The form's edits, kept until saved or until another evaluation is selected. */
    edit: (values: Record<string, RawValue>, comment: string) =>
      setState((s) => (s.evaluation ? { ...s, evaluation: { ...s.evaluation, values, comment } } : s)),
    save: async () => {
      const { evaluation, shown } = state;
      if (!evaluation) return;
      update({ saving: true });
      const outcome = await scoreEvaluation(session, evaluation.ref, changesOf(shown, evaluation));
      if (!mounted.current) return;
      evaluations.invalidate();
      if (!outcome.ok) return update({ saving: false, scoreFailure: outcome.failure });
      // What was saved is what the sheet holds now: the next save writes only later changes.
      const saved = { ...evaluation, ref: outcome.value };
      setState((s) => ({
        ...s,
        saving: false,
        scoreFailure: null,
        shown: saved,
        evaluation: s.evaluation?.ref.key === saved.ref.key ? { ...s.evaluation, ref: saved.ref } : s.evaluation,
      }));
    },
    nextUnscored: () => moveTo(() => nextUnscored(session, state.evaluation?.ref ?? null), false),
    newEvaluation: () => moveTo(() => newEvaluation(session), true),
    dismissFailure: () => update({ failure: null }),
    dismissScoreFailure: () => update({ scoreFailure: null }),
  };
}

export type Workbook = ReturnType<typeof useWorkbook>;
