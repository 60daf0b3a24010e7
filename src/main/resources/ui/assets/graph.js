// Graph view: a concept's neighbourhood from the JSON-LD API, drawn with Cytoscape.js; clicking a
// concept adds its own neighbourhood.
"use strict";

const DEFAULT_FOCUS = PKG.concept + "national-security";
const params = new URLSearchParams(window.location.search);
const focus = params.get("focus") || DEFAULT_FOCUS;
const expanded = new Set();
const concepts = new Map(); // IRI -> concept of the scheme (labels, broader)
const documents = new Map(); // IRI -> document (title)

const cy = cytoscape({
  container: document.getElementById("cy"),
  style: [
    { selector: "node", style: { label: "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 120,
      "text-valign": "bottom", "text-margin-y": 4, color: "#1b1b1b", width: 22, height: 22 } },
    { selector: "node.concept", style: { "background-color": "#2b6cb0" } },
    { selector: "node.candidate", style: { "background-color": "#8a99ad", shape: "round-rectangle" } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#0b3d75" } },
    { selector: "node.focus", style: { width: 34, height: 34, "font-weight": "bold" } },
    { selector: "node.role", style: { "background-color": "#c05621", shape: "diamond" } },
    { selector: "node.document", style: { "background-color": "#2f855a", shape: "rectangle" } },
    { selector: "edge", style: { width: 1.5, "line-color": "#a0aec0", "target-arrow-color": "#a0aec0",
      "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 9,
      color: "#4a5568", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
  ],
});

function conceptLabel(iri) {
  const c = concepts.get(iri);
  const en = c ? lang(c.prefLabel, "en") : undefined;
  const zh = c ? lang(c.prefLabel, "zh") : undefined;
  return (en || localName(iri)) + (zh ? "\n" + zh : "");
}

function addNode(id, kind, label) {
  if (cy.getElementById(id).nonempty()) return;
  cy.add({ group: "nodes", data: { id: id, label: label, kind: kind }, classes: kind });
}

function addEdge(source, target, label) {
  const id = source + " " + label + " " + target;
  if (cy.getElementById(id).nonempty()) return;
  cy.add({ group: "edges", data: { id: id, source: source, target: target, label: label } });
}

function addConcept(iri) {
  addNode(iri, iri.startsWith(PKG.concept) ? "concept" : "candidate", conceptLabel(iri));
}

function addDocument(iri) {
  const doc = documents.get(iri);
  addNode(iri, "document", (doc && (lang(doc.title, "en") || lang(doc.title, "@none"))) || localName(iri));
}

async function expand(iri) {
  if (expanded.has(iri) || !iri.startsWith(PKG.concept)) return;
  expanded.add(iri);
  const concept = await getJson("/api/concepts/" + encodeURIComponent(iri.substring(PKG.concept.length)));
  addConcept(iri);
  cy.getElementById(iri).addClass("expanded");
  for (const b of concept.broader || []) {
    addConcept(b);
    addEdge(iri, b, "broader");
  }
  for (const [other, c] of concepts) {
    if ((c.broader || []).includes(iri)) {
      addConcept(other);
      addEdge(other, iri, "broader");
    }
  }
  for (const st of concept.statements || []) {
    if (st.role) {
      addNode(st.role, "role", localName(st.role));
      addEdge(iri, st.role, "treated as");
    }
    addDocument(st.inDocument);
    addEdge(iri, st.inDocument, "stated in");
  }
  for (const st of concept.directives || []) {
    addDocument(st.inDocument);
    addEdge(iri, st.inDocument, "object of directive in");
    for (const other of st.object || []) {
      if (other === iri) continue;
      addConcept(other);
      addEdge(iri, other, "directed with");
    }
  }
  // rings by distance from the focus: the neighbourhood reads outwards, expansions join the outer rings
  cy.layout({ name: "breadthfirst", roots: cy.getElementById(focus), circle: true, spacingFactor: 1.1,
    animate: false, padding: 30, directed: false }).run();
  showDetails(concept);
}

/** The side panel: the concept's statements, each with its sentence and a link to the reader. */
function showDetails(concept) {
  const details = document.getElementById("details");
  details.replaceChildren();
  details.append(el("h2", {}, ...labelNodes(concepts.get(concept.id) || concept)));
  const all = (concept.statements || []).concat(concept.directives || []);
  details.append(el("p", { text: all.length + " statements" + (all.length ? ":" : ".") }));
  const list = el("ol", { class: "statements" });
  for (const st of all) {
    const docId = st.inDocument.substring(st.inDocument.lastIndexOf("/doc/") + 5);
    const what = st.role ? "treated as " + localName(st.role) : st.action ? st.action + " " + (st.objectText || "") : "";
    list.append(el("li", {},
      el("span", { class: "kind kind-" + kindOf(st.type), text: KIND_LABELS[kindOf(st.type)] || kindOf(st.type) }),
      " " + what + " ",
      el("q", { text: st.inSentence.sentenceText || "" }),
      " ",
      el("a", { href: "/read/" + encodeURIComponent(docId) + "#" + encodeURIComponent(st.id), text: "read" })));
  }
  details.append(list);
}

cy.on("tap", "node", (event) => {
  const node = event.target;
  const kind = node.data("kind");
  if (kind === "concept") {
    expand(node.id()).catch((e) => status("Could not expand: " + e.message));
    if (expanded.has(node.id())) {
      getJson("/api/concepts/" + encodeURIComponent(node.id().substring(PKG.concept.length))).then(showDetails);
    }
  } else if (kind === "document") {
    window.location.href = "/read/" + encodeURIComponent(node.id().substring(node.id().lastIndexOf("/doc/") + 5));
  }
});

async function start() {
  const [scheme, docs] = await Promise.all([getJson("/api/concepts"), getJson("/api/documents")]);
  for (const c of scheme.concepts || []) concepts.set(c.id, c);
  for (const d of docs["@graph"] || []) documents.set(d.id, d);
  document.getElementById("title").textContent = "Concept graph: " + conceptLabel(focus).replace("\n", " ");
  await expand(focus);
  cy.getElementById(focus).addClass("focus");
}

start()
  .then(() => document.body.setAttribute("data-ready", "true"))
  .catch((e) => status("Could not load the graph: " + e.message));
