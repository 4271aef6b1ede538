import type { Scenario } from '../engine';
import type { Provenance } from './build-context';
import { logicChecks } from './checks/logic-checks';
import { nameChecks } from './checks/name-checks';
import { possibilityOf } from './checks/possibility';
import { textChecks } from './checks/text-checks';
import { usageOf } from './checks/usage';
import type { FindingList } from './findings';
import type { ScenarioFileData } from './scenario-schema';

/** Checks that need the whole, well-formed scenario: unused names, impossible content, dead ends, text. */
export function runStaticChecks(scenario: Scenario, data: ScenarioFileData, provenance: Provenance, findings: FindingList): void {
  const usage = usageOf(scenario, provenance);
  const possible = possibilityOf(scenario, usage);
  logicChecks(scenario, usage, possible, provenance, findings);
  nameChecks(scenario, usage, findings);
  textChecks(data, findings);
}
