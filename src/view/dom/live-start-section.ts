import { html, nothing, type TemplateResult } from 'lit-html';
import { liveTranslator } from './live-parts';
import type { LiveUi } from './live-start';
import type { ViewContext } from './view-context';

/** The teacher page's section that opens a live session with the setup chosen above it. */
export function liveStartSection(ctx: ViewContext, live: LiveUi): TemplateResult {
  const t = liveTranslator(ctx.settings.getState().language);
  const { server, rule, problem } = live.store.getState();
  const kept = live.keptCode();
  return html`<section class="panel live-start" aria-labelledby="teacher-live">
    <h2 id="teacher-live">${t('live.start.title')}</h2>
    <p>${t('live.start.intro')}</p>
    <label class="field"
      ><span>${t('live.start.server')}</span
      ><input
        type="url"
        name="live-server"
        .value=${server}
        maxlength="200"
        autocomplete="off"
        spellcheck="false"
        @change=${(e: Event) => live.commands.setServer((e.target as HTMLInputElement).value)}
    /></label>
    ${problem === 'bad-address' ? html`<p class="error" role="alert">${t('live.problem.bad-address')}</p>` : nothing}
    <label class="field"
      ><span>${t('live.start.rule')}</span>
      <select
        name="live-rule"
        @change=${(e: Event) => live.store.setState({ rule: (e.target as HTMLSelectElement).value === 'cabinet' ? 'cabinet' : 'class' })}
      >
        <option value="class" ?selected=${rule === 'class'}>${t('live.rule.class')}</option>
        <option value="cabinet" ?selected=${rule === 'cabinet'}>${t('live.rule.cabinet')}</option>
      </select></label
    >
    <div class="row">
      <button type="button" class="primary" @click=${() => live.commands.start()}>${t('live.start.button')}</button>
      ${kept === null ? nothing : html`<a class="button-link" href="#live-teacher">${t('live.start.back', { code: kept })}</a>`}
    </div>
    <p class="hint">${t('live.privacy')}</p>
  </section>`;
}
