// Home: search, the documents in the graph, the roles each field is given, and the concept scheme as a tree.
"use strict";

const COUNTS = `${prefixLines()}
SELECT ?doc ?type (COUNT(?st) AS ?n) WHERE {
  ?st pkg:inDocument ?doc ; a ?type .
  FILTER(?type IN (pkg:RoleAssignment, pkg:Directive, pkg:DialecticalPair, pkg:ActorMention,
    pkg:FormulationUse, pkg:Citation, pkg:Quotation, pkg:TemporalExpression, pkg:Figure))
} GROUP BY ?doc ?type ORDER BY ?doc ?type`;

const ROLES = `${prefixLines()}
SELECT ?concept ?field ?fieldZh ?role ?roleLabel ?roleZh ?st ?doc ?exact WHERE {
  ?st a pkg:RoleAssignment ; pkg:concept ?concept ; pkg:role ?role ; pkg:inDocument ?doc ;
      pkg:evidence/oa:hasSelector/oa:exact ?exact .
  ?concept skos:prefLabel ?field . FILTER(lang(?field) = "en")
  OPTIONAL { ?concept skos:prefLabel ?fieldZh . FILTER(lang(?fieldZh) = "zh") }
  OPTIONAL { ?role skos:prefLabel|rdfs:label ?roleLabel . FILTER(lang(?roleLabel) = "en" || lang(?roleLabel) = "") }
  OPTIONAL { ?role skos:prefLabel ?roleZh . FILTER(lang(?roleZh) = "zh") }
} ORDER BY ?field ?role ?doc ?st`;

/** The first heading of each document that has no title, for the ones that need it. */
async function firstHeadings(iris) {
  if (iris.length === 0) return new Map();
  const rows = await sparqlSelect(`${prefixLines()}
SELECT ?doc ?heading WHERE {
  VALUES ?doc { ${iris.map(sparqlIri).join(" ")} }
  ?part pkg:inDocument ?doc ; pkg:heading ?heading ; pkg:index ?index .
} ORDER BY ?doc ?index`);
  const out = new Map();
  for (const row of rows) if (!out.has(row.doc.value)) out.set(row.doc.value, row.heading.value);
  return out;
}

async function showDocuments() {
  const [list, counts] = await Promise.all([getJson("/api/documents"), sparqlSelect(COUNTS)]);
  const byDoc = new Map();
  for (const row of counts) {
    const entry = byDoc.get(row.doc.value) || { total: 0, kinds: [] };
    const n = Number(row.n.value);
    entry.total += n;
    entry.kinds.push(n + " " + (KIND_LABELS[localName(row.type.value)] || localName(row.type.value)));
    byDoc.set(row.doc.value, entry);
  }
  const body = document.querySelector("#documents tbody");
  const docs = (list["@graph"] || []).slice().sort((a, b) => String(a.issued || "").localeCompare(String(b.issued || "")));
  const headings = await firstHeadings(docs.filter((d) => !d.title && !d.originalTitle).map((d) => d.id));
  for (const doc of docs) {
    const id = documentId(doc.id);
    const title = documentTitle(doc, id, headings.get(doc.id));
    const original = lang(doc.originalTitle, "zh");
    const creator = doc.creator ? doc.creator.name : undefined;
    const author = [lang(creator, "en"), lang(creator, "zh")].filter(Boolean).join(" ");
    const count = byDoc.get(doc.id) || { total: 0, kinds: [] };
    body.append(el("tr", { "data-doc": id },
      el("td", {},
        el("a", { href: "/read/" + encodeURIComponent(id), text: title }),
        original && original !== title ? el("span", { class: "zh", lang: "zh", text: " " + original }) : null,
        " ", el("a", { class: "graph-link", href: "/graph?focus=" + encodeURIComponent(id), text: "graph" })),
      el("td", { text: author }),
      el("td", { text: doc.issued || "" }),
      el("td", { title: count.kinds.join(", ") },
        el("strong", { text: String(count.total) }),
        el("span", { class: "kinds", text: count.kinds.length ? " (" + count.kinds.join(", ") + ")" : "" }))));
  }
}

/** One row a field and role: the count as a plain number and the first quote, linked to the reader. */
async function showRoles() {
  const rows = await sparqlSelect(ROLES);
  const groups = new Map();
  for (const row of rows) {
    const key = row.concept.value + " " + row.role.value;
    if (!groups.has(key)) groups.set(key, { row: row, statements: new Set() });
    groups.get(key).statements.add(row.st.value);
  }
  const body = document.querySelector("#roles-by-field tbody");
  for (const { row, statements } of groups.values()) {
    const docId = documentId(row.doc.value);
    body.append(el("tr", { "data-concept": row.concept.value, "data-role": row.role.value },
      el("td", {}, el("a", { href: "/graph?focus=" + encodeURIComponent(shortConceptId(row.concept.value)),
        text: row.field.value }), row.fieldZh ? el("span", { class: "zh", lang: "zh", text: " " + row.fieldZh.value }) : null),
      el("td", {}, row.roleLabel ? row.roleLabel.value : localName(row.role.value),
        row.roleZh ? el("span", { class: "zh", lang: "zh", text: " " + row.roleZh.value }) : null),
      el("td", { class: "number", text: String(statements.size) }),
      el("td", {}, el("q", { text: row.exact.value }), " ",
        el("a", { href: "/read/" + encodeURIComponent(docId) + "#" + encodeURIComponent(row.st.value), text: "read" }))));
  }
}

async function showSearch() {
  const q = new URLSearchParams(window.location.search).get("q");
  if (!q) return;
  const section = document.getElementById("search-section");
  section.hidden = false;
  const list = document.getElementById("search-results");
  let answer;
  try {
    answer = await getJson("/api/search?limit=20&q=" + encodeURIComponent(q));
  } catch (e) {
    section.append(el("p", { class: "status", text: "The search could not run: " + e.message }));
    return;
  }
  document.getElementById("search-heading").textContent = "Search results for “" + q + "”";
  if ((answer.hits || []).length === 0) section.append(el("p", { class: "empty", text: "Nothing matches " + q + "." }));
  for (const hit of answer.hits || []) {
    if (hit.type === "pkg:Sentence" && hit.inDocument) {
      const id = documentId(hit.inDocument.id);
      const statement = (hit.statements || [])[0];
      list.append(el("li", { "data-hit": hit.id },
        el("a", { href: "/read/" + encodeURIComponent(id) + (statement ? "#" + encodeURIComponent(statement.id) : ""),
          text: documentTitle(hit.inDocument, id) }), ": ", el("span", {}, ...snippetNodes(hit))));
    } else {
      const label = lang(hit.prefLabel, uiLanguage()) || anyValue(hit.prefLabel) || localName(hit.id);
      list.append(el("li", { "data-hit": hit.id },
        el("a", { href: "/graph?focus=" + encodeURIComponent(hit.id), text: label }),
        lang(hit.prefLabel, "zh") ? el("span", { class: "zh", lang: "zh", text: " " + lang(hit.prefLabel, "zh") }) : null,
        " (", el("span", {}, ...snippetNodes(hit)), ")"));
    }
  }
}

async function showConcepts() {
  const scheme = await getJson("/api/concepts");
  const concepts = scheme.concepts || [];
  const ids = new Set(concepts.map((c) => c.id));
  const children = new Map();
  const roots = [];
  for (const c of concepts) {
    const parents = (c.broader || []).filter((b) => ids.has(b));
    if (parents.length === 0) roots.push(c);
    for (const p of parents) {
      if (!children.has(p)) children.set(p, []);
      children.get(p).push(c);
    }
  }
  const byLabel = (a, b) => (lang(a.prefLabel, "en") || a.id).localeCompare(lang(b.prefLabel, "en") || b.id);
  const item = (c, seen) => {
    const link = el("a", { href: "/graph?focus=" + encodeURIComponent(shortConceptId(c.id)) }, ...labelNodes(c));
    const kids = seen.has(c.id) ? [] : (children.get(c.id) || []).slice().sort(byLabel);
    if (kids.length === 0) return el("li", { "data-concept": c.id }, link);
    const next = new Set(seen).add(c.id);
    return el("li", { "data-concept": c.id },
      el("details", { open: "" }, el("summary", {}, link), el("ul", {}, ...kids.map((k) => item(k, next)))));
  };
  document.getElementById("concept-tree").append(...roots.sort(byLabel).map((c) => item(c, new Set())));
}

Promise.all([showSearch(), showDocuments(), showRoles(), showConcepts()])
  .then(() => document.body.setAttribute("data-ready", "true"))
  .catch((e) => status("Could not load: " + e.message));
