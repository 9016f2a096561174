// A clean install: every package the lock file installs accepts the Node this project supports and runs on, so
// `npm ci` prints no EBADENGINE warning (it checks each package's engines.node against the running Node).
import { readFileSync } from "fs";
import { join } from "path";
import semver from "semver";

const root = join(__dirname, "..");
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const own = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines: { node: string } };

test("every installed package accepts the running Node and the lowest Node the project supports", () => {
  const lowest = semver.minVersion(own.engines.node)!.version;
  const refusing = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== "" && !entry.optional && entry.engines && !Array.isArray(entry.engines))
    .flatMap(([path, entry]) => {
      const range = (entry.engines as { node?: string }).node;
      if (!range) return [];
      const fits = (version: string) => semver.satisfies(version, range, { includePrerelease: true });
      return fits(process.version) && fits(lowest) ? [] : [`${path.replace(/^node_modules\//, "")}: node ${range}`];
    });
  expect(refusing).toEqual([]);
});
