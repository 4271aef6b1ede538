import type { FindingList } from '../findings';
import type { ScenarioFileData } from '../scenario-schema';
import type { Path } from '../yaml-source';

/**
 * How much text fits where it is shown, in characters, measured on the phone layout. Beyond
 * this, text is cut, wraps badly or pushes the controls off the screen.
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  title: 80,
  summary: 600,
  role: 160,
  'capital.label': 32,
  'meters.*.label': 32,
  'meters.*.description': 200,
  'meters.*.rungs.*': 24,
  'meters.*.marks.*.label': 32,
  'modes.*.label': 32,
  'modes.*.description': 200,
  'player.name': 40,
  'flags.*.label': 60,
  'places.*.name': 20,
  'actors.*.name': 40,
  'actors.*.role': 160,
  'families.*.label': 32,
  'actions.*.title': 60,
  'actions.*.text': 240,
  'events.*.title': 80,
  'events.*.text': 420,
  'events.*.decision.prompt': 140,
  'events.*.decision.responses.*.title': 60,
  'events.*.decision.responses.*.text': 240,
  'memos.*.title': 80,
  'memos.*.text': 420,
  'storylines.*.label': 40,
  'storylines.*.states.*.label': 40,
  'storylines.*.states.*.text': 420,
  'storylines.*.states.*.hint': 200,
  'storylines.*.file.summary': 200,
  'endings.*.title': 60,
  'endings.*.text': 900,
  'epilogues.*.label': 40,
  'roles.*.name': 40,
  'roles.*.brief': 700,
  'roles.*.interests.*.label': 80,
  'epilogues.*.text': 500,
  'prediction.question': 140,
  'prediction.options.*.label': 60,
  'predictions.*.question': 140,
  'predictions.*.options.*.label': 60,
  'debrief.history.*.text': 700,
  'debrief.questions.*': 300,
  'debrief.content_notes.*': 700,
};

/** Every player-facing text in the file, with its path and the pattern that names its limit. */
function* textsOf(data: unknown): Generator<{ path: Path; pattern: string; value: unknown }> {
  for (const pattern of Object.keys(TEXT_LIMITS)) {
    const walk = function* (
      node: unknown,
      rest: string[],
      path: (string | number)[],
    ): Generator<{ path: Path; pattern: string; value: unknown }> {
      if (rest.length === 0) {
        // Text with variants: each variant's text is checked where it is written.
        if (Array.isArray(node)) {
          for (let i = 0; i < node.length; i += 1) {
            yield { path: [...path, i, 'text'], pattern, value: (node[i] as { text?: unknown }).text };
          }
        } else if (node !== undefined) yield { path, pattern, value: node };
        return;
      }
      const [head, ...tail] = rest;
      if (head === '*') {
        if (Array.isArray(node)) for (let i = 0; i < node.length; i += 1) yield* walk(node[i], tail, [...path, i]);
      } else if (node !== null && typeof node === 'object' && head !== undefined) {
        yield* walk((node as Record<string, unknown>)[head], tail, [...path, head]);
      }
    };
    yield* walk(data, pattern.split('.'), []);
  }
}

export function textChecks(data: ScenarioFileData, findings: FindingList): void {
  const languages = data.languages;
  for (const { path, pattern, value } of textsOf(data)) {
    const limit = TEXT_LIMITS[pattern] ?? Infinity;
    const byLanguage: Record<string, string> =
      typeof value === 'string' ? { [languages[0] ?? 'en']: value } : (value as Record<string, string>);
    const missing = languages.filter((language) => byLanguage[language] === undefined);
    if (missing.length > 0) {
      findings.warn(
        path,
        'missing-translation',
        `no ${missing.join(', ')} text here`,
        `add ${missing.map((language) => `${language}: "..."`).join(', ')}`,
      );
    }
    for (const [language, text] of Object.entries(byLanguage)) {
      if (text.length > limit) {
        findings.warn(path, 'text-too-long', `the ${language} text is ${text.length} characters; ${limit} fit on the screen`, 'shorten it');
      }
    }
  }
}
