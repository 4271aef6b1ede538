import { html, nothing, type TemplateResult } from 'lit-html';
import type { QuestionView } from '../../ui/files-view';
import { lightPlaces } from './action-card';
import type { Translator, ViewContext } from './view-context';

/**
 * A question an event puts to the player: its answers as radio buttons (a real control each,
 * named by its title), how long they have, and what happens if they say nothing.
 */
export function questionCard(question: QuestionView, ctx: ViewContext, t: Translator): TemplateResult {
  const name = `question-${question.event}`;
  const choose = (response: string): void => {
    ctx.selection.getState().answer(question.event, response);
  };
  return html`<li class="question">
    <fieldset>
      <legend>
        <span class="question-title">${question.title}</span>
        <span class="question-prompt">${question.prompt}</span>
      </legend>
      <p class="question-deadline">${question.deadline}. ${question.fallback}.</p>
      <div class="responses">
        ${question.responses.map((response) => {
          const lit = lightPlaces(ctx, response.places);
          const id = `${name}-${response.id}`;
          return html`<label
            class="response ${response.chosen ? 'chosen' : ''} ${response.affordable ? '' : 'unaffordable'}"
            @mouseenter=${lit.on}
            @mouseleave=${lit.off}
          >
            <input
              type="radio"
              name=${name}
              .checked=${response.chosen}
              ?disabled=${!response.affordable}
              aria-describedby=${`${id}-text`}
              @focus=${lit.on}
              @blur=${lit.off}
              @click=${(event: Event) => {
                // A second press on the chosen answer takes it back: the question returns to its default.
                if (response.chosen) (event.target as HTMLInputElement).checked = false;
                choose(response.id);
              }}
            />
            <span class="response-body">
              <span class="response-title">${response.title}</span>
              <span class="response-text" id=${`${id}-text`}
                >${response.text}
                <span class="response-meta"
                  >${response.cost > 0 ? t('desk.cost', { cost: response.cost }) : t('question.free')}${response.touches.length > 0
                    ? html` · ${t('desk.touches', { who: response.touches.join(', ') })}`
                    : nothing}</span
                ></span
              >
            </span>
          </label>`;
        })}
      </div>
    </fieldset>
  </li>`;
}
