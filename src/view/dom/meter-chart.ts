import { html, svg, type TemplateResult } from 'lit-html';
import type { MeterSeries } from '../../ui/debrief-view';
import type { Translator } from './view-context';

const COLOURS = ['#56b4e9', '#e69f00', '#009e73', '#f0e442', '#cc79a7', '#d55e00', '#0072b2'];
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 0', '6 2 2 2'];

/**
 * The meters over the game as a line chart: each line has its own colour, its own dash pattern
 * and its name at its end, so it reads in grey print and for colour-blind players. A table with
 * the same numbers sits beside it for screen readers.
 */
export function meterChart(series: readonly MeterSeries[], t: Translator): TemplateResult {
  const width = 640;
  const height = 260;
  const left = 36;
  const right = 190;
  const top = 12;
  const bottom = 28;
  const turns = Math.max(1, ...series.map((line) => line.values.length - 1));
  const x = (index: number): number => left + (index / turns) * (width - left - right);
  const y = (share: number): number => top + (1 - share) * (height - top - bottom);
  const endLabels = series
    .map((line, i) => ({ line, i, at: y(((line.values.at(-1) ?? line.min) - line.min) / (line.max - line.min)) }))
    .sort((a, b) => a.at - b.at);
  for (let k = 1; k < endLabels.length; k += 1) {
    const previous = endLabels[k - 1];
    const current = endLabels[k];
    if (previous !== undefined && current !== undefined && current.at - previous.at < 14) current.at = previous.at + 14;
  }
  return html`<figure class="meter-chart">
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" preserveAspectRatio="xMidYMid meet">
      <title id="chart-title">${t('debrief.chartTitle')}</title>
      ${svg`
        <line x1=${left} y1=${y(0)} x2=${width - right} y2=${y(0)} class="axis" />
        <line x1=${left} y1=${y(1)} x2=${width - right} y2=${y(1)} class="grid" />
        <line x1=${left} y1=${y(0.5)} x2=${width - right} y2=${y(0.5)} class="grid" />
        <text x=${left - 6} y=${y(1) + 4} class="tick" text-anchor="end">max</text>
        <text x=${left - 6} y=${y(0) + 4} class="tick" text-anchor="end">min</text>
        ${Array.from({ length: turns + 1 }, (_, index) => svg`<text x=${x(index)} y=${height - 8} class="tick" text-anchor="middle">${index === 0 ? '' : index}</text>`)}
        ${series.map((line, i) => {
          const points = line.values
            .map((value, index) => `${x(index).toFixed(1)},${y((value - line.min) / (line.max - line.min)).toFixed(1)}`)
            .join(' ');
          return svg`<polyline points=${points} fill="none" stroke=${COLOURS[i % COLOURS.length]} stroke-width="3" stroke-dasharray=${DASHES[i % DASHES.length] ?? ''} />`;
        })}
        ${endLabels.map(({ line, i, at }) => svg`<text x=${width - right + 8} y=${at + 4} fill=${COLOURS[i % COLOURS.length]} class="end-label">${line.label}</text>`)}
      `}
    </svg>
    <figcaption>${t('debrief.chartCaption')}</figcaption>
    <details class="chart-table">
      <summary>${t('debrief.chartAsTable')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('debrief.meter')}</th>
            <th scope="col">${t('debrief.start')}</th>
            ${Array.from({ length: turns }, (_, index) => html`<th scope="col">${index + 1}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${series.map(
            (line) =>
              html`<tr>
                <th scope="row">${line.label}</th>
                ${line.values.map((value) => html`<td>${value}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}
