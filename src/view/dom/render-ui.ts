import { render, type TemplateResult } from 'lit-html';
import { deskScreen } from './desk-screen';
import { endingScreen } from './ending-screen';
import { errorScreen } from './error-screen';
import { titleScreen } from './title-screen';
import { translatorFor, type ViewContext } from './view-context';

function screenTemplate(ctx: ViewContext): TemplateResult {
  switch (ctx.session.getState().screen) {
    case 'title':
      return titleScreen(ctx);
    case 'desk':
      return deskScreen(ctx);
    case 'ending':
      return endingScreen(ctx);
    case 'scenario-error':
      return errorScreen(ctx);
    case 'loading':
      return titleScreen(ctx);
  }
}

/** A token that changes when the player arrives somewhere new; focus moves only then, never mid-task. */
function placeToken(ctx: ViewContext): string {
  const { screen, phase, game } = ctx.session.getState();
  return `${screen}|${phase ?? ''}|${game?.turn ?? ''}`;
}

/**
 * Renders the DOM layer (every control of the game) from the stores, and re-renders on any
 * change. lit-html updates in place, so focus and half-typed input survive re-renders.
 */
export function mountUi(root: HTMLElement, ctx: ViewContext): () => void {
  let lastPlace = '';
  let scheduled = false;
  // The page's static "Loading…" placeholder goes; lit-html owns the container from here on.
  root.replaceChildren();
  const draw = (): void => {
    scheduled = false;
    render(screenTemplate(ctx), root);
    document.documentElement.lang = ctx.settings.getState().language;
    document.title = translatorFor(ctx.settings.getState().language)('app.name');
    const place = placeToken(ctx);
    if (place !== lastPlace) {
      lastPlace = place;
      const target =
        root.querySelector<HTMLElement>('[data-autofocus]:not([data-autofocus=""])') ?? root.querySelector<HTMLElement>('[data-autofocus]');
      target?.focus({ preventScroll: false });
    }
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(draw);
  };
  const unsubscribers = [ctx.session.subscribe(schedule), ctx.selection.subscribe(schedule), ctx.settings.subscribe(schedule)];
  draw();
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
