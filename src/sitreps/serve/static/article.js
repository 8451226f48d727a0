// The article view's event selector: show one event's evidence and dim the rest.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  const select = document.getElementById("event-select");
  const article = document.getElementById("article-text");
  if (!select || !article) { return; }
  function show(tag) {
    article.classList.toggle("one-event", Boolean(tag));
    article.querySelectorAll("mark.ev, .tag").forEach(function (element) {
      const tags = (element.dataset.ev || "").split(" ");
      element.classList.toggle("chosen", Boolean(tag) && tags.indexOf(tag) >= 0);
    });
    document.querySelectorAll("li.mention").forEach(function (item) {
      item.classList.toggle("dimmed", Boolean(tag) && item.dataset.ev !== tag);
    });
  }
  select.addEventListener("change", function () { show(select.value); });
});
