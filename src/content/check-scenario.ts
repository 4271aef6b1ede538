import type { Scenario } from '../engine';
import { buildScenario } from './build-scenario';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics';
import { applySilences, FindingList, locateFindings } from './findings';
import { migrate } from './migrations';
import { CURRENT_FORMAT, ScenarioFile, type ScenarioFileData } from './scenario-schema';
import { addSchemaFindings } from './schema-findings';
import { runStaticChecks } from './static-checks';
import { parseYaml } from './yaml-source';

export interface CheckResult {
  /** The runnable scenario, or null when there is any error. */
  readonly scenario: Scenario | null;
  readonly diagnostics: readonly Diagnostic[];
  /** The validated, migrated data the scenario was built from (for shipping precompiled). */
  readonly data?: ScenarioFileData;
}

/**
 * The one scenario checker, shared by the command line, the dev server, the tests and the
 * browser: parses, migrates, validates, builds and checks, and reports every problem at once.
 */
export function checkScenarioText(file: string, text: string): CheckResult {
  const parsed = parseYaml(file, text);
  // An empty file (or one holding only comments or `~`) parses to null without any YAML error:
  // it goes on to be reported as missing its format, rather than failing with no message at all.
  if (parsed.source === null || (parsed.data === null && hasErrors(parsed.diagnostics))) {
    return { scenario: null, diagnostics: sortDiagnostics(parsed.diagnostics) };
  }
  const { source } = parsed;
  const findings = new FindingList();
  const migration = migrate(parsed.data);
  switch (migration.kind) {
    case 'missing':
      findings.error(
        ['format'],
        'missing-format',
        'the file must start with the format version it is written in',
        `add 'format: ${CURRENT_FORMAT}' at the top`,
      );
      break;
    case 'too-new':
      findings.error(
        ['format'],
        'format-too-new',
        `this file is in format ${migration.format}, but this version of Crisis Desk reads formats up to ${CURRENT_FORMAT}`,
        'update Crisis Desk to open it',
      );
      break;
    case 'unknown':
      findings.error(['format'], 'format-unknown', `format ${migration.format} is not a format Crisis Desk ever had`);
      break;
    case 'migrated':
      findings.warn(
        ['format'],
        'old-format',
        `this file is in format ${migration.from}; it was migrated to format ${CURRENT_FORMAT} on loading`,
        `see docs/authoring.md to update it`,
      );
      break;
    case 'current':
      break;
  }
  if (migration.kind !== 'current' && migration.kind !== 'migrated') {
    return { scenario: null, diagnostics: finish(findings, parsed.data, source, parsed.diagnostics) };
  }
  const validated = ScenarioFile.safeParse(migration.data);
  if (!validated.success) {
    addSchemaFindings(validated.error.issues, migration.data, ScenarioFile, findings);
    salvageNames(migration.data, validated.error.issues, findings);
    return { scenario: null, diagnostics: finish(findings, parsed.data, source, parsed.diagnostics) };
  }
  const baseName = /([^/\\]+)\.ya?ml$/.exec(file)?.[1];
  if (baseName !== undefined && baseName !== validated.data.id) {
    findings.warn(
      ['id'],
      'id-mismatch',
      `the id '${validated.data.id}' differs from the file name '${baseName}': the game finds shipped scenarios by file name`,
      `rename the file ${validated.data.id}.yaml, or change the id`,
    );
  }
  const { scenario, provenance } = buildScenario(validated.data, findings);
  if (!findings.hasErrors) runStaticChecks(scenario, validated.data, provenance, findings);
  const diagnostics = finish(findings, parsed.data, source, parsed.diagnostics);
  return hasErrors(diagnostics) ? { scenario: null, diagnostics } : { scenario, diagnostics, data: validated.data };
}

/** The codes of problems with names and expressions: those still worth reporting while the file's shape is wrong. */
const NAME_CODES = new Set([
  'unknown-name',
  'unknown-state',
  'expression-syntax',
  'type-mismatch',
  'unsupported-syntax',
  'unknown-function',
  'wrong-arguments',
  'bad-date',
  'duplicate-id',
  'reserved-name',
]);

/**
 * Every error at once: with shape errors in a file, the items that have them are set aside and
 * the rest is built anyway, so that misspelt names and broken expressions elsewhere are reported
 * in the same pass. Names declared by the items set aside still count as declared.
 */
function salvageNames(data: unknown, issues: readonly { readonly path: readonly PropertyKey[] }[], findings: FindingList): void {
  if (data === null || typeof data !== 'object') return;
  const record = data as Record<string, unknown>;
  const broken = new Map<string, Set<number>>();
  const salvaged: Record<string, unknown> = { ...record };
  for (const issue of issues) {
    const [section, index] = issue.path;
    if (typeof section !== 'string') return;
    if (typeof index !== 'number' || !Array.isArray(record[section])) {
      // A broken top-level text is stood in for; anything else is left out (and if it is required, nothing is salvaged).
      if (section === 'title' || section === 'summary' || section === 'role') salvaged[section] = '-';
      else delete salvaged[section];
      continue;
    }
    let set = broken.get(section);
    if (set === undefined) broken.set(section, (set = new Set()));
    set.add(index);
  }
  const kept = new Map<string, number[]>();
  const setAsideIds = new Set<string>();
  for (const [section, indexes] of broken) {
    const items = record[section] as unknown[];
    const keep = items.flatMap((_, i) => (indexes.has(i) ? [] : [i]));
    for (const i of indexes) {
      const id = (items[i] as { id?: unknown } | null)?.id;
      if (typeof id === 'string') setAsideIds.add(id);
    }
    kept.set(section, keep);
    salvaged[section] = keep.map((i) => items[i]);
  }
  const second = ScenarioFile.safeParse(salvaged);
  if (!second.success) return;
  const names = new FindingList();
  buildScenario(second.data, names);
  for (const item of names.items) {
    if (item.severity !== 'error' || !NAME_CODES.has(item.code)) continue;
    if (item.code === 'unknown-name' && [...setAsideIds].some((id) => item.message.includes(`'${id}'`))) continue;
    const [section, index, ...rest] = item.path;
    const original = typeof section === 'string' && typeof index === 'number' ? kept.get(section)?.[index] : undefined;
    const path = original === undefined ? item.path : [section as string, original, ...rest];
    findings.items.push({ ...item, path });
  }
}

function finish(
  findings: FindingList,
  data: unknown,
  source: Parameters<typeof locateFindings>[1],
  earlier: readonly Diagnostic[],
): Diagnostic[] {
  return sortDiagnostics([...earlier, ...locateFindings(applySilences(findings.items, data), source)]);
}
