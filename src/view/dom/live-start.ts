import type { TemplateResult } from 'lit-html';
import type { LiveCommands, LiveStore } from '../../ui/live-store';
import type { ViewContext } from './view-context';

/** What the live screens need from the app: the store, the commands, and the screens once their module has loaded. */
export interface LiveUi {
  readonly store: LiveStore;
  readonly commands: LiveCommands;
  joinLink(code: string): string;
  /** The live session this device's teacher is running, if any. */
  keptCode(): string | null;
  /** The live screens' module, loaded on first use (null until then: the title never downloads it). */
  screens: null | {
    student(ctx: ViewContext, live: LiveUi): TemplateResult;
    teacher(ctx: ViewContext, live: LiveUi): TemplateResult;
    /** The teacher page's section that opens a live session. */
    start(ctx: ViewContext, live: LiveUi): TemplateResult;
  };
  /** Loads the live screens' module (the teacher page asks for it to draw its live section). */
  load(): void;
}
