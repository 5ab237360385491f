// Trips per year by obligation, a stacked bar chart (Chart.js, global `Chart`).
const charts = new WeakMap();

export function tripsPerYear(canvas, years, series) {
  charts.get(canvas)?.destroy();
  const style = getComputedStyle(document.documentElement);
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: years,
      datasets: series.map(s => ({ label: s.label, data: s.counts, backgroundColor: style.getPropertyValue(s.colorVariable).trim() || s.fallback })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
  charts.set(canvas, chart);
}
