// What a tab built on the evaluations store shows before it has something to show: no rubric yet, the first read
// under way, a read that failed (with the reason and Try again), or no evaluation at all. The tab itself renders only
// once the evaluations are there. Each tab words these states its own way (the texts are its chunk's).
import { Body1 } from "@fluentui/react-components";
import { ReactNode } from "react";
import type { EvaluationRecord } from "../../app/read-evaluations";
import type { RubricState } from "../../app/rubric-state";
import { Rubric } from "../../rubric/model";
import { FailureBar } from "../FailureBar";
import { useSession } from "../session";
import { EvaluationsStore } from "./store";
import { useEvaluations } from "./useEvaluations";

export interface GateTexts {
  noRubric: string;
  loading: string;
  readFailed: string;
  empty: string;
}

export interface GateOpen {
  records: EvaluationRecord[];
  selectedRows: number[];
  draft: Rubric;
  rubric: RubricState;
}

interface Props {
  rubric: RubricState | undefined;
  evaluations: EvaluationsStore;
  texts: GateTexts;
  children: (open: GateOpen) => ReactNode;
}

export function EvaluationsGate({ rubric, evaluations, texts, children }: Props) {
  const session = useSession();
  const stored = useEvaluations(evaluations, session, true);
  const draft = rubric?.rubric;
  if (!rubric || !draft) return <Body1>{texts.noRubric}</Body1>;
  if (stored.evaluations === undefined) {
    if (stored.failure)
      return (
        <>
          <Body1 role="alert">{texts.readFailed}</Body1>
          <FailureBar failure={stored.failure} onRetry={() => void evaluations.refresh()} />
        </>
      );
    return <Body1>{texts.loading}</Body1>;
  }
  if (stored.evaluations.length === 0) return <Body1>{texts.empty}</Body1>;
  return <>{children({ records: stored.evaluations, selectedRows: stored.selectedRows, draft, rubric })}</>;
}
