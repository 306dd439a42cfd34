// The tool's name, version and home, read from the package's own package.json so `--version`
// and SARIF name the release that produced them (src/cli and lib/cli both sit two folders deep).
import { createRequire } from 'node:module';

interface PackageJson {
  name: string;
  version: string;
  homepage?: string;
}

const pkg = createRequire(import.meta.url)('../../package.json') as PackageJson;

export const TOOL = {
  /** The command's name, which is not the package's: `guidance` on npm belongs to another project. */
  name: 'guidance',
  packageName: pkg.name,
  version: pkg.version,
  informationUri: pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`,
} as const;
