/** The words of the report sheets the add-in writes (review pack, report, what-if, values copy). */
export interface ReportWords {
  /** The stamp: what a sheet was made from, and when. */
  stamp: {
    made: string;
    period: string;
    team: string;
    person: string;
    reviewer: string;
    /** A filter left open. */
    all: string;
    versions: string;
    rubric: string;
    version: string;
    checksum: string;
    compared: string;
  };
  /** Table headers. */
  columns: {
    criterion: string;
    level: string;
    meanShare: string;
    rated: string;
    na: string;
    mostGiven: string;
    evaluations: string;
    mean: string;
    min: string;
    max: string;
    month: string;
    from: string;
    to: string;
    count: string;
    before: string;
    after: string;
    change: string;
    rank: string;
    median: string;
  };
  pack: { sheet: string; title: string; evaluations: string; profile: string; points: string };
  report: { sheet: string; title: string; histogram: string; trend: string; teams: string; persons: string };
  whatIf: {
    sheet: string;
    title: string;
    distribution: string;
    transitions: string;
    persons: string;
    /** The working draft (with the scratch edits tried), as the "after" side. */
    draft: string;
    /** Transition rows and columns for results without a band. */
    error: string;
    unscored: string;
    /** The corner of the transition table: from (rows) → to (columns). */
    fromTo: string;
  };
  valuesCopy: { sheet: string; title: string };
}
