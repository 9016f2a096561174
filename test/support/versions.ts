import { rubricChecksum } from "../../src/rubric/canonical/document";
// Rubric versions for workbook-layer tests, with the workbook functions directly (the app's publishVersion and
// applyVersionTo do the same through a session): publish the working draft as the next version, apply a version to
// every evaluation, and find the cells of the versions sheet's snapshot tables, which feed the Total, Points and Band
// formulas.
import { applyVersion } from "../../src/rubric/apply-version";
import { publishDraft } from "../../src/rubric/publish";
import { latestVersion } from "../../src/rubric/version";
import { cellNumber } from "../../src/rubric/value";
import { versionTableNames } from "../../src/workbook/layout";
import { versionsTransaction } from "../../src/workbook/versions/transaction";
import { SimulatedHost } from "../host";
import { typeInto } from "./host-helpers";

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Publishes the working draft as the next version, as publishVersion does: rows still without a version but with a
 * total are stamped with the version they were scored under, so that publishing moves no total. Its number. */
export async function publishDraftVersion(
  host: SimulatedHost,
  rubricId = "proactive-visit",
  note = "published in a test",
): Promise<number> {
  return host.run((context) =>
    versionsTransaction(context, rubricId, (read) => {
      const draft = read.draft.rubric;
      if (!draft) throw new Error(`the draft has problems: ${read.draft.problems.map((p) => p.message).join("; ")}`);
      const { history } = read.versions.read;
      const previous = latestVersion(history)?.version;
      const published = publishDraft(history, draft, { at: "2026-03-02T09:00:00Z", note }, rubricChecksum);
      const { versions, totals } = read.evaluations;
      const stamps =
        previous === undefined
          ? []
          : versions.flatMap((v, rowIndex) =>
              isBlank(v) && !isBlank(totals[rowIndex]) ? [{ rowIndex, version: previous }] : [],
            );
      return {
        write: {
          append: { version: { version: published.version, changes: "" }, entries: [published.entry] },
          stamps,
          settings: { version: published.version.version },
        },
        result: published.version.version,
      };
    }),
  );
}

/** Applies `version` to every evaluation with a key (the pane's "apply to all"); how many moved. */
export async function applyVersionToAll(
  host: SimulatedHost,
  version: number,
  rubricId = "proactive-visit",
): Promise<number> {
  return host.run((context) =>
    versionsTransaction(context, rubricId, (read) => {
      const { keys, versions } = read.evaluations;
      const evaluations = keys.flatMap((key, rowIndex) =>
        key === "" ? [] : [{ key, rowIndex, version: cellNumber(versions[rowIndex]) ?? null }],
      );
      const applied = applyVersion(read.versions.read.history, evaluations, version, {
        at: "2026-03-02T09:05:00Z",
        note: "applied in a test",
      });
      return {
        write: { append: { entries: [applied.entry], moves: applied.moves }, stamps: applied.stamps },
        result: applied.moves.length,
      };
    }),
  );
}

/** Publishes the draft and applies it to every evaluation: what a total follows a draft change through. */
export async function publishAndApply(host: SimulatedHost, rubricId = "proactive-visit"): Promise<number> {
  const version = await publishDraftVersion(host, rubricId);
  await applyVersionToAll(host, version, rubricId);
  return version;
}

export type SnapshotTable = "versions" | "criteria" | "bands";

/** Where a snapshot table's cell is (0-based sheet row and column): the data row `index` of those of `version`
 * (criteria and bands; the Versions table has one row per version), under `header`. */
export function snapshotCell(
  host: SimulatedHost,
  table: SnapshotTable,
  version: number,
  header: string,
  index = 0,
  rubricId = "proactive-visit",
): { sheet: string; row: number; column: number } {
  const model = host.model.table(versionTableNames(rubricId)[table]);
  const hs = model.headers();
  const versionAt = hs.indexOf("Version"); // English sheets
  const column = hs.indexOf(header);
  if (versionAt < 0 || column < 0) throw new Error(`no column ${header} in ${model.name}`);
  const rows: number[] = [];
  for (let r = 1; r < model.box.rows; r++) {
    if (host.model.valueAt(model.sheet, model.box.row + r, model.box.column + versionAt) === version) {
      rows.push(model.box.row + r);
    }
  }
  if (index >= rows.length) throw new Error(`${model.name} has no row ${index} of version ${version}`);
  return { sheet: model.sheet.name, row: rows[index], column: model.box.column + column };
}

/** Types into a snapshot table's cell as a user would ("" clears it). */
export function typeIntoSnapshot(
  host: SimulatedHost,
  at: { sheet: string; row: number; column: number },
  entry: unknown,
): void {
  typeInto(host, at.sheet, at.row, at.column, entry);
}
