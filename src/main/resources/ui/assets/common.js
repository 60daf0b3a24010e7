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
