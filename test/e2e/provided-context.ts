import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served for the browser tests. */
    baseUrl: string;
  }
}
