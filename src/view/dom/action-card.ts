import { html, nothing, type TemplateResult } from 'lit-html';
import type { ActionCardView } from '../../ui/desk-view';
import type { Translator, ViewContext } from './view-context';

/** Lights the places an option touches while it is under the pointer or has focus; the board draws them. */
export function lightPlaces(ctx: ViewContext, places: readonly string[]) {
  return {
    on: (): void => ctx.panels.getState().light(places),
    off: (): void => ctx.panels.getState().light([]),
  };
}

/**
 * One option: the button is its title and the card its hit area, so the accessible name is the
 * visible title. Who it touches is shown, never by how much; its alternatives are named.
 */
export function actionCard(card: ActionCardView, key: number | null, ctx: ViewContext, t: Translator, left: number): TemplateResult {
  const toggle = (): void => {
    if (!card.affordable) return;
    ctx.selection.getState().toggle(card.id);
    const message = card.selected ? 'announce.deselected' : 'announce.selected';
    ctx.announce(t(message, { title: card.title, left: card.selected ? left + card.cost : left - card.cost }));
  };
  const lit = lightPlaces(ctx, card.places);
  const votes = ctx.panels.getState().votes[card.id] ?? 0;
  const { projector } = ctx.settings.getState();
  return html`<li class="card-slot" @mouseenter=${lit.on} @mouseleave=${lit.off} @focusin=${lit.on} @focusout=${lit.off}>
    <div
      class="card family-${card.family} ${card.selected ? 'selected' : ''} ${card.affordable ? '' : 'unaffordable'} ${card.standing
        ? 'standing'
        : ''}"
    >
      <span class="card-family"
        >${key !== null ? html`<kbd class="card-key" aria-hidden="true">${key}</kbd>` : nothing}${card.familyLabel}</span
      >
      <button
        type="button"
        class="card-button"
        data-key=${`card-${card.id}`}
        aria-pressed=${card.selected ? 'true' : 'false'}
        aria-disabled=${card.affordable ? 'false' : 'true'}
        aria-describedby=${`card-${card.id}-text card-${card.id}-meta`}
        aria-keyshortcuts=${key !== null ? String(key) : nothing}
        @click=${toggle}
      >
        ${card.title}
      </button>
      <span class="card-text" id=${`card-${card.id}-text`}>${card.text}</span>
      <span class="card-meta" id=${`card-${card.id}-meta`}>
        <span class="card-cost">${t('desk.cost', { cost: card.cost })}</span>
        ${card.touches.length > 0
          ? html`<span class="card-touches">${t('desk.touches', { who: card.touches.join(', ') })}</span>`
          : nothing}
        ${card.alternatives.length > 0
          ? html`<span class="card-alternatives">${t('desk.instead', { of: card.alternatives.join(', ') })}</span>`
          : nothing}
        ${card.selected
          ? html`<span class="card-state">✓ ${t('desk.selected')}</span>`
          : card.affordable
            ? nothing
            : html`<span class="card-state">${t('desk.unaffordable')}</span>`}
      </span>
    </div>
    ${projector
      ? html`<div class="votes">
          <button
            type="button"
            class="vote-step"
            aria-label=${t('desk.voteLess', { title: card.title })}
            @click=${() => ctx.panels.getState().vote(card.id, votes - 1)}
          >
            −
          </button>
          <label
            ><span class="sr-only">${t('desk.votes', { title: card.title })}</span>
            <input
              type="number"
              min="0"
              max="999"
              inputmode="numeric"
              .value=${String(votes)}
              @change=${(e: Event) => ctx.panels.getState().vote(card.id, Number((e.target as HTMLInputElement).value) || 0)}
          /></label>
          <button
            type="button"
            class="vote-step"
            aria-label=${t('desk.voteMore', { title: card.title })}
            @click=${() => ctx.panels.getState().vote(card.id, votes + 1)}
          >
            +
          </button>
        </div>`
      : nothing}
  </li>`;
}
