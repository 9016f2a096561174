// Downloading an export from the pane.

/** Hands `text` to the browser as a file. Whether a file arrives is up to the host: the caller does not claim it. */
export function download(text: string, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([text], { type: `${mimeType};charset=utf-8` }), fileName);
}

/** Hands a file's content (a PNG image, …) to the browser, as `download` does a text. */
export function downloadBlob(blob: Blob, fileName: string): void {
  if (typeof URL.createObjectURL !== "function") throw new Error("downloads are not available here");
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Give the browser time to start reading the blob before it goes.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
