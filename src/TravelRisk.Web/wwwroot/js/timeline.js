// The travel timeline: vis-timeline (global `vis`, from /lib/vis-timeline.min.js) with one lane per leader.
// Only trips in the visible window are loaded: on every range change the page asks .NET for that window's items.
const timelines = new WeakMap();

export function create(element, dotnet, lanes, start, end) {
  const items = new vis.DataSet();
  const groups = new vis.DataSet(lanes.map(l => ({ id: l.slug, content: l.name, title: l.name })));
  const timeline = new vis.Timeline(element, items, groups, {
    start, end,
    stack: false,
    zoomMin: 1000 * 60 * 60 * 24 * 7,          // a week
    zoomMax: 1000 * 60 * 60 * 24 * 365 * 30,   // thirty years
    orientation: { axis: "top" },
    selectable: true,
    tooltip: { followMouse: true, overflowMethod: "cap" },
    template: item => {
      // Stable hooks for tests and scripts: every trip carries its id and obligation; a cluster its count.
      const span = document.createElement("span");
      if (item.cluster) span.dataset.cluster = item.count; else span.dataset.tripId = item.id;
      span.dataset.obligation = item.obligation;
      span.dataset.status = item.status;
      if (item.review) span.dataset.review = item.review;
      span.textContent = item.label;
      return span;
    },
  });

  let pending = 0;
  const load = async () => {
    const ticket = ++pending;
    const window = timeline.getWindow();
    const asked = performance.now();
    const loaded = await dotnet.invokeMethodAsync("LoadRange", window.start.toISOString().slice(0, 10), window.end.toISOString().slice(0, 10));
    if (ticket !== pending) return; // a newer range change superseded this one
    const received = performance.now();
    items.clear();
    items.add(loaded.map((t, i) => ({
      id: t.cluster ? `cluster-${i}` : t.id,
      count: t.count,
      cluster: t.cluster,
      group: t.leaderSlug,
      start: t.start,
      end: t.end,
      type: t.end ? "range" : "box",
      label: t.label,
      title: t.title,
      obligation: t.obligation,
      status: t.status,
      review: t.review,
      className: `${t.cluster ? "cluster" : "trip"} obligation-${t.obligation} status-${t.status}`,
    })));
    element.dataset.loaded = String(loaded.length);
    // Timings of the last load, read by tools/measure-timeline.sh: server round trip, and drawing.
    element.dataset.serverMs = String(Math.round(received - asked));
    element.dataset.drawMs = String(Math.round(performance.now() - received));
    dotnet.invokeMethodAsync("Loaded", loaded.length);
  };
  let timer;
  timeline.on("rangechanged", () => { clearTimeout(timer); timer = setTimeout(load, 120); });
  timeline.on("select", props => {
    if (props.items.length !== 1) return;
    const item = items.get(props.items[0]);
    if (item.cluster) timeline.setWindow(item.start, item.end ?? item.start); // a cluster: zoom into its period
    else dotnet.invokeMethodAsync("Open", item.id);
  });
  timelines.set(element, { timeline, load });
  load();
}

export function setWindow(element, start, end) {
  timelines.get(element)?.timeline.setWindow(start, end, { animation: false });
}

export function reload(element, lanes) {
  const entry = timelines.get(element);
  if (!entry) return;
  entry.timeline.setGroups(new vis.DataSet(lanes.map(l => ({ id: l.slug, content: l.name, title: l.name }))));
  entry.load();
}

export function dispose(element) {
  timelines.get(element)?.timeline.destroy();
  timelines.delete(element);
}
