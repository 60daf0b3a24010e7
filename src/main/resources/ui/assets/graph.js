// Graph view: the neighbourhood of a concept, document, role or actor from /api/graph (and, for a
// scheme concept, the statements of /api/concepts), drawn with Cytoscape.js and laid out with fCoSE,
// which keeps nodes and their labels apart. Clicking a node adds its own neighbourhood.
"use strict";

const DEFAULT_FOCUS = "national-security";
const params = new URLSearchParams(window.location.search);
const focusParam = (params.get("focus") || DEFAULT_FOCUS).trim();
const KINDS = [
  { key: "concept", label: "concept", colour: "#2b6cb0", shape: "ellipse", shown: true },
  { key: "role", label: "role", colour: "#c05621", shape: "diamond", shown: true },
  { key: "document", label: "document", colour: "#2f855a", shape: "rectangle", shown: true },
  { key: "actor", label: "actor", colour: "#6b46c1", shape: "hexagon", shown: true },
  { key: "statement", label: "statement", colour: "#b7791f", shape: "round-triangle", shown: false },
  { key: "sentence", label: "sentence", colour: "#718096", shape: "round-rectangle", shown: false },
  { key: "mention", label: "mention", colour: "#a0aec0", shape: "ellipse", shown: false },
  { key: "part", label: "section", colour: "#4a5568", shape: "tag", shown: false },
];
const wanted = params.get("kinds");
if (wanted) for (const k of KINDS) k.shown = wanted.split(",").includes(k.key);
const expanded = new Set();
const concepts = new Map(); // IRI -> concept of the scheme (labels, broader)
const documents = new Map(); // IRI -> document (titles)
let focus = null;

const cy = cytoscape({
  container: document.getElementById("cy"),
  style: [
    { selector: "node", style: { label: "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 120,
      "text-valign": "bottom", "text-margin-y": 4, color: "#1b1b1b", width: 22, height: 22,
      "text-background-color": "#fff", "text-background-opacity": 0.7 } },
    ...KINDS.map((k) => ({ selector: "node." + k.key, style: { "background-color": k.colour, shape: k.shape } })),
    { selector: "node.candidate", style: { "background-color": "#8a99ad" } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#0b3d75" } },
    { selector: "node.focus", style: { width: 34, height: 34, "font-weight": "bold" } },
    { selector: "edge", style: { width: 1.5, "line-color": "#a0aec0", "target-arrow-color": "#a0aec0",
      "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 9,
      color: "#4a5568", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
  ],
});

function shownKinds() {
  return KINDS.filter((k) => k.shown).map((k) => k.key);
}

/** The kind of an /api/graph node from its types, as the server's ?kinds= reads them. */
function kindOfNode(node) {
  const types = [].concat(node.type || []);
  const has = (...t) => t.some((x) => types.includes(x));
  if (has("pkg:Role", "pkg:CandidateRole")) return "role";
  if (has("pkg:PolicyDocument", "dcterms:BibliographicResource")) return "document";
  if (has("foaf:Person", "foaf:Organization", "foaf:Agent")) return "actor";
  if (has("pkg:Sentence")) return "sentence";
  if (has("pkg:Mention")) return "mention";
  if (types.some((t) => KIND_LABELS[kindOf(t)])) return "statement";
  if (has("pkg:Section", "pkg:Item", "pkg:Paragraph", "pkg:Preamble")) return "part";
  if (has("skos:Concept", "pkg:CandidateConcept")) return "concept";
  return "other";
}

function nodeLabel(node, kind) {
  const ui = uiLanguage();
  if (kind === "document") return documentTitle(node, documentId(node.id));
  if (kind === "statement") return KIND_LABELS[kindOf([].concat(node.type)[0])] || "statement";
  if (kind === "sentence" && node.sentenceText) {
    const text = Array.from(node.sentenceText);
    return text.length > 60 ? text.slice(0, 57).join("") + "…" : node.sentenceText;
  }
  const en = lang(node.prefLabel, ui) || lang(node.label, ui) || lang(node.name, ui)
    || anyValue(node.prefLabel) || anyValue(node.label) || anyValue(node.name) || localName(node.id);
  const zh = lang(node.prefLabel, "zh") || lang(node.label, "zh") || lang(node.name, "zh");
  return en + (zh && zh !== en ? "\n" + zh : "");
}

function conceptLabel(iri) {
  const c = concepts.get(iri);
  return c ? nodeLabel(c, "concept") : localName(iri);
}

function addNode(id, kind, label) {
  const existing = cy.getElementById(id);
  if (existing.nonempty()) return existing;
  const classes = kind + (kind === "concept" && !id.startsWith(PKG.concept) ? " candidate" : "");
  return cy.add({ group: "nodes", data: { id: id, label: label, kind: kind }, classes: classes });
}

function addEdge(source, target, label) {
  const id = source + " " + label + " " + target;
  if (cy.getElementById(id).nonempty() || cy.getElementById(source).empty() || cy.getElementById(target).empty()) return;
  cy.add({ group: "edges", data: { id: id, source: source, target: target, label: label } });
}

/** "treatedAs" -> "treated as" */
function edgeLabel(property) {
  return property.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

const NOT_EDGES = new Set(["id", "type", "@context", "prefLabel", "altLabel", "label", "title", "originalTitle", "name", "sentenceText"]);

/** Adds the nodes of an /api/graph answer of the kinds shown, and each link between two of them. */
function addAnswer(answer) {
  const nodes = answer["@graph"] || (answer.id ? [answer] : []);
  const shown = new Set(shownKinds());
  for (const node of nodes) {
    const kind = kindOfNode(node);
    if (node.id === focus || shown.has(kind)) addNode(node.id, kind, nodeLabel(node, kind));
  }
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (NOT_EDGES.has(key)) continue;
      for (const v of [].concat(value)) {
        const target = typeof v === "string" ? v : v && v.id;
        if (typeof target === "string") addEdge(node.id, target, edgeLabel(key));
      }
    }
  }
}

async function graphAround(iri, depth) {
  const response = await fetch("/api/graph?depth=" + depth + "&kinds=" + shownKinds().concat(["concept"]).join(",")
    + "&focus=" + encodeURIComponent(iri), { headers: { Accept: "application/ld+json" } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error("/api/graph answered " + response.status);
  return response.json();
}

/** A scheme concept's statements: the roles documents assign it and the documents that do. */
async function addStatements(iri) {
  const concept = await getJson("/api/concepts/" + encodeURIComponent(iri.substring(PKG.concept.length)));
  const shown = new Set(shownKinds());
  for (const st of concept.statements || []) {
    if (st.role && shown.has("role")) {
      addNode(st.role.id, "role", nodeLabel(st.role, "role"));
      addEdge(iri, st.role.id, "treated as");
    }
    if (shown.has("document")) {
      addNode(st.inDocument, "document", documentTitle(documents.get(st.inDocument) || {}, documentId(st.inDocument)));
      addEdge(iri, st.inDocument, "stated in");
    }
  }
  for (const st of concept.directives || []) {
    if (shown.has("document")) {
      addNode(st.inDocument, "document", documentTitle(documents.get(st.inDocument) || {}, documentId(st.inDocument)));
      addEdge(iri, st.inDocument, "object of directive in");
    }
    for (const other of st.object || []) {
      if (other === iri) continue;
      addNode(other, "concept", conceptLabel(other));
      addEdge(iri, other, "directed with");
    }
  }
  return concept;
}

function layout() {
  cy.layout({ name: typeof cytoscapeFcose !== "undefined" ? "fcose" : "cose", animate: false, randomize: true, quality: "proof",
    nodeDimensionsIncludeLabels: true, nodeSeparation: 60, idealEdgeLength: () => 110,
    nodeRepulsion: () => 9000, packComponents: true, padding: 30 }).run();
}

async function expand(iri) {
  if (expanded.has(iri)) return;
  expanded.add(iri);
  const answer = await graphAround(iri, 1);
  if (answer) addAnswer(answer);
  cy.getElementById(iri).addClass("expanded");
  let concept = null;
  if (concepts.has(iri)) concept = await addStatements(iri);
  layout();
  showDetails(iri, concept);
}

/** The side panel: what the node is, links to its other views, and a scheme concept's statements with their sentences. */
function showDetails(iri, concept) {
  const details = document.getElementById("details");
  details.replaceChildren();
  const node = cy.getElementById(iri);
  const kind = node.nonempty() ? node.data("kind") : "";
  details.append(el("h2", {}, ...(concepts.has(iri) ? labelNodes(concepts.get(iri)) : [node.nonempty() ? node.data("label") : iri])));
  const links = el("p", {}, el("span", { class: "kinds", text: kind + " " }));
  if (kind === "document") links.append(el("a", { href: "/read/" + encodeURIComponent(documentId(iri)), text: "Read it" }), " ");
  links.append(el("a", { href: ldPath(iri), text: "Linked Data page" }));
  if (kind === "concept" && iri.startsWith(PKG.concept)) {
    const id = encodeURIComponent(iri.substring(PKG.concept.length));
    links.append(" ", el("a", { href: "/timeline/" + id, text: "timeline chart" }),
      " ", el("a", { href: "/api/concepts/" + id + "/timeline", text: "(JSON-LD)" }));
  }
  details.append(links);
  if (!concept) return;
  const all = (concept.statements || []).concat(concept.directives || []);
  details.append(el("p", { text: all.length + " statements" + (all.length ? ":" : ".") }));
  const list = el("ol", { class: "statements" });
  for (const st of all) {
    const docId = documentId(st.inDocument);
    const role = st.role ? lang(st.role.prefLabel, uiLanguage()) || anyValue(st.role.prefLabel) || anyValue(st.role.label) || localName(st.role.id) : "";
    const what = st.role ? "treated as " + role : st.action ? st.action + " " + (st.objectText || "") : "";
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
  const iri = event.target.id();
  if (expanded.has(iri)) {
    (concepts.has(iri) ? getJson("/api/concepts/" + encodeURIComponent(iri.substring(PKG.concept.length))) : Promise.resolve(null))
      .then((c) => showDetails(iri, c));
  } else {
    expand(iri).catch((e) => status("Could not expand: " + e.message));
  }
});

/** The IRIs a short id may stand for, in the order tried: the UI links concepts, documents, candidates, roles and actors by it. */
function candidatesFor(id) {
  if (/^https?:\/\//.test(id)) return [id];
  const base = PKG.concept.substring(0, PKG.concept.length - "concept/".length);
  const doc = Array.from(documents.keys()).find((iri) => documentId(iri) === id);
  return [PKG.concept + id, doc, base + "candidate/" + id, base + "role/" + id, base + "role/candidate/" + id,
    base + "formulation/" + id, base + "actor/" + id].filter(Boolean);
}

function showEmpty(message) {
  document.getElementById("graph-empty").textContent = message || "";
}

function legend() {
  const box = document.getElementById("legend");
  for (const k of KINDS) {
    const input = el("input", { type: "checkbox", name: "kind", value: k.key });
    input.checked = k.shown;
    input.addEventListener("change", () => {
      const next = new URLSearchParams(window.location.search);
      next.set("kinds", Array.from(box.querySelectorAll("input:checked")).map((i) => i.value).join(","));
      next.set("focus", focusParam);
      window.location.search = next.toString();
    });
    box.append(el("label", { "data-kind": k.key }, input,
      el("span", { class: "swatch", style: "background:" + k.colour }), k.label));
  }
}

async function start() {
  legend();
  document.getElementById("focus").value = focusParam;
  const [scheme, docs] = await Promise.all([getJson("/api/concepts"), getJson("/api/documents")]);
  for (const c of scheme.concepts || []) concepts.set(c.id, c);
  for (const d of docs["@graph"] || []) documents.set(d.id, d);
  let answer = null;
  for (const iri of candidatesFor(focusParam)) {
    answer = await graphAround(iri, 1);
    if (answer) {
      focus = iri;
      break;
    }
  }
  if (!focus) {
    document.getElementById("title").textContent = "Concept graph: " + focusParam;
    showEmpty("Nothing in the graph is called " + focusParam + ". Give a concept id (political-security), a document id, or a full IRI.");
    return;
  }
  const node = (answer["@graph"] || []).find((n) => n.id === focus) || { id: focus };
  const kind = concepts.has(focus) ? "concept" : kindOfNode(node);
  addNode(focus, kind, concepts.has(focus) ? conceptLabel(focus) : nodeLabel(node, kind)).addClass("focus");
  document.getElementById("title").textContent = "Graph: " + cy.getElementById(focus).data("label").replace("\n", " ");
  addAnswer(answer);
  expanded.add(focus);
  cy.getElementById(focus).addClass("expanded");
  const concept = concepts.has(focus) ? await addStatements(focus) : null;
  layout();
  showDetails(focus, concept);
  if (cy.nodes().length <= 1) showEmpty("Nothing of the kinds shown is linked to " + focusParam + ". Tick more kinds above.");
}

document.getElementById("graph-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const next = new URLSearchParams(window.location.search);
  next.set("focus", document.getElementById("focus").value.trim());
  window.location.search = next.toString();
});

start()
  .then(() => document.body.setAttribute("data-ready", "true"))
  .catch((e) => {
    status("Could not load the graph: " + e.message);
    document.body.setAttribute("data-ready", "true");
  });
