import { html, nothing, type TemplateResult } from 'lit-html';
import type { StoryView } from '../../ui/story-view';
import type { Translator } from './view-context';

// Good or bad for Canada, not up or down: the sign in the text already says which way a meter
// moved, and an up arrow beside "Escalation −1" read as a contradiction to play-testers.
const SHAPE = { good: '✓', bad: '⚠', neutral: '•' } as const;

/** One news item or consequence, with its changes (a shape beside every colour) and its cause. */
export function storyItem(story: StoryView, t: Translator, marker?: 'revealed'): TemplateResult {
  return html`<li
    class="story ${story.major ? 'major' : ''} ${story.fromPlayer ? 'yours' : ''}"
    tabindex=${marker === 'revealed' ? '-1' : nothing}
    data-revealed=${marker ?? nothing}
  >
    <h3>${story.title}</h3>
    <p>${story.text}</p>
    ${story.changes.length === 0
      ? nothing
      : html`<ul class="changes">
          ${story.changes.map(
            (change) =>
              html`<li class="change ${change.direction}">
                <span class="shape" aria-hidden="true">${SHAPE[change.direction]}</span> ${change.text}
              </li>`,
          )}
        </ul>`}
    <details class="why ${story.traced && !story.fromPlayer ? 'traced' : ''}">
      <summary>${t('result.why')}</summary>
      <p>${story.why}</p>
      ${story.reasons.length === 0
        ? nothing
        : html`<p class="because">${t('why.because')}</p>
            <ul class="reasons">
              ${story.reasons.map((reason) => html`<li>${reason}</li>`)}
            </ul>`}
    </details>
  </li>`;
}
