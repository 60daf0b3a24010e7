// Home: the documents in the graph and the concept scheme as a tree.
"use strict";

const COUNTS = `${prefixLines()}
SELECT ?doc ?type (COUNT(?st) AS ?n) WHERE {
  ?st pkg:inDocument ?doc ; a ?type .
  FILTER(?type IN (pkg:RoleAssignment, pkg:Directive, pkg:DialecticalPair, pkg:ActorMention,
    pkg:FormulationUse, pkg:Citation, pkg:Quotation, pkg:TemporalExpression, pkg:Figure))
} GROUP BY ?doc ?type ORDER BY ?doc ?type`;

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
  for (const doc of docs) {
    const id = doc.id.substring(doc.id.lastIndexOf("/doc/") + 5);
    const title = lang(doc.title, "en") || lang(doc.title, "@none") || id;
    const original = lang(doc.originalTitle, "zh");
    const creator = doc.creator ? doc.creator.name : undefined;
    const author = [lang(creator, "en"), lang(creator, "zh")].filter(Boolean).join(" ");
    const count = byDoc.get(doc.id) || { total: 0, kinds: [] };
    body.append(el("tr", { "data-doc": id },
      el("td", {},
        el("a", { href: "/read/" + encodeURIComponent(id), text: title }),
        original ? el("span", { class: "zh", lang: "zh", text: " " + original }) : null),
      el("td", { text: author }),
      el("td", { text: doc.issued || "" }),
      el("td", { title: count.kinds.join(", ") },
        el("strong", { text: String(count.total) }),
        el("span", { class: "kinds", text: count.kinds.length ? " (" + count.kinds.join(", ") + ")" : "" }))));
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
    const link = el("a", { href: "/graph?focus=" + encodeURIComponent(c.id) }, ...labelNodes(c));
    const kids = seen.has(c.id) ? [] : (children.get(c.id) || []).slice().sort(byLabel);
    if (kids.length === 0) return el("li", { "data-concept": c.id }, link);
    const next = new Set(seen).add(c.id);
    return el("li", { "data-concept": c.id },
      el("details", { open: "" }, el("summary", {}, link), el("ul", {}, ...kids.map((k) => item(k, next)))));
  };
  document.getElementById("concept-tree").append(...roots.sort(byLabel).map((c) => item(c, new Set())));
}

Promise.all([showDocuments(), showConcepts()])
  .then(() => document.body.setAttribute("data-ready", "true"))
  .catch((e) => status("Could not load: " + e.message));
