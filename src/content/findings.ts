import type { Diagnostic } from './diagnostics';
import type { Path, YamlSource } from './yaml-source';

/**
 * A problem found while building or checking a scenario, located by its path in the data
 * (and, inside an expression, by a character offset). Paths become file:line:col at the end,
 * after warnings silenced in the file have been dropped.
 */
export interface Finding {
  readonly path: Path;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly suggestion?: string | undefined;
  /** A character offset inside the string at `path` (an expression). */
  readonly offset?: number;
  /** Point at the key rather than the value (for unknown or misspelt keys). */
  readonly atKey?: boolean;
}

export class FindingList {
  readonly items: Finding[] = [];

  error(path: Path, code: string, message: string, suggestion?: string, extra: Partial<Finding> = {}): void {
    this.items.push({ path, severity: 'error', code, message, suggestion, ...extra });
  }

  warn(path: Path, code: string, message: string, suggestion?: string, extra: Partial<Finding> = {}): void {
    this.items.push({ path, severity: 'warning', code, message, suggestion, ...extra });
  }

  get hasErrors(): boolean {
    return this.items.some((finding) => finding.severity === 'error');
  }
}

type Silences = Readonly<Record<string, string>>;

function silencesAt(data: unknown, path: Path): Silences | undefined {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  if (node === null || typeof node !== 'object') return undefined;
  const silence = (node as { silence?: unknown }).silence;
  return silence !== null && typeof silence === 'object' ? (silence as Silences) : undefined;
}

/**
 * Drops warnings that an enclosing item silences (`silence: {code: reason}`), and warns about
 * silences that no longer match anything, so stale ones do not pile up.
 */
export function applySilences(findings: readonly Finding[], data: unknown): Finding[] {
  const used = new Set<string>();
  const kept = findings.filter((finding) => {
    if (finding.severity === 'error') return true;
    for (let depth = finding.path.length; depth >= 0; depth -= 1) {
      const owner = finding.path.slice(0, depth);
      if (silencesAt(data, owner)?.[finding.code] !== undefined) {
        used.add(`${JSON.stringify(owner)}|${finding.code}`);
        return false;
      }
    }
    return true;
  });
  for (const silence of allSilences(data)) {
    if (!used.has(`${JSON.stringify(silence.owner)}|${silence.code}`)) {
      kept.push({
        path: [...silence.owner, 'silence', silence.code],
        severity: 'warning',
        code: 'unused-silence',
        message: `nothing here raises '${silence.code}' any more`,
        suggestion: 'remove this silence',
        atKey: true,
      });
    }
  }
  return kept;
}

function allSilences(data: unknown): { owner: Path; code: string }[] {
  const found: { owner: Path; code: string }[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'silence' && value !== null && typeof value === 'object') {
          for (const code of Object.keys(value)) found.push({ owner: path, code });
        } else {
          walk(value, [...path, key]);
        }
      }
    }
  };
  walk(data, []);
  return found;
}

export function locateFindings(findings: readonly Finding[], source: YamlSource): Diagnostic[] {
  return findings.map((finding) => {
    const position =
      finding.offset !== undefined
        ? source.locateInString(finding.path, finding.offset)
        : finding.atKey === true
          ? source.locateKey(finding.path)
          : source.locate(finding.path);
    return {
      file: source.file,
      ...position,
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
      ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
    };
  });
}
