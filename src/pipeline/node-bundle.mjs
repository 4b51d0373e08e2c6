// @ts-check
/**
 * TypeScript made runnable by plain Node, with Rolldown (the bundler Vite itself runs on): the
 * project's own files are bundled into one ES module, packages stay imports. Node starts such a
 * file at once, with no TypeScript loader. Plain JavaScript for the same reason as
 * src/contract-paths.mjs: scripts/deck.mjs bundles the build's configuration with it, before any
 * TypeScript can run.
 */
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { CACHE_PATHS } from '../contract-paths.mjs';
import { ENGINE_CODE_INPUTS, whyStale } from './staleness.mjs';

/**
 * Each module keeps its own `import.meta.url` (a file it reads beside itself, say), not the
 * bundle's, as Vite does when it bundles a configuration.
 * @type {import('rolldown').Plugin}
 */
const ownImportMetaUrl = {
  name: 'deck:own-import-meta-url',
  transform: {
    filter: { code: 'import.meta.url' },
    handler(code, id) {
      if (!isAbsolute(id)) return null;
      return code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href));
    },
  },
};

/**
 * Packages and Node's own modules are loaded from node_modules at run time, as usual; Rolldown's own helpers
 * (a tagged template whose text it had to escape, say) are bundled, as it provides them and no package does.
 * @param {string} id
 */
const isPackage = (id) =>
  !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0') && !id.startsWith('@oxc-project/runtime/');

/**
 * `input` bundled for Node, and the project files it was made from.
 * @param {string} input
 * @returns {Promise<{ code: string, files: string[] }>}
 */
export async function bundleForNode(input) {
  const build = await rolldown({
    input,
    platform: 'node',
    external: isPackage,
    plugins: [ownImportMetaUrl],
    tsconfig: false,
    logLevel: 'silent',
  });
  try {
    const { output } = await build.generate({ format: 'esm', codeSplitting: false });
    const [chunk] = output;
    if (chunk?.type !== 'chunk') throw new Error(`Bundling ${input} produced no module.`);
    return { code: chunk.code, files: chunk.moduleIds.filter((id) => isAbsolute(id)) };
  } finally {
    await build.close();
  }
}

/**
 * Writes `input` bundled to `file` (replacing it whole, never half-written): the prebuilt entry of a command.
 * @param {string} input
 * @param {string} file
 */
export async function writeNodeBundle(input, file) {
  const { code } = await bundleForNode(input);
  mkdirSync(dirname(file), { recursive: true });
  // A name of this process's own: two builds at once (the tests run some) never write into one half-written file.
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, code);
  renameSync(scratch, file);
}

/**
 * The build's configuration, resolved for `env`, for Vite's `build()` and `preview()` to take inline
 * (`configFile: false`): vite.config.ts bundled for Node once per change of the engine (contract.ts
 * `CACHE_PATHS.config`), imported and called here. Vite's own loader bundled it again at every build, checking
 * every module of the engine as it went, then imported it through a loader thread: a third of a warm build.
 * `npm run build`, `npm start` and the benchmark load it so; `npx vite` still reads vite.config.ts itself.
 * @param {string} root the project
 * @param {import('vite').ConfigEnv} env what Vite would hand the configuration's function
 * @returns {Promise<import('vite').InlineConfig>}
 */
export async function prebuiltViteConfig(root, env) {
  const bundled = join(root, CACHE_PATHS.config);
  if (whyStale(root, bundled, ENGINE_CODE_INPUTS) !== null)
    await writeNodeBundle(join(root, 'vite.config.ts'), bundled);
  // By its date, so a process that bundles it again (a test) imports the new one, not the module it loaded before.
  const module = await import(`${pathToFileURL(bundled).href}?written=${statSync(bundled).mtimeMs}`);
  /** @type {import('vite').UserConfigExport} */
  const exported = module.default;
  const config = typeof exported === 'function' ? await exported(env) : await exported;
  return { ...config, configFile: false, root, mode: env.mode };
}
