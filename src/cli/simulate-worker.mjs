// Worker threads start without the TypeScript loader the command line runs under; register it,
// then run the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./simulate-worker.ts');
