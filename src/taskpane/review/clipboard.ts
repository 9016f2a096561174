// Copying the evaluation card: rich HTML (a sign-off editor, Outlook and Word paste it as a formatted table) and
// plain text in one clipboard item; where the host takes no ClipboardItem (older webviews), the plain text alone.

export type Copied = "html" | "text";

export async function copyCard(html: string, text: string): Promise<Copied> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard) throw new Error("the clipboard is not available here");
  if (typeof clipboard.write === "function" && typeof ClipboardItem !== "undefined") {
    await clipboard.write([
      new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      }),
    ]);
    return "html";
  }
  await clipboard.writeText(text);
  return "text";
}
