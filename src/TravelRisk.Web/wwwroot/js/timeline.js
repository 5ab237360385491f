// The travel timeline: vis-timeline (loaded here, on first use, so other pages never download it) with one lane per
// leader. Only trips in the visible window are loaded: on every range change the page asks .NET for that window.
// Every trip is a link and every group of trips a button, added lane by lane in date order, so Tab walks them in
// that order; Enter opens a trip or zooms into a group. No item is drawn over another: each is at least as wide as
// its label (a range when its days are wide enough, else a box starting on its first day), the library stacks those
// that would touch, and the server groups a lane by period when it would need too many rows (TimelineLayout).
const timelines = new Map(); // by the page's key
let vendor;

function loadVendor({ script, style }) {
  vendor ??= new Promise((resolve, reject) => {
    // Before the app's own stylesheet, so the app's colours (both themes) override the library's.
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: style });
    document.head.insertBefore(link, document.querySelector("link[href*='app.']"));
    const tag = Object.assign(document.createElement("script"), { src: script, onload: resolve, onerror: reject });
    document.head.appendChild(tag);
  });
  return vendor;
}

function content(item, timeline) {
  const hook = item.cluster ? document.createElement("button") : document.createElement("a");
  // Stable hooks for tests and scripts: every trip carries its id and obligation; a cluster its count.
  if (item.cluster) {
    hook.type = "button";
    hook.dataset.cluster = item.count;
    hook.addEventListener("click", () => timeline.setWindow(item.start, item.end ?? item.start));
  } else {
    hook.href = `/trips/${item.id}`;
    hook.dataset.tripId = item.id;
  }
  hook.className = "item-hook";
  hook.dataset.obligation = item.obligation;
  hook.dataset.status = item.status;
  if (item.review) hook.dataset.review = item.review;
  hook.textContent = item.label;
  // The name starts with the visible text (WCAG 2.5.3), then says what the tooltip says.
  hook.setAttribute("aria-label", item.title.startsWith(item.label) ? item.title : `${item.label}: ${item.title}`);
  return hook;
}

// The width a label needs as drawn: its text in the items' font, the obligation's symbol, padding and border.
let measure;
function labelWidth(element, label) {
  measure ??= document.createElement("canvas").getContext("2d");
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  // Items are 0.8rem; bold is the wider guess.
  measure.font = `600 ${rem * 0.8}px ${getComputedStyle(element).fontFamily}`;
  return measure.measureText(label).width + 40;
}

const lanesOf = lanes =>
  new vis.DataSet(lanes.map((l, i) => ({ id: l.slug, content: l.name, title: l.name, order: i })));

// Lanes and trips arrive as JSON text: the server serializes them once with shared settings, so no circuit builds
// its own serializer metadata for them (docs/performance.md, "Memory per circuit").
export async function create(key, element, dotnet, assets, lanesJson, start, end) {
  let lanes = JSON.parse(lanesJson);
  // Registered before anything is awaited, so a page left while the library loads still finds and stops it.
  const entry = { disposed: false };
  timelines.set(key, entry);
  await loadVendor(assets);
  if (entry.disposed || !element.isConnected) return; // the page was left while the library loaded
  const items = new vis.DataSet();
  // vis-timeline asks the template again on every redraw (a scroll, a focus); handing back the same element keeps
  // it in the page, so the keyboard focus on a trip survives.
  const hooks = new Map();
  const timeline = new vis.Timeline(element, items, lanesOf(lanes), {
    stack: true,
    align: "left",
    margin: { item: { horizontal: 3, vertical: 4 }, axis: 4 },
    groupOrder: "order",
    zoomMin: 1000 * 60 * 60 * 24 * 7,          // a week
    zoomMax: 1000 * 60 * 60 * 24 * 365 * 30,   // thirty years
    orientation: { axis: "top" },
    selectable: false,
    tooltip: { followMouse: true, overflowMethod: "cap" },
    template: item => {
      if (!hooks.has(item.id)) hooks.set(item.id, content(item, timeline));
      return hooks.get(item.id);
    },
  });
  // The window is set after construction, not as options: given start and end options, vis-timeline keeps itself
  // hidden until its first range change, which without a drag comes from its resize check a second later (the
  // trips were drawn but invisible, and skipped by Tab). Set before the rangechanged handler: no second load.
  timeline.setWindow(start, end, { animation: false });
  entry.timeline = timeline;

  let pending = 0;
  const call = async (method, ...args) => {
    if (entry.disposed) return undefined;
    try {
      return await dotnet.invokeMethodAsync(method, ...args);
    } catch (e) {
      if (entry.disposed || !element.isConnected) return undefined; // the page was left mid-call: nothing to report
      throw e;
    }
  };
  let byUser = false;
  const load = async () => {
    const ticket = ++pending;
    const window = timeline.getWindow();
    const width = element.querySelector(".vis-panel.vis-center")?.clientWidth ?? 0;
    const asked = performance.now();
    const moved = byUser;
    byUser = false;
    const json = await call("LoadRange",
      window.start.toISOString().slice(0, 10), window.end.toISOString().slice(0, 10), width, moved);
    const loaded = json === undefined ? undefined : JSON.parse(json);
    // Left, or a newer range change superseded this one.
    if (loaded === undefined || ticket !== pending || entry.disposed) return;
    const received = performance.now();
    element.dataset.loads = String((Number(element.dataset.loads) || 0) + 1); // tests wait for the next load
    element.dataset.trips = String(loaded.reduce((n, t) => n + t.count, 0));
    // Lane by lane, then by date: the order of the items in the page, and so of the Tab key.
    const order = new Map(lanes.map((l, i) => [l.slug, i]));
    loaded.sort((a, b) =>
      (order.get(a.leaderSlug) ?? 0) - (order.get(b.leaderSlug) ?? 0) || a.start.localeCompare(b.start));
    // The same trips as drawn (a small pan, or a focused trip scrolled into view): keep the page as it is, focus
    // and all.
    // A range as wide as its label; shorter trips are boxes (as wide as their label) from their first day.
    const pxPerMs = width / Math.max(1, window.end - window.start);
    const wide = t => t.end && (Date.parse(t.end) - Date.parse(t.start)) * pxPerMs >= labelWidth(element, t.label);
    loaded.forEach(t => { t.type = wide(t) ? "range" : "box"; });
    const signature = loaded.map(t => `${t.cluster ? "c" : t.id}:${t.start}:${t.end}:${t.count}:${t.type}`).join(",");
    if (signature === entry.signature) {
      call("Loaded");
      return;
    }
    entry.signature = signature;
    const focused = element.contains(document.activeElement) ? document.activeElement.dataset.tripId : undefined;
    items.clear();
    hooks.clear();
    items.add(loaded.map((t, i) => ({
      id: t.cluster ? `cluster-${i}` : t.id,
      count: t.count,
      cluster: t.cluster,
      group: t.leaderSlug,
      start: t.start,
      end: t.end,
      type: t.type,
      label: t.label,
      title: t.title,
      obligation: t.obligation,
      status: t.status,
      review: t.review,
      className: `${t.cluster ? "cluster" : "trip"} obligation-${t.obligation} status-${t.status}`,
    })));
    if (focused) {
      timeline.redraw();
      hooks.get(Number(focused))?.focus({ preventScroll: true });
    }
    element.dataset.loaded = String(loaded.length);
    // Timings of the last load, read by tools/measure-timeline.sh: server round trip, and drawing.
    element.dataset.serverMs = String(Math.round(received - asked));
    element.dataset.drawMs = String(Math.round(performance.now() - received));
    call("Loaded");
  };
  let timer;
  // A window the reader dragged or zoomed to becomes the page's From and To (the server puts it in the address).
  timeline.on("rangechanged", props => {
    byUser ||= props.byUser;
    clearTimeout(timer);
    timer = setTimeout(load, 120);
  });
  entry.load = load;
  entry.stop = () => clearTimeout(timer);
  entry.setLanes = next => { lanes = next; entry.signature = undefined; timeline.setGroups(lanesOf(next)); };
  load();
}

export function setWindow(key, start, end) {
  timelines.get(key)?.timeline?.setWindow(start, end, { animation: false });
}

export function reload(key, lanesJson) {
  const entry = timelines.get(key);
  if (!entry?.timeline) return;
  entry.setLanes(JSON.parse(lanesJson));
  entry.load();
}

// By key, not by element: the page's element may already be out of the document when this arrives, and a
// reference to it then resolves to nothing, which would leave the timeline calling a page that is gone.
export function dispose(key) {
  const entry = timelines.get(key);
  if (!entry) return;
  entry.disposed = true;
  entry.stop?.();
  entry.timeline?.destroy();
  timelines.delete(key);
}
