// Apache ECharts (from its WebJar, loaded by index.html as the global `echarts`): one instance per chart
// element, resized with its element, and the colours every chart uses for the same thing.
import { number } from './format.js';

// The colours come with the catalogue (/api/vocabulary): an agency has the same colour here and in the report.
export const AGENCY_COLOURS = {};
export const CHANNEL_COLOURS = {};
export const FORM_COLOURS = {};
export const STATUS_COLOURS = {};
const SPARE_COLOURS = [];

/** Takes the catalogue's colours ({ agency, channel, form, modelStatus: { code: '#rrggbb' }, spare: [...] }). */
export function setPalette(colours) {
  const c = colours || {};
  Object.assign(AGENCY_COLOURS, c.agency || {});
  Object.assign(CHANNEL_COLOURS, c.channel || {});
  Object.assign(FORM_COLOURS, c.form || {});
  Object.assign(STATUS_COLOURS, c.modelStatus || {});
  SPARE_COLOURS.splice(0, SPARE_COLOURS.length, ...(c.spare || ['#64748b']));
}

export function colourOf(palette, code, index) {
  return palette[code] || SPARE_COLOURS[index % SPARE_COLOURS.length];
}

const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

const observer = new ResizeObserver((entries) => {
  entries.forEach((entry) => {
    const chart = echarts.getInstanceByDom(entry.target);
    if (chart) {
      chart.resize();
    }
  });
});

/** Draws option into element, replacing whatever the chart showed before. */
export function draw(element, option) {
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: 'canvas' });
    observer.observe(element);
  }
  chart.setOption({ textStyle: { fontFamily: FONT }, animationDuration: 300, ...option }, true);
  return chart;
}

/** A value axis labelled in the reader's number format. */
export function valueAxis(extra = {}) {
  return { type: 'value', axisLabel: { formatter: (v) => number(v) }, splitLine: { lineStyle: { color: '#e5e7eb' } }, ...extra };
}

/**
 * Breaks a label between words into lines of at most about maxChars: ECharts' own breaking splits Vietnamese
 * words in the middle (it may break anywhere inside non-Latin letters).
 */
export function wrapWords(text, maxChars) {
  const lines = [];
  String(text).split(/\s+/).forEach((word) => {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= maxChars) {
      lines[last] += ` ${word}`;
    } else {
      lines.push(word);
    }
  });
  return lines.join('\n');
}
