import type { Scenario } from '../engine';
import { buildScenario } from './build-scenario';
import { FindingList } from './findings';
import type { ScenarioFileData } from './scenario-schema';

/**
 * Builds a shipped scenario from data the checker already validated at build time. The game's
 * main bundle then carries neither the YAML parser nor the schema library: those load only when
 * a player opens a scenario file of their own.
 */
export function scenarioFromCheckedData(data: ScenarioFileData): Scenario | null {
  const findings = new FindingList();
  const { scenario } = buildScenario(data, findings);
  return findings.hasErrors ? null : scenario;
}
