/**
 * Every code the checker can report, with its severity. docs/authoring.md explains each one;
 * a test keeps the two in step, so a designer never meets a code the guide does not explain.
 */
export const DIAGNOSTIC_CODES = {
  // Reading the file
  'file-too-large': 'error',
  'check-failed': 'error',
  'yaml-syntax': 'error',
  'yaml-warning': 'warning',
  'duplicate-key': 'error',
  'yaml-alias': 'error',
  // Format version
  'missing-format': 'error',
  'format-too-new': 'error',
  'format-unknown': 'error',
  'old-format': 'warning',
  // Shape of the data
  'unknown-key': 'error',
  'missing-key': 'error',
  'wrong-type': 'error',
  'out-of-range': 'error',
  'bad-value': 'error',
  'bad-range': 'error',
  'effect-shape': 'error',
  'stray-key': 'error',
  'bad-calendar': 'error',
  'variant-order': 'error',
  'duplicate-role': 'error',
  // Names
  'duplicate-id': 'error',
  'reserved-name': 'error',
  'unknown-name': 'error',
  'unknown-state': 'error',
  'unknown-language': 'warning',
  'unknown-scenario': 'error',
  'id-mismatch': 'warning',
  'bad-reference': 'error',
  // Expressions
  'expression-syntax': 'error',
  'type-mismatch': 'error',
  'unsupported-syntax': 'error',
  'unknown-function': 'error',
  'wrong-arguments': 'error',
  'bad-date': 'error',
  // Endings and reachability
  'ending-always': 'error',
  'no-fallback-ending': 'error',
  'ending-unreachable': 'error',
  'action-too-expensive': 'error',
  'assertion-always-fails': 'error',
  'never-true': 'warning',
  'always-true': 'warning',
  'compare-out-of-range': 'warning',
  'unreachable-state': 'warning',
  'initial-entry-ignored': 'warning',
  'final-with-transitions': 'warning',
  'no-action-on-turn': 'warning',
  'event-never-happens': 'warning',
  'cliff-not-drawn': 'warning',
  // Unused and unchanging names
  'unused-meter': 'warning',
  'meter-never-changes': 'warning',
  'unused-flag': 'warning',
  'flag-never-set': 'warning',
  'flag-never-read': 'warning',
  'unused-actor': 'warning',
  'unused-family': 'warning',
  'unused-source': 'warning',
  'no-source': 'warning',
  'unused-silence': 'warning',
  // Text
  'missing-translation': 'warning',
  'text-too-long': 'warning',
} as const satisfies Record<string, 'error' | 'warning'>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
