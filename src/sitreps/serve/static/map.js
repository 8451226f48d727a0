// The event map: Leaflet over the vendored Natural Earth country borders (no tiles fetched).
// Dots (clustered) for exact and district places, circles for regions, the shaded country
// outline when only the country is known. Every shape opens its event page.
"use strict";

const PRECISION_RADIUS_PX = { exact: 6, district: 8 };
// A region-precision event is drawn as a circle of this radius (metres): about the size of a
// province in the countries sitreps covers, so the circle says "somewhere in this region".
const REGION_RADIUS_M = 120000;
// A country-precision event whose country outline is unknown gets a circle this large instead.
const COUNTRY_FALLBACK_RADIUS_M = 400000;

function shapeFor(feature, outlines) {
  const p = feature.properties;
  // Country-level places carry no point (geometry null): they are drawn as their country's outline.
  const point = feature.geometry ? feature.geometry.coordinates : null;
  const lat = point ? point[1] : null;
  const lon = point ? point[0] : null;
  const colour = window.sitrepsPalette.colour(p.family);
  const classes = "p-" + p.precision + " fam-" + p.family;
  if (point && p.precision in PRECISION_RADIUS_PX) {
    return { clustered: true, layer: L.circleMarker([lat, lon], {
      radius: PRECISION_RADIUS_PX[p.precision], color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.9,
      className: "marker " + classes }) };
  }
  const area = { color: colour, weight: 2, dashArray: "4 3", fillColor: colour, fillOpacity: 0.2,
                 className: "area " + classes };
  if (point && p.precision === "region") {
    return { clustered: false, layer: L.circle([lat, lon], Object.assign({ radius: REGION_RADIUS_M }, area)) };
  }
  const outline = p.iso_numeric ? outlines[p.iso_numeric] : null;
  if (outline) {
    return { clustered: false, layer: L.geoJSON(outline, { style: function () { return area; } }) };
  }
  if (!point) { return null; }
  return { clustered: false, layer: L.circle([lat, lon], Object.assign({ radius: COUNTRY_FALLBACK_RADIUS_M }, area)) };
}

async function drawMap() {
  const element = document.getElementById("map");
  const status = document.getElementById("map-status");
  const map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([12, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth (public domain)");
  if (element.dataset.tiles) {  // only when the user configured a tile server (sitreps serve --tiles)
    L.tileLayer(element.dataset.tiles, { maxZoom: 12, attribution: "Tiles: " + new URL(element.dataset.tiles).host }).addTo(map);
  }
  const topology = await (await fetch(element.dataset.basemap)).json();
  const countries = topojson.feature(topology, topology.objects.countries);
  const outlines = {};
  L.geoJSON(countries, {
    style: function () {
      return { className: "country", color: "#7a7a7a", weight: 0.6, fillColor: "#f4f1ea",
               fillOpacity: element.dataset.tiles ? 0 : 1 };
    },
    onEachFeature: function (feature, layer) {
      outlines[feature.id] = feature;
      layer.bindTooltip(feature.properties.name, { sticky: true, className: "country-name" });
    },
  }).addTo(map);
  const response = await fetch(element.dataset.api + window.location.search);
  if (!response.ok) {
    status.textContent = "Could not load the events: " + (await response.json()).detail;
    return;
  }
  const data = await response.json();
  const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  const areas = L.featureGroup();
  const families = new Set();
  let areaCount = 0;
  let unplaced = 0;
  data.features.forEach(function (feature) {
    const shape = shapeFor(feature, outlines);
    if (!shape) { unplaced += 1; return; }
    shape.layer.bindTooltip(feature.properties.label);
    shape.layer.on("click", function () { window.location.href = feature.properties.href; });
    (shape.clustered ? cluster : areas).addLayer(shape.layer);
    families.add(feature.properties.family);
    if (!shape.clustered) { areaCount += 1; }
  });
  areas.addTo(map);
  cluster.addTo(map);
  const bounds = L.latLngBounds([]);
  if (cluster.getLayers().length) { bounds.extend(cluster.getBounds()); }
  if (areas.getLayers().length) { bounds.extend(areas.getBounds()); }
  if (bounds.isValid()) { map.fitBounds(bounds.pad(0.2), { maxZoom: 6 }); }
  window.sitrepsPalette.legend(document.getElementById("family-legend"), Array.from(families).sort());
  status.textContent = (data.features.length - unplaced) + " on the map (" + areaCount + " drawn as areas: only " +
    "the region or country is known) of the matching events" + (unplaced ? "; " + unplaced + " in countries the map lacks" : "") + ".";
  element.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", function () {
  drawMap().catch(function (error) {
    document.getElementById("map-status").textContent = "The map could not be drawn: " + error;
  });
});
