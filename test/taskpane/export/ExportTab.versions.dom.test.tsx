/** @jest-environment jsdom */
// The Export tab of a rubric with published versions: the version picker, what each choice exports and downloads,
// the warnings (unpublished draft, not final), and the payloads under each evaluation's own version.
import "@testing-library/jest-dom";
import { TextEncoder } from "util";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EvaluationRecord } from "../../../src/app/read-evaluations";
import type { RubricState } from "../../../src/app/rubric-state";
import { ecologyVersionedPayload } from "../../../src/formats/ecology/payload";
import { evaluationSchema } from "../../../src/formats/json-schema/evaluation";
import { serializeRubric } from "../../../src/formats/rubric-json/file";
import { rubricChecksum } from "../../../src/rubric/canonical/document";
import { Language } from "../../../src/rubric/language";
import { Rubric, RubricStatus } from "../../../src/rubric/model";
import { RubricVersion } from "../../../src/rubric/version";
import { EvaluationsSnapshot, EvaluationsStore } from "../../../src/taskpane/evaluations/store";
import { ExportTab } from "../../../src/taskpane/export/ExportTab";
import { SessionProvider } from "../../../src/taskpane/session";
import { hostSession } from "../../support/session";
import { renderPane } from "../render";
import { DRAFT_EDITS, ENTRIES, draftOf, versionsOf } from "../versions/fixtures";

// jsdom has no TextEncoder; the rubric file's checksum (SHA-256 of UTF-8) needs it.
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;

/** The fixture's three versions, each with the checksum publishing gives it. */
const published = (language: Language = "en"): RubricVersion[] =>
  versionsOf(language).map((v) => ({ ...v, checksum: rubricChecksum(v.rubric) }));
const version = (n: number, language: Language = "en") => published(language).find((v) => v.version === n)!;

/** A rubric state with the three versions; the working draft is version 3 as published unless edited. */
function stateOf(options: { status?: RubricStatus; edited?: boolean; language?: Language } = {}): RubricState {
  const language = options.language ?? "en";
  const { draft, changes } = options.edited
    ? draftOf(language, ...DRAFT_EDITS)
    : { draft: version(3, language).rubric, changes: [] };
  return {
    rubric: { ...draft, status: options.status ?? draft.status },
    problems: [],
    versions: {
      history: { versions: published(language), entries: ENTRIES, moves: [] },
      latest: 3,
      draftChanges: changes,
      problems: [],
    },
  };
}

/** A store that holds these evaluations and reads nothing. */
function storeOf(evaluations: EvaluationRecord[] = []): EvaluationsStore {
  const snapshot: EvaluationsSnapshot = { evaluations, selectedRows: [], failure: null, loading: false };
  return {
    getSnapshot: () => snapshot,
    subscribe: () => () => undefined,
    ensure: async () => undefined,
    refresh: async () => undefined,
    invalidate: () => undefined,
    refreshSelection: async () => undefined,
  };
}

async function openTab(
  state: RubricState,
  options: { evaluations?: EvaluationRecord[]; language?: Language; version?: number } = {},
) {
  const { session } = hostSession({ samples: false });
  const user = userEvent.setup();
  renderPane(
    <SessionProvider session={session}>
      <ExportTab rubric={state} evaluations={storeOf(options.evaluations)} version={options.version} />
    </SessionProvider>,
    options.language,
  );
  await screen.findByRole("radiogroup");
  return user;
}

const preview = () => screen.getByRole("textbox", { name: "Preview" }) as HTMLTextAreaElement;
const picker = () => screen.getByRole("combobox", { name: "Version" });

async function choose(user: ReturnType<typeof userEvent.setup>, option: string) {
  await user.click(picker());
  await user.click(await screen.findByRole("option", { name: option }));
}

/** What Download hands to the browser: the file's name and its text. */
function captureDownloads(): { name: string; text: Promise<string> }[] {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs: Blob[] = [];
  Object.defineProperty(URL, "createObjectURL", {
    value: (blob: Blob) => {
      blobs.push(blob);
      return `blob:${blobs.length}`;
    },
    configurable: true,
  });
  Object.defineProperty(URL, "revokeObjectURL", { value: () => undefined, configurable: true });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs[Number(this.href.split(":").pop()) - 1];
    const text = new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    files.push({ name: this.download, text });
  });
  return files;
}

const withStatus = (rubric: Rubric, status: RubricStatus): Rubric => ({ ...rubric, status });

afterEach(() => jest.restoreAllMocks());

describe("Export tab with published versions", () => {
  test("lists the versions newest first, exports the latest by default; version 1 chosen, the download is version 1", async () => {
    const user = await openTab(stateOf());
    expect(picker()).toHaveValue("Version 3 (latest)");
    expect(await screen.findByRole("textbox", { name: "Preview" })).toHaveValue(serializeRubric(version(3).rubric));
    expect(screen.getByTestId("checksum")).toHaveTextContent(version(3).checksum);

    await user.click(picker());
    const listbox = await screen.findByRole("listbox");
    expect(
      within(listbox)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Version 3 (latest)", "Version 2", "Version 1"]);
    await user.click(within(listbox).getByRole("option", { name: "Version 1" }));
    expect(picker()).toHaveValue("Version 1");
    const text = serializeRubric(version(1).rubric);
    expect(preview()).toHaveValue(text);
    expect(screen.getByTestId("checksum")).toHaveTextContent(version(1).checksum);

    const downloads = captureDownloads();
    await user.click(screen.getByRole("button", { name: "Download" }));
    expect(downloads.map((d) => d.name)).toEqual(["proactive-visit-v1.rubric.json"]);
    expect(await downloads[0].text).toBe(text);
    expect(JSON.parse(await downloads[0].text).checksum).toBe(version(1).checksum);
  });

  test("every rubric format follows the choice", async () => {
    const user = await openTab(stateOf());
    await choose(user, "Version 2");
    await user.click(screen.getByRole("radio", { name: "Evaluation JSON Schema" }));
    expect(picker()).toHaveValue("Version 2");
    expect(preview()).toHaveValue(JSON.stringify(evaluationSchema(version(2).rubric), null, 2));
  });

  test("the working draft is offered only when it has changes, and its export says it is unpublished", async () => {
    const user = await openTab(stateOf({ edited: true }));
    await user.click(picker());
    expect((await screen.findAllByRole("option")).map((o) => o.textContent)).toEqual([
      "Version 3 (latest)",
      "Version 2",
      "Version 1",
      "Working draft (unpublished)",
    ]);
    await user.click(screen.getByRole("option", { name: "Working draft (unpublished)" }));
    const { draft } = draftOf("en", ...DRAFT_EDITS);
    expect(preview()).toHaveValue(serializeRubric(draft));
    expect(
      screen.getByText(
        "Unpublished changes: this file is not a published version. It carries the working draft's version number, 3.",
      ),
    ).toBeInTheDocument();
    const downloads = captureDownloads();
    await user.click(screen.getByRole("button", { name: "Download" }));
    expect(downloads.map((d) => d.name)).toEqual(["proactive-visit-v3-draft.rubric.json"]);

    // Back to the latest: no unpublished warning.
    await choose(user, "Version 3 (latest)");
    expect(screen.queryByText(/Unpublished changes/)).toBeNull();
    expect(preview()).toHaveValue(serializeRubric(version(3).rubric));
  });

  test("without draft changes there is no working draft to choose", async () => {
    const user = await openTab(stateOf());
    await user.click(picker());
    expect(screen.queryByRole("option", { name: "Working draft (unpublished)" })).toBeNull();
  });

  test("a final rubric exports its latest version as final without warnings; an older version says what it was", async () => {
    const user = await openTab(stateOf({ status: "final" }));
    const latest = withStatus(version(3).rubric, "final");
    expect(await screen.findByRole("textbox", { name: "Preview" })).toHaveValue(serializeRubric(latest));
    expect(screen.queryByText(/not final/)).toBeNull();
    expect(screen.queryByText(/Unpublished/)).toBeNull();
    // The status is in the checksum: the pane says what the version was published with.
    expect(
      screen.getByText(new RegExp(`Published as a draft with checksum ${version(3).checksum}`)),
    ).toBeInTheDocument();

    await choose(user, "Version 1");
    expect(preview()).toHaveValue(serializeRubric(version(1).rubric));
    expect(
      screen.getByText("Version 1 was published with the status draft, not final: the export says so."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Published as/)).toBeNull();
  });

  test("a draft rubric warns as before versions: the rubric is a draft, not final", async () => {
    await openTab(stateOf());
    expect(screen.getByText("This rubric's status is draft, not final: the export says so.")).toBeInTheDocument();
  });

  test("a version asked for (the history's Export action) is shown first", async () => {
    await openTab(stateOf(), { version: 2 });
    expect(picker()).toHaveValue("Version 2");
    expect(await screen.findByRole("textbox", { name: "Preview" })).toHaveValue(serializeRubric(version(2).rubric));
  });

  test("payloads: no picker; each evaluation under its own version, the versions named", async () => {
    const values = { PREP: 7, MAIL1: 10, OAUSE: 4, PROC: 7, SUMM: 7, MAIL2: 0, BONUS: 1 };
    const row = (rowIndex: number, v: number | undefined): EvaluationRecord => ({
      rowIndex,
      sheetRow: rowIndex + 4,
      key: `k${rowIndex}`,
      date: "2024-05-07",
      process: "Visit",
      person: `P${rowIndex}`,
      reviewer: "R",
      values,
      ...(v === undefined ? {} : { version: v }),
    });
    const evaluations = [row(0, 1), row(1, 3), row(2, undefined)];
    const user = await openTab(stateOf({ status: "final" }), { evaluations });
    await user.click(screen.getByRole("radio", { name: "e-cology request payloads" }));
    expect(screen.queryByRole("combobox", { name: "Version" })).toBeNull();
    expect(screen.getByText("Each evaluation is sent under its own rubric version.")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Workflow id (workflowid)" }), "42");
    await user.type(screen.getByRole("textbox", { name: "Detail table name (tableDBName)" }), "formtable_main_1_dt1");
    expect(await screen.findByText("Rubric versions in these payloads: 1, 3")).toBeInTheDocument();
    const expected = ecologyVersionedPayload(
      published().map((v) => v.rubric),
      evaluations,
      { workflowId: "42", detailTableDBName: "formtable_main_1_dt1" },
      { language: "en" },
    );
    expect(expected.ok).toBe(true);
    expect(JSON.parse(preview().value)).toEqual(expected.ok && expected.payloads);
    expect(screen.queryByText(/not final/)).toBeNull();

    const downloads = captureDownloads();
    await user.click(screen.getByRole("button", { name: "Download" }));
    expect(downloads.map((d) => d.name)).toEqual(["proactive-visit-v1-v3.ecology-payloads.json"]);
  });

  test("without versions there is no picker", async () => {
    const state = stateOf();
    await openTab({ rubric: state.rubric, problems: [] });
    expect(await screen.findByRole("textbox", { name: "Preview" })).toHaveValue(serializeRubric(state.rubric!));
    expect(screen.queryByRole("combobox", { name: "Version" })).toBeNull();
  });

  test("the picker's texts are translated (zh)", async () => {
    const user = await openTab(stateOf({ edited: true, language: "zh" }), { language: "zh" });
    const zhPicker = screen.getByRole("combobox", { name: "版本" });
    expect(zhPicker).toHaveValue("第 3 版（最新）");
    await user.click(zhPicker);
    await user.click(await screen.findByRole("option", { name: "工作草稿（未发布）" }));
    expect(screen.getByText(/此文件不是已发布的版本/)).toBeInTheDocument();
  });
});
