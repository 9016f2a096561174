// English sheet texts.
import { SheetVocabulary } from "./sheet-vocabulary";

export const en: SheetVocabulary = {
  criteria: {
    id: ["ID"],
    label: ["Criterion", "Label"],
    description: ["Description"],
    kind: ["Kind", "Type"],
    weight: ["Weight"],
    max: ["Max", "Maximum"],
    allowNA: ["Allow NA", "Allow N/A", "NA"],
    levels: ["Levels"],
    section: ["Section"],
  },
  share: "Share",
  bands: {
    from: ["From"],
    points: ["Points"],
    label: ["Label", "Band"],
  },
  evaluations: {
    date: "Date",
    process: "Process",
    person: "Person",
    team: "Team",
    reviewer: "Reviewer",
    comment: "Comment",
    version: "Rubric version",
    total: "Total",
    points: "Points",
    band: "Band",
    key: "Key",
  },
  settings: {
    id: "Rubric ID",
    title: "Title",
    version: "Version",
    status: "Status",
    scale: "Scale",
    decimals: "Decimals",
    description: "Description",
  },
  checks: { check: "Check", weightTotal: "Score weight total" },
  kinds: { score: ["score"], bonus: ["bonus"], penalty: ["penalty"], gate: ["gate"] },
  // TRUE/FALSE and 1/0 are no language's words, but they are read as yes and no too.
  yes: ["yes", "y", "true", "1"],
  no: ["no", "n", "false", "0", ""],
  retired: "retired",
  sheetSuffix: { rubric: " rubric", evaluations: " evaluations" },
  notScored: "{blanks} of {count} not scored",
  blankRubric: { title: "New rubric", criterion: "Criterion 1" },
};
