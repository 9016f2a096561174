// The published versions as options of a select, "Version 3", after the choice(s) a caller puts first.
import { useWhatIfTexts } from "./texts";

export function VersionOptions({ versions }: { versions: readonly number[] }) {
  const { t } = useWhatIfTexts();
  return (
    <>
      {versions.map((v) => (
        <option key={v} value={String(v)}>
          {t("whatif.tried.version", { version: v })}
        </option>
      ))}
    </>
  );
}
