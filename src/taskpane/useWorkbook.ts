// The pane's state over the workbook actions: the rubric, the selected evaluation (with the form's unsaved edits),
// and the failures to show. Every action's error becomes a Failure; nothing throws into React.
import { useCallback, useEffect, useRef, useState } from "react";
import { RawValue } from "../rubric/model";
import { CreateKind, EvaluationState, RubricState, WorkbookActions } from "./actions";
import { FailedAction, Failure, failureOf } from "./failure";
import { RubricChange } from "./rubric/change";
import { normaliseValues } from "./score/values";

export interface WorkbookState {
  /** undefined while the first read is under way. */
  rubric: RubricState | undefined;
  /** The selected evaluation as the form edits it; null when none is selected; undefined while reading. */
  evaluation: EvaluationState | null | undefined;
  busy: boolean;
  saving: boolean;
  /** A failure of reading or of a rubric action. */
  failure: Failure | null;
  /** A failure of a scoring action, shown by the form. */
  scoreFailure: Failure | null;
  /** "Next unscored" found none. */
  allScored: boolean;
}

const SCORE_ACTIONS: FailedAction[] = ["saveEvaluation", "nextUnscored", "newEvaluation"];

export function useWorkbook(actions: WorkbookActions) {
  const [state, setState] = useState<WorkbookState>({
    rubric: undefined,
    evaluation: undefined,
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

  const fail = useCallback((action: FailedAction, error: unknown) => {
    if (!mounted.current) return;
    const failure = failureOf(action, error);
    setState((s) => ({
      ...s,
      busy: false,
      saving: false,
      ...(SCORE_ACTIONS.includes(action) ? { scoreFailure: failure } : { failure }),
    }));
  }, []);

  const readRubric = useCallback(async () => {
    try {
      const rubric = await actions.readRubric();
      if (mounted.current) update({ rubric, failure: null });
    } catch (error) {
      fail("readRubric", error);
    }
  }, [actions, fail]);

  const readEvaluation = useCallback(async () => {
    const request = ++evaluationRequest.current;
    try {
      const evaluation = await actions.readSelectedEvaluation();
      if (mounted.current && request === evaluationRequest.current) {
        update({ evaluation, scoreFailure: null, allScored: false });
      }
    } catch (error) {
      if (request === evaluationRequest.current) fail("readEvaluation", error);
    }
  }, [actions, fail]);

  useEffect(() => {
    mounted.current = true;
    void readRubric();
    void readEvaluation();
    // A manager may have changed a weight or a level in the grid: the form's live total follows the rubric as the
    // sheet holds it now, so the rubric is read again whenever the selection moves.
    const stop = actions.onSelectionChanged(() => {
      void readRubric();
      void readEvaluation();
    });
    return () => {
      mounted.current = false;
      stop();
    };
  }, [actions, readRubric, readEvaluation]);

  const rubricAction = async (action: FailedAction, run: () => Promise<RubricState>) => {
    update({ busy: true });
    try {
      const rubric = await run();
      if (mounted.current) update({ rubric, busy: false, failure: null });
    } catch (error) {
      fail(action, error);
    }
  };

  const moveTo = async (action: FailedAction, run: () => Promise<EvaluationState | null>) => {
    const request = ++evaluationRequest.current;
    update({ busy: true });
    try {
      const evaluation = await run();
      if (mounted.current && request === evaluationRequest.current) {
        // No unscored row left: stay on the current evaluation and say so.
        if (evaluation === null && action === "nextUnscored") update({ busy: false, allScored: true });
        else update({ evaluation, busy: false, scoreFailure: null, allScored: false });
      }
    } catch (error) {
      fail(action, error);
    }
  };

  return {
    state,
    readRubric,
    readEvaluation,
    createRubric: (kind: CreateKind, file?: File) =>
      rubricAction("createRubric", () => actions.createRubric(kind, file)),
    applyRubricEdit: (change: RubricChange) => rubricAction("applyRubricEdit", () => actions.applyRubricEdit(change)),
    /** The form's edits, kept until saved or until another evaluation is selected. */
    edit: (values: Record<string, RawValue>, comment: string) =>
      setState((s) => (s.evaluation ? { ...s, evaluation: { ...s.evaluation, values, comment } } : s)),
    save: async () => {
      const evaluation = state.evaluation;
      if (!evaluation) return;
      update({ saving: true });
      try {
        await actions.saveEvaluation(normaliseValues(evaluation.values), evaluation.comment);
        if (mounted.current) update({ saving: false, scoreFailure: null });
      } catch (error) {
        fail("saveEvaluation", error);
      }
    },
    nextUnscored: () => moveTo("nextUnscored", () => actions.nextUnscored()),
    newEvaluation: () => moveTo("newEvaluation", () => actions.newEvaluation()),
    dismissFailure: () => update({ failure: null }),
    dismissScoreFailure: () => update({ scoreFailure: null }),
  };
}

export type Workbook = ReturnType<typeof useWorkbook>;
