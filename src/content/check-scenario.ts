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

function finish(
  findings: FindingList,
  data: unknown,
  source: Parameters<typeof locateFindings>[1],
  earlier: readonly Diagnostic[],
): Diagnostic[] {
  return sortDiagnostics([...earlier, ...locateFindings(applySilences(findings.items, data), source)]);
}
