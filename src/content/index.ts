/** Scenario files: format, loading with located errors, checks. */
export { checkScenarioText, type CheckResult } from './check-scenario';
export { fileTooLarge, formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics';
export { CURRENT_FORMAT, ScenarioFile } from './scenario-schema';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes';
