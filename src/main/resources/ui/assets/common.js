// Helpers shared by the UI pages. Every value from the API is inserted as text (textContent or a
// text node), never parsed as markup: a document's words cannot become script.
"use strict";

const PKG = {
  concept: "https://w3id.org/policy-kg/concept/",
  prefixes: [
    ["pkg", "https://w3id.org/policy-kg/ontology#"],
    ["skos", "http://www.w3.org/2004/02/skos/core#"],
    ["dcterms", "http://purl.org/dc/terms/"],
    ["prov", "http://www.w3.org/ns/prov#"],
    ["oa", "http://www.w3.org/ns/oa#"],
    ["foaf", "http://xmlns.com/foaf/0.1/"],
    ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
    ["xsd", "http://www.w3.org/2001/XMLSchema#"],
    ["concept", "https://w3id.org/policy-kg/concept/"],
    ["role", "https://w3id.org/policy-kg/role/"],
  ],
};

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/ld+json, application/json" } });
  if (!response.ok) throw new Error(url + " answered " + response.status);
  return response.json();
}

/** Runs a SELECT on /sparql and returns its bindings. */
async function sparqlSelect(query) {
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
    body: query,
  });
  if (!response.ok) throw new Error("/sparql answered " + response.status);
  return (await response.json()).results.bindings;
}

/** An IRI safe to write between angle brackets in SPARQL, or an error. */
function sparqlIri(iri) {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(iri)) throw new Error("not an IRI: " + iri);
  return "<" + iri + ">";
}

function prefixLines() {
  return PKG.prefixes.map(([p, ns]) => "PREFIX " + p + ": <" + ns + ">").join("\n");
}

/** The value of a JSON-LD language map for a language (case-insensitive), first of a set. */
function lang(map, language) {
  if (!map) return undefined;
  for (const [key, value] of Object.entries(map)) {
    if (key.toLowerCase() === language.toLowerCase()) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** The last path segment of an IRI, words spaced: role/highest-principle -> "highest principle". */
function localName(iri) {
  const cut = Math.max(iri.lastIndexOf("/"), iri.lastIndexOf("#"));
  return decodeURIComponent(iri.substring(cut + 1)).replace(/-/g, " ");
}

/** English label with Chinese and pinyin beside it, as inline elements. */
function labelNodes(concept) {
  const en = lang(concept.prefLabel, "en") || localName(concept.id);
  const zh = lang(concept.prefLabel, "zh");
  const pinyin = lang(concept.altLabel, "zh-Latn-pinyin");
  const nodes = [el("span", { class: "en", text: en })];
  if (zh) nodes.push(" ", el("span", { class: "zh", lang: "zh", text: zh }));
  if (pinyin) nodes.push(" ", el("span", { class: "pinyin", lang: "zh-Latn-pinyin", text: pinyin }));
  return nodes;
}

function status(message) {
  const node = document.getElementById("status");
  if (node) node.textContent = message;
}

/** The short kind name of a statement type: "pkg:RoleAssignment" -> "RoleAssignment". */
function kindOf(type) {
  return String(type).replace(/^pkg:/, "");
}

const KIND_LABELS = {
  RoleAssignment: "role assignment",
  Directive: "directive",
  DialecticalPair: "dialectical pair",
  ActorMention: "actor mention",
  FormulationUse: "formulation",
  Citation: "citation",
  Quotation: "quotation",
  TemporalExpression: "temporal expression",
  Figure: "figure",
};

/** The UI's language, the page's lang attribute: "en". */
function uiLanguage() {
  return document.documentElement.lang || "en";
}

/** The first value of a language map, whatever its language. */
function anyValue(map) {
  if (!map) return undefined;
  const first = Object.values(map)[0];
  return Array.isArray(first) ? first[0] : first;
}

/**
 * A document's name for the UI: its title in the UI's language, else any title (a Chinese notice has
 * only its Chinese one), else the first heading of its text, else its id.
 */
function documentTitle(doc, id, firstHeading) {
  const ui = uiLanguage();
  return lang(doc.title, ui) || lang(doc.originalTitle, ui) || anyValue(doc.title) || anyValue(doc.originalTitle)
    || firstHeading || id;
}

/** A scheme concept's short id (political-security), the id the graph page takes; other IRIs whole. */
function shortConceptId(iri) {
  return iri.startsWith(PKG.concept) && !iri.substring(PKG.concept.length).includes("/")
    ? iri.substring(PKG.concept.length) : iri;
}

/** Where this server answers for one of our IRIs (its Linked Data page); other IRIs as they are. */
function ldPath(iri) {
  const base = "https://w3id.org/policy-kg/";
  return iri.startsWith(base) ? "/" + iri.substring(base.length) : iri;
}

/** The short id of a document IRI: .../doc/ID -> ID. */
function documentId(iri) {
  return iri.substring(iri.lastIndexOf("/doc/") + 5);
}

/** The search hit's snippet as text with its matches in <b>, built from the code point ranges. */
function snippetNodes(hit) {
  const chars = Array.from(hit.snippet || "");
  const nodes = [];
  let at = 0;
  for (const [start, end] of hit.highlights || []) {
    if (start > at) nodes.push(chars.slice(at, start).join(""));
    nodes.push(el("b", { text: chars.slice(start, end).join("") }));
    at = end;
  }
  if (at < chars.length) nodes.push(chars.slice(at).join(""));
  return nodes;
}

// the bar names the page it is on, and its search box keeps the words searched
document.addEventListener("DOMContentLoaded", () => {
  for (const link of document.querySelectorAll("header.site nav a")) {
    const path = new URL(link.href).pathname;
    if (path === window.location.pathname) link.setAttribute("aria-current", "page");
  }
  const q = new URLSearchParams(window.location.search).get("q");
  if (q) document.querySelectorAll("form.search input[name=q]").forEach((input) => { input.value = q; });
});
