import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as Content from '../src/content/index';

const INDEX_ID = 'virtual:shipped-scenarios';
const ONE_PREFIX = 'virtual:shipped-scenario/';
/** The scenario a plain visit plays (src/app/scenario-catalog.ts). */
const DEFAULT_PRELOAD = 'ottawa-2021';

interface Checked {
  readonly file: string;
  readonly id: string;
  readonly title: unknown;
  /** The lengths of game on offer, for the title and teacher pages before the scenario itself loads. */
  readonly modes: readonly { readonly id: string; readonly label: unknown; readonly description: unknown; readonly turns: number }[];
  readonly data: unknown;
  readonly diagnostics: readonly unknown[];
}

/**
 * Checks every file in scenarios/ with the same checker as the command line and ships the
 * validated data, not the YAML: the browser never parses YAML or runs the schema for the
 * scenarios it ships, and each scenario is its own chunk, loaded only when played. A shipped
 * scenario with errors fails the build; on the dev server its problems go to the page, which
 * lists them instead of showing a blank screen.
 */
export function shippedScenarios(): Plugin {
  let root = process.cwd();
  let serving = false;
  let checker: typeof Content | null = null;

  const checkAll = async (watch: (path: string) => void, fail: (message: string) => never): Promise<Checked[]> => {
    checker ??= (await runnerImport<typeof Content>(join(root, 'src/content/index.ts'), { configFile: false, root, logLevel: 'warn' }))
      .module;
    const content = checker;
    const dir = join(root, 'scenarios');
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => {
        const path = join(dir, name);
        watch(path);
        const file = `scenarios/${name}`;
        const result = content.checkScenarioText(file, readFileSync(path, 'utf8'));
        if (!serving && result.scenario === null) {
          fail(`${file} cannot ship:\n${result.diagnostics.map((d) => content.formatDiagnostic(d)).join('\n')}`);
        }
        return {
          file,
          id: result.scenario?.id ?? name.replace(/\.ya?ml$/, ''),
          title: result.scenario?.title ?? null,
          modes: (result.scenario?.modes ?? []).map((mode) => ({
            id: mode.id,
            label: mode.label,
            description: mode.description,
            turns: mode.turnDates.length,
          })),
          data: result.data ?? null,
          diagnostics: result.diagnostics,
        };
      });
  };

  return {
    name: 'crisis-desk-shipped-scenarios',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    // The default scenario's chunk is fetched beside the entry, not after it has run.
    transformIndexHtml(_html, context) {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.facadeModuleId === `\0${ONE_PREFIX}${DEFAULT_PRELOAD}`,
      );
      return chunk === undefined ? [] : [{ tag: 'link', attrs: { rel: 'modulepreload', href: `./${chunk.fileName}` }, injectTo: 'head' }];
    },
    resolveId(id) {
      return id === INDEX_ID || id.startsWith(ONE_PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:shipped-scenario')) return undefined;
      const checked = await checkAll(
        (path) => this.addWatchFile(path),
        (message) => this.error(message),
      );
      if (id === `\0${INDEX_ID}`) {
        const rows = checked.map(
          (entry) =>
            `{ file: ${JSON.stringify(entry.file)}, id: ${JSON.stringify(entry.id)}, title: ${JSON.stringify(entry.title)}, modes: ${JSON.stringify(entry.modes)}, diagnostics: ${JSON.stringify(entry.diagnostics)}, load: () => import(${JSON.stringify(`${ONE_PREFIX}${entry.id}`)}) }`,
        );
        return `export default [${rows.join(',\n')}];`;
      }
      const wanted = id.slice(`\0${ONE_PREFIX}`.length);
      const entry = checked.find((candidate) => candidate.id === wanted);
      // As a JSON string: the browser parses JSON several times faster than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entry?.data ?? null))});`;
    },
  };
}
