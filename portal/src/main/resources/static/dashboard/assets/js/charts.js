// Apache ECharts (from its WebJar, loaded by index.html as the global `echarts`): one instance per chart
// element, resized with its element, and the colours every chart uses for the same thing.
import { number } from './format.js';

export const AGENCY_COLOURS = {
  POLICE: '#1d4ed8', WOMEN_UNION: '#db2777', VETERANS: '#4d7c0f', FARMERS: '#d97706',
};
export const CHANNEL_COLOURS = { DIRECT: '#2563eb', ONLINE: '#0d9488', BROADCAST: '#ca8a04', PRINT: '#7c3aed' };
export const FORM_COLOURS = {
  CERTIFICATE_OF_MERIT: '#b45309', CERTIFICATE_OF_COMMENDATION: '#2563eb', PUBLIC_COMMENDATION: '#64748b',
};
export const STATUS_COLOURS = { ACTIVE: '#16a34a', SUSPENDED: '#f59e0b', DISSOLVED: '#94a3b8' };
const SPARE_COLOURS = ['#0891b2', '#9333ea', '#be123c', '#15803d', '#a16207'];

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
