// Query editor: YASGUI against this server's /sparql, prefixes pre-filled, queries/ as examples.
"use strict";

const START = `${prefixLines()}

# Which role does each document assign to each concept?
SELECT ?concept ?label ?role WHERE {
  ?st a pkg:RoleAssignment ; pkg:concept ?concept ; pkg:role ?role .
  ?concept skos:prefLabel ?label . FILTER(lang(?label) = "en")
} ORDER BY ?label ?role
`;

// the prefix, class and property completers fetch from other sites (prefix.cc, LOV), which the CSP
// forbids: keep only the local one (variables of the query)
const completers = Yasgui.Yasqe.defaults.autocompleters;
completers.splice(0, completers.length, ...completers.filter((name) => name === "variables"));

const endpoint = window.location.origin + "/sparql";

// YASGUI turns a JSON error body into "[object Object]": keep the endpoint's last problem document
// (RFC 9457, whose detail names the line and column) to show it whole.
let lastProblem = null;
const nativeFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = typeof input === "string" ? input : input.url;
  const isEndpoint = url.startsWith(endpoint);
  if (isEndpoint) lastProblem = null;
  const response = await nativeFetch(input, init);
  if (isEndpoint && !response.ok) {
    try {
      lastProblem = await response.clone().json();
    } catch (e) {
      lastProblem = { title: response.status + " " + response.statusText, detail: await response.clone().text() };
    }
  }
  return response;
};

let errorMarks = [];

function clearErrorMarks() {
  for (const mark of errorMarks) mark.clear();
  errorMarks = [];
}

/** Marks "line L, column C" of the problem's detail in the editor; CodeMirror counts from 0. */
function markPosition(detail) {
  const at = /line (\d+), column (\d+)/.exec(detail || "");
  if (!at) return;
  const yasqe = tab().getYasqe();
  const line = Number(at[1]) - 1;
  const ch = Math.max(0, Number(at[2]) - 1);
  const text = yasqe.getLine(line);
  if (text === undefined) return;
  const end = Math.min(text.length, ch + Math.max(1, (/^\S+/.exec(text.substring(ch)) || [""])[0].length));
  errorMarks.push(yasqe.markText({ line: line, ch: ch }, { line: line, ch: Math.max(end, ch + 1) },
    { className: "query-error", attributes: { "data-query-error": "true" } }));
  errorMarks.push({ clear: () => yasqe.removeLineClass(line, "background", "query-error-line") });
  yasqe.addLineClass(line, "background", "query-error-line");
  yasqe.setCursor({ line: line, ch: ch });
}

/** YASR error renderer: the problem's title and detail instead of the text YASGUI made of it. */
async function renderProblem() {
  if (!lastProblem) return undefined;
  markPosition(lastProblem.detail);
  return el("div", { class: "query-problem", role: "alert" },
    el("strong", { text: (lastProblem.title || "Error") + (lastProblem.status ? " (" + lastProblem.status + ")" : "") }),
    el("pre", { class: "problem-detail", text: lastProblem.detail || "" }));
}

Yasgui.Yasr.defaults.errorRenderers = [renderProblem].concat(Yasgui.Yasr.defaults.errorRenderers || []);
// plain values in the table: 16342, not "16342"^^xsd:nonNegativeInteger (the table's "Simple view")
Yasgui.Yasr.defaults.plugins = Object.assign({}, Yasgui.Yasr.defaults.plugins, {
  table: Object.assign({}, (Yasgui.Yasr.defaults.plugins || {}).table, { dynamicConfig: { compact: true } }),
});

const yasgui = new Yasgui(document.getElementById("yasgui"), {
  // the examples, not the last session's query, are what a visitor starts from
  persistenceId: null,
  copyEndpointOnNewTab: false,
  populateFromUrl: false,
  requestConfig: { endpoint: endpoint, method: "POST" },
  endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
  yasqe: { value: START, resizeable: true, editorHeight: "320px" },
  yasr: { prefixes: Object.fromEntries(PKG.prefixes) },
});

function tab() {
  return yasgui.getTab();
}

tab().getYasqe().on("query", () => clearErrorMarks());

async function loadExamples() {
  const examples = await getJson("/query/examples.json");
  const select = document.getElementById("examples");
  for (const example of examples) {
    select.append(el("option", { value: example.name, text: example.name + ": " + example.question }));
  }
  const choose = () => {
    const example = examples.find((e) => e.name === select.value);
    document.getElementById("question").textContent = example ? example.question : "";
    if (example) tab().setQuery(example.query);
    return example;
  };
  select.addEventListener("change", choose);
  document.getElementById("examples-form").addEventListener("submit", (e) => e.preventDefault());
  // /query?example=NAME opens that example and runs it: a link from another page is one click
  const wanted = new URLSearchParams(window.location.search).get("example");
  if (wanted && examples.some((e) => e.name === wanted)) {
    select.value = wanted;
    if (choose()) tab().getYasqe().query();
  }
}

loadExamples()
  .then(() => document.body.setAttribute("data-ready", "true"))
  .catch((e) => status("Could not load the examples: " + e.message));
