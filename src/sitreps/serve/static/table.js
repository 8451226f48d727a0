// Sortable tables: click a header with data-sort="text" or "number" to sort its column; click again to reverse.
// Served as a static file: the Content-Security-Policy forbids inline scripts.
"use strict";

function cellValue(row, index, kind) {
  const text = (row.cells[index] ? row.cells[index].textContent : "").trim();
  if (kind === "number") {
    const n = parseFloat(text);
    return Number.isNaN(n) ? -Infinity : n;
  }
  return text.toLowerCase();
}

function sortTable(table, index, kind, descending) {
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  rows.sort(function (a, b) {
    const x = cellValue(a, index, kind);
    const y = cellValue(b, index, kind);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return descending ? -order : order;
  });
  rows.forEach(function (row) { body.appendChild(row); });
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th[data-sort]").forEach(function (th, index) {
      th.classList.add("sort-handle");
      th.addEventListener("click", function () {
        const descending = th.getAttribute("aria-sort") === "ascending";
        table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        sortTable(table, Array.from(th.parentNode.children).indexOf(th), th.dataset.sort, descending);
      });
    });
  });
});
