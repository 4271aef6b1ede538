import { html, svg, type TemplateResult } from 'lit-html';
import type { MeterSeries } from '../../ui/debrief-view';
import type { Translator } from './view-context';

const COLOURS = ['#56b4e9', '#e69f00', '#009e73', '#f0e442', '#cc79a7', '#d55e00', '#0072b2'];
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 0', '6 2 2 2'];

/** A short sample of a line's colour and dash pattern, for the legend. */
const swatch = (i: number): TemplateResult =>
  html`<svg class="legend-swatch" viewBox="0 0 36 12" width="36" height="12" aria-hidden="true" focusable="false">
    ${svg`<line x1="1" y1="6" x2="35" y2="6" stroke=${COLOURS[i % COLOURS.length]} stroke-width="3" stroke-dasharray=${DASHES[i % DASHES.length] ?? ''} />`}
  </svg>`;

interface Frame {
  readonly width: number;
  readonly height: number;
  readonly variant: 'wide' | 'narrow';
}

/** The plot itself, for one frame: the wide one for a page, the narrow one (bigger type) for a phone. */
function plot(series: readonly MeterSeries[], frame: Frame, t: Translator): TemplateResult {
  const { width, height, variant } = frame;
  const left = 36;
  const right = 30;
  const top = 12;
  const bottom = 28;
  const turns = Math.max(1, ...series.map((line) => line.values.length - 1));
  const x = (index: number): number => left + (index / turns) * (width - left - right);
  const y = (share: number): number => top + (1 - share) * (height - top - bottom);
  // The numbers at the lines' ends must not sit on one another: push them apart, then back inside.
  const endLabels = series
    .map((line, i) => ({ i, at: y(((line.values.at(-1) ?? line.min) - line.min) / (line.max - line.min)) }))
    .sort((a, b) => a.at - b.at);
  const step = 16;
  endLabels.forEach((label, k) => {
    const previous = endLabels[k - 1];
    if (previous !== undefined && label.at - previous.at < step) label.at = previous.at + step;
  });
  const overflow = (endLabels.at(-1)?.at ?? 0) - y(0);
  if (overflow > 0) endLabels.forEach((label) => (label.at -= overflow));
  const titleId = `chart-title-${variant}`;
  return html`<svg
    class="chart-plot ${variant}"
    viewBox="0 0 ${width} ${height}"
    role="img"
    aria-labelledby=${titleId}
    preserveAspectRatio="xMidYMid meet"
  >
    <title id=${titleId}>${t('debrief.chartTitle')}</title>
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
      ${endLabels.map(({ i, at }) => svg`<text x=${width - right + 8} y=${at + 5} fill=${COLOURS[i % COLOURS.length]} class="end-label">${i + 1}</text>`)}
    `}
  </svg>`;
}

/**
 * The meters over the game as a line chart: each line has its own colour, its own dash pattern
 * and a number at its end, so it reads in grey print and for colour-blind players. The names
 * sit in a legend under the chart, where they wrap instead of being cut (French names are long).
 * Two frames are drawn and CSS shows the one that suits the width, so the type stays readable on
 * a phone. A table with the same numbers sits beside it for screen readers.
 */
export function meterChart(series: readonly MeterSeries[], t: Translator): TemplateResult {
  const turns = Math.max(1, ...series.map((line) => line.values.length - 1));
  return html`<figure class="meter-chart">
    ${plot(series, { width: 640, height: 260, variant: 'wide' }, t)} ${plot(series, { width: 360, height: 250, variant: 'narrow' }, t)}
    <ol class="chart-legend" aria-hidden="true">
      ${series.map(
        (line, i) =>
          html`<li>
            ${swatch(i)}<span class="legend-key" style=${`color: ${COLOURS[i % COLOURS.length] ?? ''}`}>${i + 1}</span>
            <span>${line.label}</span>
          </li>`,
      )}
    </ol>
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
