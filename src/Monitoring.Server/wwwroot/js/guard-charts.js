// The guard page's charts (uPlot, vendored at lib/uplot as the global `uPlot`): score, the four
// signals, battery and signal strength. Each chart is made once and given new data on every refresh.

const HEIGHT = 150;
const DEVICE_COLOURS = ['#4ea1ff', '#c78bff', '#36c98e', '#f2c230'];

const secs = (iso) => Date.parse(iso) / 1000;

export class GuardCharts {
  constructor(timeZone) {
    this.timeZone = timeZone;
    this.charts = new Map();
    window.addEventListener('resize', () => {
      for (const [id, chart] of this.charts) chart.setSize(size(id));
    });
  }

  render(history, threshold) {
    const points = history.points ?? [];
    const xs = points.map((p) => secs(p.at));
    this.draw('chart-score', [xs, points.map((p) => p.score ?? null), points.map(() => threshold ?? null)], [
      { label: 'score', stroke: '#ff8a2b', width: 2, spanGaps: false, value: (u, v) => (v == null ? 'warming up' : v.toFixed(2)) },
      { label: 'threshold', stroke: '#52606f', dash: [4, 4], width: 1 },
    ], { y: { range: [0, 1] } });

    this.draw('chart-signals', [xs, points.map((p) => p.phoneEvents), points.map((p) => p.tasksCompleted),
      points.map((p) => p.checkpointsScanned), points.map((p) => p.movementM)], [
      { label: 'phone', stroke: '#4ea1ff', width: 1.5 },
      { label: 'tasks', stroke: '#36c98e', width: 1.5 },
      { label: 'checkpoints', stroke: '#f2c230', width: 1.5 },
      { label: 'movement m', stroke: '#c78bff', width: 1.5, scale: 'm' },
    ], { y: { range: (u, min, max) => [0, Math.max(3, max)] }, m: { range: (u, min, max) => [0, Math.max(50, max)] } }, true);

    const devices = history.devices ?? [];
    this.draw('chart-battery', deviceData(devices, 'battery'), deviceSeries(devices, '%'), { y: { range: [0, 100] } });
    this.draw('chart-signal', deviceData(devices, 'signalDbm'), deviceSeries(devices, 'dBm'), { y: { range: [-130, -40] } });
  }

  draw(id, data, series, scales, rightAxis = false) {
    const existing = this.charts.get(id);
    const shape = series.map((s) => s.label).join('|');
    const target = document.getElementById(id);
    target.dataset.points = String(data[0].length);
    if (existing && existing.shape === shape) {
      existing.chart.setData(data);
      return;
    }
    existing?.chart.destroy();
    const opts = {
      ...size(id),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), this.timeZone),
      scales: { x: { time: true }, ...scales },
      series: [{}, ...series.map((s) => ({ points: { size: 4 }, ...s }))],
      axes: [
        { stroke: '#7b8a9a', grid: { stroke: '#222d3a' } },
        { stroke: '#7b8a9a', grid: { stroke: '#222d3a' } },
        ...(rightAxis ? [{ scale: 'm', side: 1, stroke: '#c78bff', grid: { show: false } }] : []),
      ],
      legend: { live: true },
    };
    const chart = new uPlot(opts, data, target);
    this.charts.set(id, { chart, shape, setSize: (s) => chart.setSize(s) });
  }
}

function size(id) {
  const width = Math.max(280, (document.getElementById(id)?.clientWidth ?? 600) - 4);
  return { width, height: HEIGHT };
}

// One x axis for all devices: the union of their slots, each device null where it had no reading.
function deviceData(devices, field) {
  const xs = [...new Set(devices.flatMap((d) => d.points.map((p) => secs(p.at))))].sort((a, b) => a - b);
  const columns = devices.map((d) => {
    const byTime = new Map(d.points.map((p) => [secs(p.at), p[field]]));
    return xs.map((x) => byTime.get(x) ?? null);
  });
  return [xs, ...columns];
}

function deviceSeries(devices, unit) {
  return devices.map((d, i) => ({
    label: d.deviceId,
    stroke: DEVICE_COLOURS[i % DEVICE_COLOURS.length],
    width: 1.5,
    spanGaps: true,
    value: (u, v) => (v == null ? '—' : `${v} ${unit}`),
  }));
}
