// The world map: Natural Earth shapes (world-atlas, keyed by ISO alpha-3 at build time) drawn as SVG with d3-geo.
// Every shape carries data-iso3 and data-obligation; a click or Enter opens the State's page.
let world;

async function loadWorld(url) {
  world ??= fetch(url).then(r => r.json()).then(topology => topojson.feature(topology, topology.objects.countries));
  return world;
}

export async function draw(element, worldUrl, obligations, options) {
  const features = await loadWorld(worldUrl);
  const width = 960, height = options?.height ?? 500;
  const projection = d3.geoEqualEarth().fitSize([width, height], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", options?.label ?? "World map");
  svg.classList.add("world-map");

  const sphere = document.createElementNS(svg.namespaceURI, "path");
  sphere.setAttribute("d", path({ type: "Sphere" }));
  sphere.setAttribute("class", "sphere");
  svg.appendChild(sphere);

  for (const feature of features.features) {
    const iso3 = feature.properties.iso3;
    const shape = document.createElementNS(svg.namespaceURI, "path");
    shape.setAttribute("d", path(feature));
    const obligation = iso3 ? obligations[iso3] : undefined;
    shape.setAttribute("class", `country ${obligation ? "obligation-" + obligation : "no-data"}`);
    if (iso3) shape.dataset.iso3 = iso3;
    if (obligation) shape.dataset.obligation = obligation;
    const title = document.createElementNS(svg.namespaceURI, "title");
    title.textContent = `${feature.properties.name}${obligation ? ": " + obligation : ""}`;
    shape.appendChild(title);
    if (iso3 && obligation && options?.clickable !== false) {
      shape.setAttribute("tabindex", "0");
      shape.setAttribute("role", "link");
      shape.setAttribute("aria-label", title.textContent);
      const open = () => { window.location.href = `/states/${iso3}`; };
      shape.addEventListener("click", open);
      shape.addEventListener("keydown", e => { if (e.key === "Enter") open(); });
    }
    svg.appendChild(shape);
  }
  element.replaceChildren(svg);
  element.dataset.drawn = "true";
}
