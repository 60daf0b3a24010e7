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

async function loadExamples() {
  const examples = await getJson("/query/examples.json");
  const select = document.getElementById("examples");
  for (const example of examples) {
    select.append(el("option", { value: example.name, text: example.name + ": " + example.question }));
  }
  select.addEventListener("change", () => {
    const example = examples.find((e) => e.name === select.value);
    document.getElementById("question").textContent = example ? example.question : "";
    if (example) tab().setQuery(example.query);
  });
  document.getElementById("examples-form").addEventListener("submit", (e) => e.preventDefault());
}

loadExamples()
  .then(() => document.body.setAttribute("data-ready", "true"))
  .catch((e) => status("Could not load the examples: " + e.message));
