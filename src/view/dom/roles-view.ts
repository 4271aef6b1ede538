import { html, nothing, type TemplateResult } from 'lit-html';
import { gameOnScreen } from '../../ui/on-screen';
import { roleCards, roleOutcomes } from '../../ui/roles-view';
import { translatorFor, type Translator, type ViewContext } from './view-context';

/** On the title: which part of the cabinet this group plays, when the class plays in roles. */
export function rolePicker(ctx: ViewContext): TemplateResult | typeof nothing {
  const { scenario } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  if (scenario === null || scenario.roles.length === 0) return nothing;
  const t = translatorFor(language);
  const chosen = ctx.panels.getState().role ?? '';
  return html`<label class="field role-picker"
    ><span>${t('roles.pick')}</span>
    <select @change=${(e: Event) => ctx.panels.getState().chooseRole((e.target as HTMLSelectElement).value || null)}>
      <option value="" ?selected=${chosen === ''}>${t('roles.none')}</option>
      ${roleCards(scenario, language).map((card) => html`<option value=${card.id} ?selected=${card.id === chosen}>${card.name}</option>`)}
    </select></label
  >`;
}

/** On the desk: the group's private brief, folded, one press away. */
export function roleBrief(ctx: ViewContext, t: Translator): TemplateResult | typeof nothing {
  const { scenario } = ctx.session.getState();
  const { role } = ctx.panels.getState();
  const card =
    scenario === null ? undefined : roleCards(scenario, ctx.settings.getState().language).find((candidate) => candidate.id === role);
  if (card === undefined) return nothing;
  return html`<details class="role-brief">
    <summary>${t('roles.yourBrief', { role: card.name })}</summary>
    <p>${card.brief}</p>
    <p class="quiet">${t('roles.judgedBy')}</p>
    <ul>
      ${card.interests.map((interest) => html`<li>${interest}</li>`)}
    </ul>
  </details>`;
}

/** In the debrief: how each role's interests fared, the player's own first, with the question to discuss. */
export function roleDebrief(ctx: ViewContext, t: Translator): TemplateResult | typeof nothing {
  const state = ctx.session.getState();
  const { scenario } = state;
  const game = gameOnScreen(state);
  const { language } = ctx.settings.getState();
  if (scenario === null || game === null || scenario.roles.length === 0) return nothing;
  const mine = ctx.panels.getState().role;
  const outcomes = roleOutcomes(scenario, game, language).sort((a, b) => Number(b.id === mine) - Number(a.id === mine));
  return html`<section id="debrief-roles" aria-labelledby="roles-heading">
    <h2 id="roles-heading">${t('roles.debrief')}</h2>
    <p>${t('roles.debriefIntro')}</p>
    <ul class="role-outcomes">
      ${outcomes.map(
        (outcome) =>
          html`<li class=${outcome.id === mine ? 'mine' : ''}>
            <h3>${outcome.name}${outcome.id === mine ? html` <span class="quiet">(${t('roles.yours')})</span>` : nothing}</h3>
            <ul>
              ${outcome.interests.map(
                (interest) =>
                  html`<li class=${interest.met ? 'met' : 'unmet'}>
                    <span aria-hidden="true">${interest.met ? '✓' : '✗'}</span> ${interest.label}
                    <span class="sr-only">${interest.met ? t('roles.met') : t('roles.unmet')}</span>
                  </li>`,
              )}
            </ul>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** The role cards to print and hand out, one per page: behind #roles, linked from the teacher page. */
export function roleCardsScreen(ctx: ViewContext): TemplateResult {
  const { scenario } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  const t = translatorFor(language);
  const cards = scenario === null ? [] : roleCards(scenario, language);
  return html`<article class="screen page-screen role-cards" aria-labelledby="role-cards-heading">
    <header class="no-print">
      <a href="#teacher" class="back-link">${t('roles.back')}</a>
      <h1 id="role-cards-heading" tabindex="-1" data-autofocus="roles">${t('roles.cardsTitle')}</h1>
      <p>${t('roles.cardsIntro')}</p>
      <button type="button" class="primary" @click=${() => ctx.commands.printReport()}>${t('roles.print')}</button>
    </header>
    ${cards.length === 0
      ? html`<p class="quiet">${t('roles.noneInScenario')}</p>`
      : cards.map(
          (card) =>
            html`<section class="panel role-card" aria-labelledby=${`role-${card.id}`}>
              <p class="eyebrow">${t('roles.cardEyebrow')}</p>
              <h2 id=${`role-${card.id}`}>${card.name}</h2>
              <p>${card.brief}</p>
              <h3>${t('roles.judgedBy')}</h3>
              <ul>
                ${card.interests.map((interest) => html`<li>${interest}</li>`)}
              </ul>
            </section>`,
        )}
  </article>`;
}
