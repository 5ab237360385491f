// Copies the browser libraries the pages use out of node_modules into obj/frontend/lib (served as static web
// assets, see Build/Frontend.targets), and rewrites the world map so each country is keyed by ISO alpha-3, the
// code the app uses (world-atlas keys them by ISO numeric). Run by the build; never commit its output.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const project = join(here, "..");
const modules = join(project, "node_modules");
const out = join(project, "obj", "frontend", "lib");
mkdirSync(out, { recursive: true });

const copies = {
  "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js": "vis-timeline.min.js",
  "vis-timeline/styles/vis-timeline-graph2d.min.css": "vis-timeline.min.css",
  "d3-array/dist/d3-array.min.js": "d3-array.min.js",
  "d3-geo/dist/d3-geo.min.js": "d3-geo.min.js",
  "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
  "chart.js/dist/chart.umd.min.js": "chart.umd.min.js",
};
for (const [from, to] of Object.entries(copies)) copyFileSync(join(modules, from), join(out, to));

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const world = JSON.parse(readFileSync(join(modules, "world-atlas", "countries-50m.json"), "utf8"));
let keyed = 0;
for (const geometry of world.objects.countries.geometries) {
  const alpha3 = geometry.id ? countries.numericToAlpha3(geometry.id) : undefined;
  geometry.properties = { ...geometry.properties, iso3: alpha3 ?? null };
  if (alpha3) keyed++;
}
writeFileSync(join(out, "world-50m.json"), JSON.stringify(world));
console.log(`frontend: ${Object.keys(copies).length} libraries copied, ${keyed} map shapes keyed by ISO alpha-3`);
