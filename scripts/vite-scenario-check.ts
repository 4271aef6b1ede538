import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import type * as Content from '../src/content/index';

type Checker = typeof Content;

/**
 * The dev server's designer loop: when a scenario file changes, check it with the same checker
 * as the command line and print every problem in the terminal, then reload the page, which shows
 * the same problems instead of a blank screen. The checker is loaded through the dev server's own
 * module graph, so the config stays free of application code.
 */
export function scenarioCheck(): Plugin {
  return {
    name: 'crisis-desk-scenario-check',
    apply: 'serve',
    async handleHotUpdate({ file, server }) {
      if (!/[\\/]scenarios[\\/][^\\/]+\.ya?ml$/.test(file)) return;
      const { checkScenarioText, formatDiagnostic } = (await server.ssrLoadModule('/src/content/index.ts')) as Checker;
      const name = relative(server.config.root, file);
      const result = checkScenarioText(name, readFileSync(file, 'utf8'));
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      const summary = `${name}: ${errors} error(s), ${result.diagnostics.length - errors} warning(s)`;
      server.config.logger.info(`\n${[...result.diagnostics.map(formatDiagnostic), summary].join('\n')}`, { timestamp: true });
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
