import { html, render, type TemplateResult } from 'lit-html';
import type { LiveUi } from './live-start';
import { openModals } from './modal';
import { installShortcuts } from './shortcuts';
import { deskScreen } from './desk-screen';
import { debriefScreen } from './debrief-screen';
import { classErrorScreen, errorScreen } from './error-screen';
import { replayScreen } from './replay-screen';
import { resultsScreen } from './results-screen';
import { roleCardsScreen } from './roles-view';
import { teacherScreen } from './teacher-screen';
import type { TeacherStore } from '../../ui/teacher-store';
import { titleScreen } from './title-screen';
import { translatorFor, type ViewContext } from './view-context';

function screenTemplate(ctx: ViewContext, teacher: TeacherStore, live: LiveUi | undefined): TemplateResult {
  switch (ctx.session.getState().screen) {
    case 'live':
    case 'live-teacher': {
      const screens = live?.screens ?? null;
      if (live === undefined || screens === null) {
        return html`<p class="screen" role="status">${translatorFor(ctx.settings.getState().language)('app.loading')}</p>`;
      }
      return ctx.session.getState().screen === 'live' ? screens.student(ctx, live) : screens.teacher(ctx, live);
    }
    case 'teacher':
      return teacherScreen(ctx, teacher, live);
    case 'results':
      return resultsScreen(ctx);
    case 'roles':
      return roleCardsScreen(ctx);
    case 'replay':
      return replayScreen(ctx);
    case 'class-error':
      return classErrorScreen(ctx);
    case 'title':
      return titleScreen(ctx);
    case 'desk':
      return deskScreen(ctx);
    case 'ending':
      return debriefScreen(ctx);
    case 'scenario-error':
      return errorScreen(ctx);
    case 'loading':
      return titleScreen(ctx);
  }
}

/** A token that changes when the player arrives somewhere new; focus moves only then, never mid-task. */
function placeToken(ctx: ViewContext): string {
  const { screen, phase, game, replay } = ctx.session.getState();
  return `${screen}|${phase ?? ''}|${game?.turn ?? ''}|${replay?.index ?? ''}|${ctx.panels.getState().open ?? ''}`;
}

/**
 * Renders the DOM layer (every control of the game) from the stores, and re-renders on any
 * change. lit-html updates in place, so focus and half-typed input survive re-renders.
 */
export function mountUi(root: HTMLElement, ctx: ViewContext, teacher: TeacherStore, live?: LiveUi): () => void {
  let lastPlace = '';
  let lastRevealed = 0;
  let scheduled = false;
  // The page's static "Loading…" placeholder goes; lit-html owns the container from here on.
  root.replaceChildren();
  const draw = (): void => {
    scheduled = false;
    render(screenTemplate(ctx, teacher, live), root);
    openModals(root);
    document.documentElement.lang = ctx.settings.getState().language;
    document.title = translatorFor(ctx.settings.getState().language)('app.name');
    const place = placeToken(ctx);
    const { revealed } = ctx.panels.getState();
    if (place !== lastPlace) {
      const newTurn = place.split('|').slice(0, 4).join('|') !== lastPlace.split('|').slice(0, 4).join('|');
      lastPlace = place;
      // A new turn starts at the top of the briefing, not where the last one was scrolled to.
      if (newTurn) root.querySelector('.side')?.scrollTo({ top: 0 });
      const scope = root.querySelector<HTMLElement>('dialog[open]') ?? root;
      const target =
        scope.querySelector<HTMLElement>('[data-autofocus]:not([data-autofocus=""])') ??
        scope.querySelector<HTMLElement>('[data-autofocus]');
      target?.focus({ preventScroll: false });
    } else if (revealed > lastRevealed) {
      root.querySelector<HTMLElement>('[data-revealed]')?.focus();
    }
    lastRevealed = revealed;
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(draw);
  };
  const unsubscribers = [
    ctx.session.subscribe(schedule),
    ctx.selection.subscribe(schedule),
    ctx.settings.subscribe(schedule),
    ctx.panels.subscribe(schedule),
    teacher.subscribe(schedule),
    ...(live === undefined ? [] : [live.store.subscribe(schedule)]),
    installShortcuts(root, ctx),
  ];
  draw();
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
