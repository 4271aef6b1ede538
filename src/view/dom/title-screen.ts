import { html, nothing, type TemplateResult } from 'lit-html';
import { INTERFACE_LANGUAGES, isLanguage, localize } from '../../ui/i18n/translate';
import { translatorFor, type ViewContext } from './view-context';
import { soundToggle } from './sound-toggle';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'Français' };

export function languagePicker(ctx: ViewContext): TemplateResult {
  const { language } = ctx.settings.getState();
  const t = translatorFor(language);
  const onChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) ctx.settings.getState().update({ language: value });
  };
  return html`<label class="field"
    ><span>${t('title.language')}</span>
    <select @change=${onChange} .value=${language}>
      ${INTERFACE_LANGUAGES.map(
        (code) => html`<option value=${code} ?selected=${code === language} lang=${code}>${LANGUAGE_NAMES[code]}</option>`,
      )}
    </select></label
  >`;
}

export function titleScreen(ctx: ViewContext): TemplateResult {
  const { scenario, savedTurn, commands } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  const t = translatorFor(language);
  if (scenario === null) return html`<p class="loading">${t('app.loading')}</p>`;
  return html`
    <section class="screen title-screen" aria-labelledby="title-heading">
      <div class="title-card">
        <p class="eyebrow">${t('app.name')} · ${t('app.tagline')}</p>
        <h1 id="title-heading" tabindex="-1" data-autofocus>${localize(scenario.title, language)}</h1>
        <p class="summary">${localize(scenario.summary, language)}</p>
        <p class="role"><strong>${t('title.role')}</strong> ${localize(scenario.role, language)}</p>
        <div class="title-actions">
          <button type="button" class="primary" @click=${() => commands.startGame()}>${t('title.start')}</button>
          ${savedTurn === null
            ? nothing
            : html`<button type="button" @click=${() => commands.resumeGame()}>${t('title.continue', { turn: savedTurn })}</button>`}
        </div>
        <div class="title-settings">${languagePicker(ctx)} ${soundToggle(ctx)}</div>
      </div>
    </section>
  `;
}
