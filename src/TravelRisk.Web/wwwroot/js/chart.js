// Trips per year by obligation, a stacked bar chart (Chart.js, loaded here on first use, so other pages never
// download it).
const charts = new WeakMap();
let vendor;

export async function tripsPerYear(canvas, script, years, series) {
  vendor ??= new Promise((resolve, reject) =>
    document.head.appendChild(Object.assign(document.createElement("script"),
      { src: script, onload: resolve, onerror: reject })));
  await vendor;
  if (!canvas.isConnected) return;
  charts.get(canvas)?.destroy();
  const style = getComputedStyle(document.documentElement);
  const text = style.getPropertyValue("--mud-palette-text-primary").trim() || "#222";
  const lines = style.getPropertyValue("--mud-palette-lines-default").trim() || "#ccc";
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: years,
      datasets: series.map(s => ({
        label: s.label,
        data: s.counts,
        backgroundColor: style.getPropertyValue(s.colorVariable).trim() || s.fallback,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      color: text,
      scales: {
        x: { stacked: true, ticks: { color: text }, grid: { color: lines } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: text }, grid: { color: lines } },
      },
      plugins: { legend: { position: "bottom", labels: { color: text } } },
    },
  });
  charts.set(canvas, chart);
}
