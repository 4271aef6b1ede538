import type { Scenario } from '../engine';
import type { FindingList } from './findings';
import type { ScenarioFileData } from './scenario-schema';

/** Checks that need the whole, well-formed scenario: grown in the scenario-format work. */
export function runStaticChecks(scenario: Scenario, data: ScenarioFileData, findings: FindingList): void {
  void scenario;
  void data;
  void findings;
}
