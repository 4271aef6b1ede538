import type { z } from 'zod';
import { didYouMean } from './diagnostics';
import type { FindingList } from './findings';
import type { Path } from './yaml-source';

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  options?: unknown[];
  valueType?: unknown;
  getter?: () => unknown;
};

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** The keys an object at `path` may have, found by walking the schema, for "did you mean". */
function allowedKeys(schema: unknown, path: Path): string[] {
  let node: unknown = schema;
  const unwrap = (): void => {
    for (let def = defOf(node); def !== undefined; def = defOf(node)) {
      if (
        (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') &&
        def.innerType !== undefined
      ) {
        node = def.innerType;
      } else if (def.type === 'lazy' && def.getter !== undefined) node = def.getter();
      else return;
    }
  };
  for (const segment of path) {
    unwrap();
    const def = defOf(node);
    if (def?.type === 'object' && def.shape !== undefined && typeof segment === 'string') node = def.shape[segment];
    else if (def?.type === 'array' && typeof segment === 'number') node = def.element;
    else if (def?.type === 'record') node = def.valueType;
    else return [];
  }
  unwrap();
  const def = defOf(node);
  return def?.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : [];
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function describeType(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value === 'string' ? 'text' : typeof value} ${JSON.stringify(value)}`;
}

function rangeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'array':
    case 'set':
      return `expected ${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}`;
    case 'string':
      return `expected ${small ? 'at least' : 'at most'} ${bound} character${bound === 1 ? '' : 's'}`;
    default:
      return `expected a number ${small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<'} ${bound}`;
  }
}

const LONGEST_SHOWN_KEY = 60;

/** A key as shown in a message: the file is at hand, so a runaway key need not be repeated in full. */
function shortened(key: string): string {
  return key.length <= LONGEST_SHOWN_KEY ? key : `${key.slice(0, LONGEST_SHOWN_KEY)}…`;
}

/**
 * `{en: Sanctions, then talks, fr: ...}`: YAML reads the unquoted comma as the end of the English
 * text, and "then talks" as a key of its own with no value. Say so, and which text was cut.
 */
function strayKey(value: unknown): { key: string; message: string; suggestion: string } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  const index = entries.findIndex(([key, text]) => text === null && !/^[a-z]{2}$/.test(key));
  if (index < 0) return null;
  const key = entries[index]?.[0] ?? '';
  const before = entries.slice(0, index).findLast(([, text]) => typeof text === 'string');
  if (before === undefined) {
    return { key, message: `'${shortened(key)}' is read as a key with no text`, suggestion: 'put the text in quotes' };
  }
  const [language, text] = before;
  return {
    key,
    message: `the ${language} text stops at a comma ("${shortened(String(text))}"), and '${shortened(key)}' is read as a key of its own`,
    suggestion: `put the whole ${language} text in quotes: ${language}: "${shortened(String(text))}, ${shortened(key)}"`,
  };
}

/** Turns schema issues into located findings with plain-language messages. */
export function addSchemaFindings(issues: readonly z.core.$ZodIssue[], data: unknown, schema: unknown, findings: FindingList): void {
  for (const issue of issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const key = path.at(-1);
    if (issue.code !== 'unrecognized_keys' && typeof key === 'string' && valueAt(data, path) === undefined) {
      findings.error(path.slice(0, -1), 'missing-key', `'${key}' is required here`);
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeys(schema, path);
        for (const key of issue.keys) {
          // No format key is longer than 13 characters, so a much longer key is never a typo of one;
          // skipping the edit distance keeps a hostile megabyte-long key from costing seconds.
          const close = key.length <= LONGEST_SHOWN_KEY ? didYouMean(key, allowed) : undefined;
          const suggestion = close ?? (allowed.length > 0 ? `allowed keys: ${allowed.join(', ')}` : undefined);
          findings.error([...path, key], 'unknown-key', `unknown key '${shortened(key)}'`, suggestion, { atKey: true });
        }
        break;
      }
      case 'invalid_type': {
        const value = valueAt(data, path);
        const key = path.at(-1);
        if (value === undefined) findings.error(path.slice(0, -1), 'missing-key', `'${String(key)}' is required here`);
        else {
          findings.error(
            path,
            'wrong-type',
            `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, got ${describeType(value)}`,
          );
        }
        break;
      }
      case 'too_small':
      case 'too_big':
        findings.error(path, 'out-of-range', rangeMessage(issue));
        break;
      case 'invalid_value':
        findings.error(
          path,
          'bad-value',
          `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeType(valueAt(data, path))}`,
        );
        break;
      case 'invalid_union': {
        const stray = strayKey(valueAt(data, path));
        if (stray !== null) {
          findings.error([...path, stray.key], 'stray-key', stray.message, stray.suggestion, { atKey: true });
          break;
        }
        findings.error(path, 'bad-value', issue.message);
        break;
      }
      case 'invalid_format':
      default:
        findings.error(path, 'bad-value', issue.message);
        break;
    }
  }
}
