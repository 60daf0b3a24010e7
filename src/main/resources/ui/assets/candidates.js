// The curator's page: ranked candidates from /api/candidates, and the decisions an admin makes on them
// with the token typed here (kept in sessionStorage, sent only to this server).
"use strict";

const kindSelect = document.getElementById("kind");
const tokenInput = document.getElementById("token");
const authorInput = document.getElementById("author");
const tbody = document.querySelector("#candidates tbody");

tokenInput.value = sessionStorage.getItem("policy-kg-token") || "";
tokenInput.addEventListener("change", () => sessionStorage.setItem("policy-kg-token", tokenInput.value));
kindSelect.value = new URLSearchParams(location.search).get("kind") === "role" ? "role" : "concept";
kindSelect.addEventListener("change", () => {
  history.replaceState(null, "", "?kind=" + kindSelect.value);
  load();
});

/** POSTs a decision; resolves to the answer's JSON, or throws with the problem's detail. */
async function decide(url, body) {
  const headers = { "Content-Type": "application/json", Authorization: "Bearer " + tokenInput.value };
  if (authorInput.value.trim()) body.author = authorInput.value.trim();
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.detail || response.status + " " + response.statusText);
  return json;
}

function decisionForms(c) {
  const out = el("div", {});
  const note = el("span", { class: "problem", role: "alert" });
  const act = (url, body) => async (event) => {
    event.preventDefault();
    note.textContent = "";
    try {
      const done = await decide(url, body());
      status(done.type.replace("pkg:", "") + " of " + c.slug + ": " + done.statementCount + " statement(s) in "
        + done.documentCount + " document(s).");
      load();
    } catch (e) {
      note.textContent = e.message;
    }
  };
  const en = el("input", { name: "labelEn", "aria-label": "English label", value: lang(c.prefLabel, "en") || "" });
  const zh = el("input", { name: "labelZh", "aria-label": "Chinese label", lang: "zh", placeholder: "中文",
    value: lang(c.prefLabel, "zh") || "" });
  const broader = el("input", { name: "broader", "aria-label": "Broader " + c.kind + " id", placeholder: "broader id" });
  out.append(el("form", { class: "accept", onsubmit: act(c.actions.accept,
    () => ({ labelEn: en.value, labelZh: zh.value || null, broader: broader.value || null })) },
  en, zh, broader, el("button", { type: "submit", text: "Accept" })));
  const into = el("input", { name: "into", "aria-label": "Merge into (" + c.kind + " id)", placeholder: "into id" });
  out.append(el("form", { class: "merge", onsubmit: act(c.actions.merge, () => ({ into: into.value })) },
    into, el("button", { type: "submit", text: "Merge" })));
  out.append(el("form", { class: "reject", onsubmit: act(c.actions.reject, () => ({})) },
    el("button", { type: "submit", text: "Reject" })));
  out.append(note);
  return out;
}

function row(c, rank) {
  const labels = [];
  for (const [language, value] of Object.entries(c.prefLabel || {})) {
    labels.push(el("span", { lang: language, class: language.startsWith("zh") ? "zh" : "en", text: value }), " ");
  }
  const example = (c.examples || [])[0];
  const exampleCell = example
    ? el("td", {}, el("blockquote", { text: example.exact || "" }),
      el("a", { href: "/read/" + encodeURIComponent(example.document), text: example.document }))
    : el("td", {});
  return el("tr", { "data-slug": c.slug },
    el("td", { class: "number", text: String(rank) }),
    el("td", {}, ...labels, el("br"), el("code", { text: c.slug })),
    el("td", { class: "number", text: String(c.documentCount) }),
    el("td", { class: "number", text: String(c.statementCount) }),
    exampleCell,
    el("td", {}, decisionForms(c)));
}

async function load() {
  try {
    const body = await getJson("/api/candidates?kind=" + kindSelect.value + "&limit=200");
    tbody.replaceChildren(...body.candidates.map((c, i) => row(c, body.offset + i + 1)));
    if (!document.getElementById("status").textContent) {
      status(body.total + " candidate " + kindSelect.value + "s"
        + (body.total > body.candidates.length ? ", the first " + body.candidates.length + " shown" : "") + ".");
    }
    const decisions = (await getJson("/api/candidates/decisions")).decisions;
    document.getElementById("decisions").replaceChildren(...decisions.map((d) => el("li", {},
      el("span", { text: d.type.replace("pkg:", "") + " of " }), el("code", { text: d.candidate }),
      d.curatedInto ? el("span", { text: " into " }) : null, d.curatedInto ? el("code", { text: d.curatedInto }) : null,
      el("span", { class: "meta", text: " by " + (d.authorName || "?") + ", " + d.endedAtTime }))));
  } catch (e) {
    status("Cannot load the candidates: " + e.message);
  }
}

load().then(() => document.body.setAttribute("data-ready", "true"));
