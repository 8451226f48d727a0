// One colour per event family, shared by the map and the timeline (Okabe-Ito's colour-blind-safe
// palette, plus grey and brown for the two families that need a ninth and tenth colour).
// Served as a static file: the Content-Security-Policy forbids inline scripts.
"use strict";

window.sitrepsPalette = (function () {
  const fixed = {
    battle: "#D55E00",
    remote_violence: "#CC79A7",
    violence_against_civilians: "#E69F00",
    protest: "#0072B2",
    riot: "#56B4E9",
    strategic: "#009E73",
    coercion: "#8C564B",
    verbal: "#999999",
    material_cooperation: "#F0E442",
  };
  const spare = ["#332288", "#117733", "#882255", "#44AA99"];
  const given = {};
  function colour(family) {
    if (fixed[family]) { return fixed[family]; }
    if (!given[family]) { given[family] = spare[Object.keys(given).length % spare.length]; }
    return given[family];
  }
  function label(value) { return String(value || "").replace(/_/g, " "); }
  function legend(list, families) {
    list.replaceChildren();
    families.forEach(function (family) {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = colour(family);
      item.append(swatch, document.createTextNode(" " + label(family)));
      item.dataset.family = family;
      list.append(item);
    });
  }
  return { colour: colour, label: label, legend: legend };
})();
