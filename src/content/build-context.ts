import {
  compileAmount,
  compileCondition,
  type Amount,
  type Condition,
  type Effect,
  type Expr,
  type ExprType,
  type Localized,
} from '../engine';
import { didYouMean } from './diagnostics';
import { compileExpression, type NameTable } from './expression-compiler';
import type { FindingList } from './findings';
import type { TextInput } from './scenario-schema';
import type { Path } from './yaml-source';

/** Where each compiled expression and effect came from: the static checks report against these paths. */
export interface Provenance {
  readonly expressions: { readonly path: Path; readonly expr: Expr; readonly role: 'condition' | 'amount' }[];
  readonly effects: { readonly path: Path; readonly effect: Effect }[];
}

/** What every part of the scenario builder shares: the names, the languages, the findings. */
export class BuildContext {
  readonly provenance: Provenance = { expressions: [], effects: [] };

  constructor(
    readonly names: NameTable,
    readonly languages: readonly string[],
    readonly findings: FindingList,
  ) {}

  /** Normalises text to one string per language; a plain string is the scenario's first language. */
  text(input: TextInput, path: Path): Localized {
    const first = this.languages[0] ?? 'en';
    if (typeof input === 'string') return { [first]: input };
    for (const language of Object.keys(input)) {
      if (!this.languages.includes(language)) {
        this.findings.warn(
          [...path, language],
          'unknown-language',
          `'${language}' is not one of the scenario's languages (${this.languages.join(', ')})`,
          undefined,
          { atKey: true },
        );
      }
    }
    return input;
  }

  private expression(source: string, path: Path, type: ExprType) {
    const { expr, problems } = compileExpression(source, this.names, type);
    for (const problem of problems) {
      this.findings.error(path, problem.code, problem.message, problem.suggestion, { offset: problem.offset });
    }
    if (expr !== null) this.provenance.expressions.push({ path, expr, role: type === 'boolean' ? 'condition' : 'amount' });
    return expr;
  }

  condition(source: string | undefined, path: Path): Condition | null {
    if (source === undefined) return null;
    const expr = this.expression(source, path, 'boolean');
    if (expr === null) return { source, expr: { kind: 'boolean', value: false, at: 0 }, test: () => false };
    return { source, expr, test: compileCondition(expr) };
  }

  /** A condition that the schema already requires to be present. */
  requiredCondition(source: string, path: Path): Condition {
    const expr = this.expression(source, path, 'boolean');
    if (expr === null) return { source, expr: { kind: 'boolean', value: false, at: 0 }, test: () => false };
    return { source, expr, test: compileCondition(expr) };
  }

  amount(input: number | string, path: Path): Amount {
    if (typeof input === 'number') {
      return { source: String(input), expr: { kind: 'number', value: input, at: 0 }, value: () => input };
    }
    const expr = this.expression(input, path, 'number');
    if (expr === null) return { source: input, expr: { kind: 'number', value: 0, at: 0 }, value: () => 0 };
    return { source: input, expr, value: compileAmount(expr) };
  }

  /** Reports references to undeclared ids, with a "did you mean". */
  reference(
    id: string,
    known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    what: string,
    path: Path,
    options: { atKey?: boolean; suggestFrom?: Iterable<string> } = {},
  ): boolean {
    if (known.has(id)) return true;
    const suggestion = didYouMean(id, options.suggestFrom ?? known.keys());
    this.findings.error(path, 'unknown-name', `unknown ${what} '${id}'`, suggestion, { atKey: options.atKey === true });
    return false;
  }
}
