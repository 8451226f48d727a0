// Review from the dashboard: merge, split, edit a field and undo through the REST API (/api/review/...).
// The write token, when the server has one, is kept for this tab only (sessionStorage).
"use strict";

function reviewValue(id) {
  const input = document.getElementById(id);
  return input ? input.value.trim() : "";
}

function say(text, isError) {
  const result = document.getElementById("review-result");
  result.textContent = text;
  result.classList.toggle("error", Boolean(isError));
}

async function post(url, body) {
  const token = reviewValue("review-token");
  if (token) { window.sessionStorage.setItem("sitreps-token", token); }
  const headers = { "Content-Type": "application/json" };
  if (token) { headers.Authorization = "Bearer " + token; }
  body.author = reviewValue("review-author") || null;
  body.reason = reviewValue("review-reason") || null;
  const response = await fetch(url, { method: "POST", headers: headers, body: JSON.stringify(body) });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(answer.detail && answer.detail.map ? answer.detail.map(function (d) { return d.msg; }).join("; ")
                    : (answer.detail || response.statusText));
  }
  return answer;
}

function afterDecision(answer) {
  const after = answer.decision.after || [];
  say("Decision #" + answer.decision.id + " stored; " + answer.events + " event(s) now.");
  window.location.href = after.length === 1 ? "/events/" + after[0].id : "/review";
}

function wire(formId, build) {
  const form = document.getElementById(formId);
  if (!form) { return; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const body = build(form);
    if (!body) { return; }
    post(form.dataset.action, body).then(afterDecision).catch(function (error) { say(error.message, true); });
  });
}

document.addEventListener("DOMContentLoaded", function () {
  const saved = window.sessionStorage.getItem("sitreps-token");
  const tokenInput = document.getElementById("review-token");
  if (saved && tokenInput) { tokenInput.value = saved; }
  wire("merge-form", function (form) {
    return { event_ids: [form.dataset.event, form.elements.other.value.trim()] };
  });
  wire("edit-form", function (form) {
    return { event_id: form.dataset.event, field: form.elements.field.value, value: form.elements.value.value.trim() };
  });
  wire("split-form", function () {
    const picked = Array.from(document.querySelectorAll("input[name=split]:checked")).map(function (box) { return box.value; });
    if (picked.length === 0) { say("Tick the reports to split out first.", true); return null; }
    return { mention_ids: picked };
  });
  document.querySelectorAll("button[data-undo]").forEach(function (button) {
    button.addEventListener("click", function () {
      post("/api/review/" + button.dataset.undo + "/undo", {})
        .then(function (answer) {
          say("Undid #" + answer.decision.id + "; " + answer.events + " event(s) now.");
          window.location.reload();
        })
        .catch(function (error) { say(error.message, true); });
    });
  });
});
