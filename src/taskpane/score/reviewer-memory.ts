// The reviewer's name, remembered on this device per rubric, so a new evaluation starts with it. Storage may be
// missing or refused (a locked-down webview, private mode): then nothing is remembered and the form asks each time.
const keyOf = (rubricId: string) => `rubric-workbench:reviewer:${rubricId}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // reading localStorage itself throws where storage is blocked
  }
}

/** The name remembered for `rubricId`; "" when none is (or storage is unavailable). */
export function rememberedReviewer(rubricId: string): string {
  try {
    return storage()?.getItem(keyOf(rubricId)) ?? "";
  } catch {
    return "";
  }
}

/** Remembers `name` for `rubricId`; a blank name is not remembered. */
export function rememberReviewer(rubricId: string, name: string): void {
  const trimmed = name.trim();
  if (trimmed === "") return;
  try {
    storage()?.setItem(keyOf(rubricId), trimmed);
  } catch {
    // full or refused: the form asks again next time
  }
}
