import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { checkScenarioText, formatDiagnostic } from '../src/content';

/**
 * The dev server's designer loop: when a scenario file changes, check it with the same checker
 * as the command line and print every problem in the terminal. The page reloads by itself (it
 * imports the files) and shows the same problems instead of a blank screen.
 */
export function scenarioCheck(): Plugin {
  return {
    name: 'crisis-desk-scenario-check',
    apply: 'serve',
    handleHotUpdate({ file, server }) {
      if (!/[\\/]scenarios[\\/][^\\/]+\.ya?ml$/.test(file)) return;
      const name = relative(server.config.root, file);
      const result = checkScenarioText(name, readFileSync(file, 'utf8'));
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      const summary = `${name}: ${errors} error(s), ${result.diagnostics.length - errors} warning(s)`;
      server.config.logger.info(`\n${[...result.diagnostics.map(formatDiagnostic), summary].join('\n')}`, { timestamp: true });
      // A changed scenario can change everything the game shows: reload the page.
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
