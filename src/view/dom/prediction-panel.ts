import { html, type TemplateResult } from 'lit-html';
import { modal } from './modal';
import { translatorFor, type ViewContext } from './view-context';
import { predictionAsked } from '../../ui/prediction-view';

/** Before results are revealed, the player commits to a prediction: a guard against clicking through. */
export function predictionPanel(ctx: ViewContext): TemplateResult {
  const { scenario, game } = ctx.session.getState();
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  const prediction = scenario === null || game === null ? null : predictionAsked(scenario, game, language);
  if (prediction === null) return html``;
  const t = translatorFor(language);
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const option = form.get('prediction');
    const reason = form.get('reason');
    if (typeof option !== 'string') return;
    commands.send({ type: 'player.predict', option, reason: typeof reason === 'string' ? reason.trim() : '' });
  };
  const body = html`<form class="modal-body" @submit=${submit}>
    <h2 id="predict-heading">${t('predict.title')}</h2>
    <fieldset>
      <legend>${prediction.question}</legend>
      ${prediction.options.map(
        (option, index) =>
          html`<label class="choice"
            ><input type="radio" name="prediction" value=${option.id} required ?data-autofocus=${index === 0} /> ${option.label}</label
          >`,
      )}
    </fieldset>
    <label class="field"><span>${t('predict.reason')}</span><input type="text" name="reason" maxlength="280" autocomplete="off" /></label>
    <div class="row end">
      <button type="button" @click=${() => commands.send({ type: 'player.revise' })}>${t('predict.revise')}</button>
      <button type="submit" class="primary">${t('predict.submit')}</button>
    </div>
  </form>`;
  return modal({ id: 'predict-dialog', labelledBy: 'predict-heading', closable: false, body });
}
