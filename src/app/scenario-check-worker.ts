import { checkScenarioText } from '../content';

/**
 * Checks a player's scenario file off the main thread: a hostile or merely enormous file can take
 * the YAML parser seconds, and the page must stay responsive meanwhile. It answers with the
 * diagnostics and the validated data (plain, cloneable); the page builds the runnable scenario.
 */
globalThis.addEventListener('message', (event: MessageEvent<{ name: string; text: string }>) => {
  const { name, text } = event.data;
  const result = checkScenarioText(name, text);
  (globalThis as unknown as { postMessage(message: unknown): void }).postMessage({
    diagnostics: result.diagnostics,
    data: result.scenario === null ? null : (result.data ?? null),
  });
});
