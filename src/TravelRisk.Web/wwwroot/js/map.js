// The world map: Natural Earth shapes (world-atlas, keyed by ISO alpha-3 at build time) drawn as SVG with d3-geo,
// which is loaded here, on first use, so other pages never download it. Every shape carries data-iso3 and
// data-obligation. With options.select (a .NET object), a click, Enter or Space on a State asks it for that State's
// answer (the world map's panel); without it, they open the State's page. States are buttons or links in
// alphabetical order (the Tab order), and the focused one is outlined on top of its neighbours.
let world, vendor;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const tag = Object.assign(document.createElement("script"), { src, onload: resolve, onerror: reject });
    document.head.appendChild(tag);
  });
}

async function loadWorld(assets) {
  // d3-geo needs d3-array first; topojson-client stands alone.
  vendor ??= loadScript(assets.array).then(() => Promise.all([loadScript(assets.geo), loadScript(assets.topojson)]));
  world ??= Promise.all([vendor, fetch(assets.world).then(r => r.json())])
    .then(([, topology]) => topojson.feature(topology, topology.objects.countries));
  return world;
}

const svgNs = "http://www.w3.org/2000/svg";

export async function draw(element, assets, obligations, options) {
  const features = await loadWorld(assets);
  if (!element.isConnected) return;
  const width = 960, height = options?.height ?? 500;
  const projection = d3.geoEqualEarth().fitSize([width, height], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const clickable = options?.clickable !== false;
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  // An image when nothing in it can be used; a group of links otherwise (an image cannot hold controls).
  svg.setAttribute("role", clickable ? "group" : "img");
  svg.setAttribute("aria-label", options?.label ?? "World map");
  svg.classList.add("world-map");

  const sphere = document.createElementNS(svgNs, "path");
  sphere.setAttribute("d", path({ type: "Sphere" }));
  sphere.setAttribute("class", "sphere");
  sphere.setAttribute("aria-hidden", "true");
  svg.appendChild(sphere);

  const ring = document.createElementNS(svgNs, "path");
  ring.setAttribute("class", "focus-ring");
  ring.setAttribute("aria-hidden", "true");

  const byName = [...features.features]
    .sort((a, b) => (a.properties.name ?? "").localeCompare(b.properties.name ?? ""));
  for (const feature of byName) {
    const iso3 = feature.properties.iso3;
    const shape = document.createElementNS(svgNs, "path");
    const d = path(feature);
    shape.setAttribute("d", d);
    const obligation = iso3 ? obligations[iso3] : undefined;
    // options.highlight: the States a trip's page draws in colour (the host and its stops); the rest stay grey.
    const highlighted = iso3 && options?.highlight?.includes(iso3);
    const fill = obligation ? "obligation-" + obligation : "no-data";
    shape.setAttribute("class", `country ${fill}${highlighted ? " highlight" : ""}`);
    if (iso3) shape.dataset.iso3 = iso3;
    if (obligation) shape.dataset.obligation = obligation;
    const label = `${feature.properties.name}${obligation ? ": " + (options?.names?.[obligation] ?? obligation) : ""}`;
    const title = document.createElementNS(svgNs, "title");
    title.textContent = label;
    shape.appendChild(title);
    if (iso3 && obligation && clickable) {
      shape.setAttribute("tabindex", "0");
      shape.setAttribute("aria-label", label);
      const select = options?.select;
      if (select) {
        shape.setAttribute("role", "button");
        shape.setAttribute("aria-pressed", iso3 === options.selected ? "true" : "false");
        if (iso3 === options.selected) shape.classList.add("selected");
      } else {
        shape.setAttribute("role", "link");
      }
      const open = () => {
        if (!select) { window.location.href = `/states/${iso3}`; return; }
        for (const other of svg.querySelectorAll(".country.selected")) {
          other.classList.remove("selected");
          other.setAttribute("aria-pressed", "false");
        }
        shape.classList.add("selected");
        shape.setAttribute("aria-pressed", "true");
        select.invokeMethodAsync("Select", iso3);
      };
      shape.addEventListener("click", open);
      shape.addEventListener("keydown", e => {
        if (e.key === "Enter" || (select && e.key === " ")) { e.preventDefault(); open(); }
      });
      shape.addEventListener("focus", () => { ring.setAttribute("d", d); ring.classList.add("shown"); });
      shape.addEventListener("blur", () => ring.classList.remove("shown"));
    } else {
      shape.setAttribute("aria-hidden", "true");
    }
    svg.appendChild(shape);
  }
  svg.appendChild(ring);
  element.replaceChildren(svg);
  element.dataset.drawn = "true";
}
