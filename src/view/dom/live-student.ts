import { html, nothing, type TemplateResult } from 'lit-html';
import { LIMITS } from '../../engine/limits';
import type { LiveView } from '../../live/protocol';
import type { LiveStringKey } from '../../ui/i18n/strings-live-en';
import { localize, type Language } from '../../ui/i18n/translate';
import type { LiveState } from '../../ui/live-store';
import { stories } from '../../ui/story-view';
import {
  endingPanel,
  historyList,
  liveHeader,
  liveNames,
  liveTranslator,
  proposalSummary,
  resultPanel,
  type LiveNames,
  type LiveTranslator,
} from './live-parts';
import type { LiveUi } from './live-start';
import type { ViewContext } from './view-context';

function problemText(state: LiveState, t: LiveTranslator): TemplateResult {
  if (state.problem === null) return html``;
  return html`<p class="error" role="alert">
    ${t(`live.problem.${state.problem}` as LiveStringKey, { server: state.server })}
    ${state.problemDetail === '' || state.problem === 'unreachable' ? nothing : html`<span class="quiet">(${state.problemDetail})</span>`}
  </p>`;
}

function joinForm(live: LiveUi, state: LiveState, t: LiveTranslator): TemplateResult {
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const code = (form.elements.namedItem('live-code') as HTMLInputElement | null)?.value ?? '';
    const name = (form.elements.namedItem('live-name') as HTMLInputElement | null)?.value ?? '';
    if (code.trim() !== '' && name.trim() !== '') live.commands.join(code, name);
  };
  return html`<form class="panel live-join" @submit=${submit}>
    <p>${t('live.joinIntro')}</p>
    <label class="field"
      ><span>${t('live.code')}</span
      ><input
        type="text"
        name="live-code"
        .value=${state.code}
        maxlength=${LIMITS.liveCode + 4}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        required
    /></label>
    <label class="field"
      ><span>${t('live.name')}</span
      ><input type="text" name="live-name" .value=${state.name} maxlength=${LIMITS.liveName} autocomplete="off" required
    /></label>
    <button type="submit" class="primary" ?disabled=${state.status === 'connecting'}>${t('live.join')}</button>
    ${state.status === 'connecting' ? html`<p role="status">${t('live.connecting')}</p>` : nothing} ${problemText(state, t)}
    <p class="hint">${t('live.privacy')}</p>
  </form>`;
}

function groupPicker(live: LiveUi, view: LiveView, names: LiveNames, t: LiveTranslator): TemplateResult {
  const open = view.phase === 'proposing' || view.phase === 'revealed';
  return html`<label class="field live-group"
    ><span>${t('live.group')}</span>
    <select
      name="live-group"
      ?disabled=${!open}
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        live.commands.act({ type: 'role', role: value === '' ? null : value });
      }}
    >
      <option value="" ?selected=${view.you.role === null}>${t('live.noGroup')}</option>
      ${view.groups.map((group) => html`<option value=${group} ?selected=${view.you.role === group}>${names.group(group)}</option>`)}
    </select></label
  >`;
}

function proposalForm(live: LiveUi, state: LiveState, view: LiveView, names: LiveNames, t: LiveTranslator): TemplateResult {
  const { draft } = state;
  const toggle = (id: string, on: boolean): void =>
    live.store.setState({ draft: { ...draft, actions: on ? [...draft.actions, id] : draft.actions.filter((other) => other !== id) } });
  const answer = (event: string, response: string): void => {
    const answers = { ...draft.answers };
    if (response === '') delete answers[event];
    else answers[event] = response;
    live.store.setState({ draft: { ...draft, answers } });
  };
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    live.commands.act({ type: 'propose', actions: [...draft.actions], answers: { ...draft.answers }, note: draft.note });
  };
  const responses = (event: string) => state.scenario?.events.find((candidate) => candidate.id === event)?.decision?.responses ?? [];
  return html`<form class="panel live-propose" @submit=${submit}>
    <p>${t('live.proposeIntro', { capital: view.capital })}</p>
    <fieldset>
      <legend>${names.group(view.you.role)}</legend>
      ${view.offered.map(
        (id) =>
          html`<label class="field check"
            ><input
              type="checkbox"
              name="live-action"
              value=${id}
              .checked=${draft.actions.includes(id)}
              @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
            />
            <span
              >${names.action(id)} <span class="quiet">(${t('live.cost', { cost: names.cost(id) })})</span>
              <span class="live-option-text">${names.actionText(id)}</span></span
            ></label
          >`,
      )}
    </fieldset>
    ${view.asked.map(
      (event) =>
        html`<label class="field"
          ><span>${t('live.answerTo', { title: names.event(event) })}</span>
          <span class="live-option-text">${names.eventText(event)}</span>
          <select @change=${(e: Event) => answer(event, (e.target as HTMLSelectElement).value)}>
            <option value="">${t('live.noAnswer')}</option>
            ${responses(event).map(
              (response) =>
                html`<option value=${response.id} ?selected=${draft.answers[event] === response.id}>
                  ${names.response(event, response.id)}
                </option>`,
            )}
          </select></label
        >`,
    )}
    <label class="field"
      ><span>${t('live.note', { max: LIMITS.liveNote })}</span
      ><textarea
        name="live-note"
        maxlength=${LIMITS.liveNote}
        rows="3"
        .value=${draft.note}
        @input=${(e: Event) =>
          live.store.setState({ draft: { ...live.store.getState().draft, note: (e.target as HTMLTextAreaElement).value } })}
      ></textarea>
    </label>
    <button type="submit" class="primary">${t('live.propose')}</button>
  </form>`;
}

function proposalsList(live: LiveUi, view: LiveView, names: LiveNames, t: LiveTranslator): TemplateResult {
  const voting = view.phase === 'voting';
  return html`<section class="panel live-proposals" aria-labelledby="live-proposals">
    <h2 id="live-proposals">${t('live.proposals')}</h2>
    ${view.proposals.length === 0
      ? html`<p class="quiet">${t('live.noProposals')}</p>`
      : html`<ul>
          ${view.proposals.map(
            (proposal) =>
              html`<li class=${view.you.vote === proposal.role ? 'chosen' : ''}>
                ${proposalSummary(proposal, names, t)}
                ${voting
                  ? html`<button
                      type="button"
                      aria-pressed=${view.you.vote === proposal.role ? 'true' : 'false'}
                      @click=${() => live.commands.act({ type: 'vote', role: proposal.role })}
                    >
                      ${t('live.voteFor', { group: names.group(proposal.role) })}
                    </button>`
                  : nothing}
              </li>`,
          )}
        </ul>`}
    ${voting ? html`<p role="status">${t('live.votesCast', { cast: view.votesCast, voters: view.voters })}</p>` : nothing}
    ${view.you.vote === null ? nothing : html`<p>${t('live.voted', { group: names.group(view.you.vote) })}</p>`}
  </section>`;
}

function predictionPanel(
  live: LiveUi,
  state: LiveState,
  view: LiveView,
  names: LiveNames,
  t: LiveTranslator,
  language: Language,
): TemplateResult {
  const track = state.scenario?.predictions.find((candidate) => candidate.id === view.predictionTrack);
  const asked = track === undefined ? '' : localize(track.question, language);
  return html`<section class="panel live-predict" aria-labelledby="live-predict">
    <h2 id="live-predict">${t('live.predictTitle')}</h2>
    <p>${asked}</p>
    <div class="row">
      ${view.predictionOptions.map(
        (option) =>
          html`<button
            type="button"
            aria-pressed=${view.you.prediction === option ? 'true' : 'false'}
            @click=${() => live.commands.act({ type: 'predict', option })}
          >
            ${names.option(option)}
          </button>`,
      )}
    </div>
    ${view.you.prediction === null ? nothing : html`<p>${t('live.predicted', { option: names.option(view.you.prediction) })}</p>`}
  </section>`;
}

/** A student's live screen: joining, then each step of the turn as the server reports it. */
/** The turn's news, as the desk shows it, while the groups propose and vote: what they argue about. */
function briefingPanel(state: LiveState, view: LiveView, t: LiveTranslator, language: Language): TemplateResult | typeof nothing {
  const { scenario, game } = state;
  if (scenario === null || game === null || game.turn !== view.turn || !(view.phase === 'proposing' || view.phase === 'voting')) {
    return nothing;
  }
  const news = stories(scenario, game, view.turn, 'briefing', language);
  if (news.length === 0) return nothing;
  return html`<section class="panel live-briefing" aria-labelledby="live-briefing-heading">
    <h2 id="live-briefing-heading">${t('live.briefing')}</h2>
    <ul>
      ${news.map((story) => html`<li><strong>${story.title}</strong> <span class="live-option-text">${story.text}</span></li>`)}
    </ul>
  </section>`;
}

export function studentScreen(ctx: ViewContext, live: LiveUi): TemplateResult {
  const { language } = ctx.settings.getState();
  const t = liveTranslator(language);
  const state = live.store.getState();
  const view = state.view;
  const names = liveNames(state.scenario, language, t, view);
  return html`<article class="screen page-screen live-screen" aria-labelledby="live-heading">
    <header>
      <a href="#" class="back-link" @click=${() => live.commands.leave()}>${t('page.back')}</a>
      <h1 id="live-heading" tabindex="-1" data-autofocus="live">${t('live.title')}${view === null ? '' : ` · ${view.code}`}</h1>
      ${view === null ? nothing : html`<p>${t('live.you', { name: view.you.name })}</p>`} ${liveHeader(state, t)}
    </header>
    ${state.status === 'ended'
      ? html`<p class="panel" role="status">${t('live.ended')}</p>`
      : view === null
        ? joinForm(live, state, t)
        : html`${groupPicker(live, view, names, t)}
          ${state.refusal === null ? nothing : html`<p class="error" role="alert">${t(`live.refused.${state.refusal}`)}</p>`}
          ${briefingPanel(state, view, t, language)}
          ${view.phase === 'proposing' && view.you.role !== null ? proposalForm(live, state, view, names, t) : nothing}
          ${view.phase === 'revealed' || view.phase === 'ended' ? nothing : proposalsList(live, view, names, t)}
          ${view.phase === 'predicting' ? predictionPanel(live, state, view, names, t, language) : nothing}
          ${view.phase === 'decided' || (view.phase === 'predicting' && view.you.prediction !== null)
            ? html`<p class="panel" role="status">${t('live.waitReveal')}</p>`
            : nothing}
          ${view.result === null ? nothing : resultPanel(view.result, names, t)} ${endingPanel(view, names, t)}
          ${historyList(view, names, t)}`}
  </article>`;
}
