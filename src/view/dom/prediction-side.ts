import { html, nothing, type TemplateResult } from 'lit-html';
import { LIMITS } from '../../engine/limits';
import { predictionAsked } from '../../ui/prediction-view';
import { translatorFor, type ViewContext } from './view-context';

/**
 * Before results are revealed, the player commits to a prediction about the turn's main reaction
 * (a guard against clicking through), with the desk still in view: their picks, the meters, the map.
 */
export function predictionSide(ctx: ViewContext, decided: readonly string[]): TemplateResult {
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
  return html`<section class="panel prediction" aria-labelledby="predict-heading">
      <form @submit=${submit}>
        <h2 id="predict-heading" tabindex="-1" data-autofocus="predict">${t('predict.title')}</h2>
        <p class="quiet">${decided.length === 0 ? t('predict.decidedNothing') : t('predict.decided', { list: decided.join(' · ') })}</p>
        <fieldset>
          <legend>${prediction.question}</legend>
          ${prediction.options.map(
            (option) =>
              html`<label class="choice"><input type="radio" name="prediction" value=${option.id} required /> ${option.label}</label>`,
          )}
        </fieldset>
        <label class="field"
          ><span>${t('predict.reason')}</span><input type="text" name="reason" maxlength=${LIMITS.predictionReason} autocomplete="off"
        /></label>
        <div class="row end">
          <button type="button" @click=${() => commands.send({ type: 'player.revise' })}>${t('predict.revise')}</button>
          <button type="submit" class="primary">${t('predict.submit')}</button>
        </div>
      </form>
    </section>
    ${nothing}`;
}
