import {
  compileAmount,
  compileCondition,
  type Amount,
  type Chance,
  type Condition,
  type Effect,
  type Expr,
  type ExprType,
  type Localized,
  type RichText,
} from '../engine';
import { didYouMean } from './diagnostics';
import { compileExpression, type NameTable } from './expression-compiler';
import type { FindingList } from './findings';
import type { RichTextInput, TextInput } from './scenario-schema';

/** What braces in text can show besides meters. */
const SLOT_NAMES = new Set(['capital', 'turn', 'turns_left']);
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

  /**
   * Text that may depend on the game: variants (each but the last with a condition) and {names}
   * in braces, checked against the names a text can show.
   */
  richText(input: RichTextInput, path: Path): RichText {
    const variants = Array.isArray(input)
      ? input.map((variant, i) => {
          const at = [...path, i];
          if (variant.when === undefined && i < input.length - 1) {
            this.findings.error([...at], 'variant-order', 'only the last variant may go without a when: condition', 'move it to the end');
          }
          return { when: this.condition(variant.when, [...at, 'when']), text: this.text(variant.text, [...at, 'text']) };
        })
      : [{ when: null, text: this.text(input, path) }];
    const slots = new Set<string>();
    variants.forEach((variant, i) => {
      for (const [language, text] of Object.entries(variant.text)) {
        for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
          const name = match[1] ?? '';
          const at = Array.isArray(input) ? [...path, i, 'text', language] : typeof input === 'string' ? path : [...path, language];
          if (SLOT_NAMES.has(name) || this.names.meters.has(name)) slots.add(name);
          else {
            this.findings.error(
              at,
              'unknown-name',
              `unknown name '{${name}}' in text: braces show a meter, capital, turn or turns_left`,
              didYouMean(name, [...this.names.meters.keys(), ...SLOT_NAMES]),
            );
          }
        }
      }
    });
    return { variants, slots: [...slots] };
  }

  /** A chance: a probability as written, or an expression read when it is needed. */
  chance(input: number | string, path: Path): Chance {
    return this.amount(input, path);
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
