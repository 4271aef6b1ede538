import { LIMITS } from '../engine/limits';
/** One problem found in a scenario file, located to the character. */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly suggestion?: string;
}

/** `file:line:col: severity code: message (suggestion)`: the shape compilers use and editors parse. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.suggestion === undefined ? '' : ` (${d.suggestion})`;
  return `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${d.message}${hint}`;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error');

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The closest known name to a misspelt one, if it is close enough to be a likely typo. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(name.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  const close = closestName(name, known);
  return close === undefined ? undefined : `did you mean '${close}'?`;
}

/**
 * The refusal of a file too large to be a scenario. Here, away from the YAML parser, because the
 * page gives it without reading the file (and without loading the checker).
 */
export function fileTooLarge(file: string, size: number): Diagnostic {
  const limit = LIMITS.scenarioBytes;
  return {
    file,
    line: 1,
    col: 1,
    severity: 'error',
    code: 'file-too-large',
    message: `the file is ${size.toLocaleString('en')} bytes; the limit is ${limit.toLocaleString('en')}`,
  };
}
