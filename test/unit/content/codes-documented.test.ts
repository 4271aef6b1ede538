import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../../src/content';

const guide = readFileSync('docs/authoring.md', 'utf8');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(`${dir}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${dir}/${entry.name}`] : [],
  );

/** Kebab-case strings in src/content that are not diagnostic codes. */
const NOT_CODES = new Set(['set-flag', 'set-meter', 'storyline-is', 'too-new', 'turns-left', 'rich-text']);

describe('checker codes', () => {
  it('are each explained in docs/authoring.md with their severity', () => {
    for (const [code, severity] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(guide, code).toContain(`| \`${code}\` | ${severity} |`);
    }
  });

  it('cover every code the loader and the checks can report', () => {
    const emitted = new Set<string>();
    for (const file of sources('src/content')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)) if (!NOT_CODES.has(match[1]!)) emitted.add(match[1]!);
    }
    expect(emitted.size).toBeGreaterThan(30);
    for (const code of emitted) expect(Object.keys(DIAGNOSTIC_CODES), code).toContain(code);
  });
});
