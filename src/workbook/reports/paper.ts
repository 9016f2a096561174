// The paper a printed report is set up for: Letter where it is the usual size (the United States, Canada, Mexico,
// the Philippines and a few others in the Americas), A4 elsewhere.
const LETTER_REGIONS = new Set(["US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "PA", "DO", "SV", "NI"]);

/** "en-US" → Letter, "zh-CN" → A4; a tag without a region (or none) → A4. */
export function paperFor(locale: string | undefined): "A4" | "Letter" {
  const region = /[-_]([A-Za-z]{2})(?:[-_]|$)/.exec(locale ?? "")?.[1]?.toUpperCase();
  return region !== undefined && LETTER_REGIONS.has(region) ? "Letter" : "A4";
}
