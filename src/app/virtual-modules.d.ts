declare module 'virtual:shipped-scenarios' {
  /**
   * The shipped scenarios, checked at build time (see scripts/vite-shipped-scenarios.ts): `title`
   * is the scenario's localized title, `diagnostics` the checker's Diagnostic list, and `load`
   * brings the validated ScenarioFileData (null when the file has errors).
   */
  const entries: readonly {
    readonly file: string;
    readonly id: string;
    readonly title: unknown;
    readonly diagnostics: readonly unknown[];
    readonly load: () => Promise<{ readonly default: unknown }>;
  }[];
  export default entries;
}
