// The timeline: events per day, week or month on a real time axis (uPlot), stacked by event family,
// with fatalities (low–high band) on the right axis. Dragging across it opens the event table for that
// period, keeping the other filters.
"use strict";

const DAY_S = 86400;

function seconds(isoDay) { return Date.parse(isoDay + "T00:00:00Z") / 1000; }

function isoDay(secondsValue) { return new Date(secondsValue * 1000).toISOString().slice(0, 10); }

function stacked(chart) {
  // Bars are drawn in series order, later ones on top: the tallest cumulative sum goes first.
  const xs = chart.buckets.map(function (b) { return seconds(b.start); });
  const running = chart.buckets.map(function () { return 0; });
  const sums = chart.families.map(function (family) {
    return chart.buckets.map(function (b, i) { running[i] += b.by_family[family] || 0; return running[i]; });
  });
  return { xs: xs, sums: sums.reverse(), families: chart.families.slice().reverse() };
}

function brushTo(target, since, until) {
  const params = new URLSearchParams(window.location.search);
  params.set("since", since);
  params.set("until", until);
  params.delete("offset");
  window.location.href = target + "?" + params.toString();
}

function draw(element, chart) {
  const palette = window.sitrepsPalette;
  const stack = stacked(chart);
  const bars = uPlot.paths.bars({ size: [0.8, 60] });
  const series = [{ label: "from" , value: function (u, v) { return v == null ? "" : isoDay(v); } }];
  stack.families.forEach(function (family) {
    const colour = palette.colour(family);
    series.push({ label: palette.label(family) + " (stacked)", scale: "events", stroke: colour, fill: colour, paths: bars, points: { show: false } });
  });
  const low = chart.buckets.map(function (b) { return b.fatalities_low; });
  const high = chart.buckets.map(function (b) { return b.fatalities_high; });
  series.push({ label: "fatalities (high)", scale: "killed", stroke: "#b00020", width: 1, dash: [4, 3] });
  series.push({ label: "fatalities (low)", scale: "killed", stroke: "#b00020", width: 2 });
  const highIndex = series.length - 2;
  const small = element.classList.contains("small");
  const options = {
    width: Math.max(element.clientWidth, 320),
    height: small ? 170 : 280,
    scales: { x: { time: true }, events: { range: function (u, min, max) { return [0, Math.max(1, max)]; } },
              killed: { range: function (u, min, max) { return [0, Math.max(1, max)]; } } },
    series: series,
    bands: [{ series: [highIndex, highIndex + 1], fill: "rgba(176, 0, 32, 0.12)" }],
    axes: [{}, { scale: "events", label: "events" }, { scale: "killed", side: 1, label: "killed", grid: { show: false } }],
    cursor: { drag: { x: true, y: false, setScale: false } },
    legend: { show: !small },
    hooks: { setSelect: [function (u) {
      if (u.select.width < 2) { return; }
      const from = u.posToVal(u.select.left, "x");
      const to = u.posToVal(u.select.left + u.select.width, "x");
      brushTo(element.dataset.brushTarget, isoDay(from), isoDay(to + (chart.unit === "day" ? 0 : DAY_S)));
    }] },
  };
  const data = [stack.xs].concat(stack.sums, [high, low]);
  const plot = new uPlot(options, data, element);
  window.addEventListener("resize", function () { plot.setSize({ width: Math.max(element.clientWidth, 320), height: options.height }); });
  element.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", function () {
  const element = document.getElementById("timeline-chart");
  if (!element) { return; }
  fetch(element.dataset.api + window.location.search)
    .then(function (response) { return response.json(); })
    .then(function (chart) {
      if (!chart.buckets || chart.buckets.length === 0) {
        element.textContent = "No dated events to draw.";
        element.dataset.ready = "true";
        return;
      }
      draw(element, chart);
    });
});
