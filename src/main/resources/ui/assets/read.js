// Reader: a document's sentences with every extracted statement highlighted by kind. Offsets in the
// API count Unicode code points; JavaScript strings count UTF-16 units, so the text is split into
// code points (Array.from) before it is cut.
"use strict";

const docId = decodeURIComponent(window.location.pathname.substring("/read/".length));
const KEYS = ["concept", "role", "action", "objectText", "object", "left", "right", "leftTerm", "rightTerm",
  "actor", "formulation", "cites", "quotes", "dateValue", "relation", "event", "value", "unit",
  "inDocument", "inSection"];
const CONCEPT_KEYS = new Set(["concept", "object", "left", "right"]);
let statements = [];

function position(st) {
  const selector = (st.evidence.hasSelector || []).find((s) => s.type === "oa:TextPositionSelector");
  return { start: Number(selector.start), end: Number(selector.end) };
}

/** One sentence as text nodes and <mark>s: each stretch covered by statements is one mark. */
function renderSentence(sentence, inside) {
  const chars = Array.from(sentence.sentenceText);
  const base = Number(sentence.textStart);
  const cuts = new Set([0, chars.length]);
  for (const s of inside) {
    cuts.add(Math.max(0, s.pos.start - base));
    cuts.add(Math.min(chars.length, s.pos.end - base));
  }
  const points = Array.from(cuts).sort((a, b) => a - b);
  const span = el("span", { class: "sentence", id: "s-" + sentence.index, "data-sentence": sentence.id });
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const text = chars.slice(from, to).join("");
    const covering = inside.filter((s) => s.pos.start - base <= from && s.pos.end - base >= to);
    if (covering.length === 0) {
      span.append(text);
      continue;
    }
    // the narrowest statement names the colour; all of them are listed on click
    covering.sort((a, b) => (a.pos.end - a.pos.start) - (b.pos.end - b.pos.start));
    const mark = el("mark", {
      class: "kind-" + kindOf(covering[0].st.type),
      tabindex: "0",
      "data-statement-ids": covering.map((s) => s.st.id).join(" "),
      title: covering.map((s) => KIND_LABELS[kindOf(s.st.type)] || kindOf(s.st.type)).join(", "),
    }, text);
    const open = () => showStatements(covering.map((s) => s.st), mark);
    mark.addEventListener("click", open);
    mark.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        open();
      }
    });
    span.append(mark);
  }
  return span;
}

/** A labelled node of the API ({id, prefLabel} or {id, label}): its words, with the IRI beside them. */
function labelledNode(value) {
  const words = lang(value.prefLabel, uiLanguage()) || lang(value.label, uiLanguage()) || anyValue(value.prefLabel)
    || anyValue(value.label) || localName(value.id);
  const zh = lang(value.prefLabel, "zh");
  return el("span", {}, words, zh ? el("span", { class: "zh", lang: "zh", text: " " + zh }) : null, " ",
    el("code", { text: value.id }));
}

function valueNode(key, value) {
  if (value && typeof value === "object" && value.id) return labelledNode(value);
  if (CONCEPT_KEYS.has(key) && typeof value === "string" && value.startsWith("http")) {
    return el("button", { type: "button", class: "concept-link", title: "Sentences that mention it, in every document",
      onclick: () => showConceptSentences(value).catch((e) => status(e.message)) }, localName(value));
  }
  if (typeof value === "string" && value.startsWith("http")) return el("code", { text: value });
  return el("span", { text: typeof value === "object" ? JSON.stringify(value) : String(value) });
}

/** The side panel: each statement's kind, quote, triples and provenance. */
function showStatements(list, mark) {
  document.querySelectorAll("mark.selected").forEach((m) => m.classList.remove("selected"));
  if (mark) mark.classList.add("selected");
  const details = document.getElementById("details");
  details.replaceChildren();
  for (const st of list) {
    const pos = position(st);
    const rows = [el("tr", {}, el("th", { scope: "row", text: "rdf:type" }), el("td", { text: st.type }))];
    for (const key of KEYS) {
      if (st[key] === undefined) continue;
      for (const v of [].concat(st[key])) {
        rows.push(el("tr", {}, el("th", { scope: "row", text: "pkg:" + key }), el("td", {}, valueNode(key, v))));
      }
    }
    details.append(el("section", { class: "statement", "data-statement": st.id },
      el("h2", {}, el("span", { class: "kind kind-" + kindOf(st.type), text: KIND_LABELS[kindOf(st.type)] || kindOf(st.type) })),
      el("p", {}, el("q", { class: "exact", text: st.evidence.hasSelector[0].exact || "" }),
        el("span", { class: "offsets", text: " code points " + pos.start + "–" + pos.end })),
      el("h3", { text: "Triples" }),
      el("p", {}, el("code", { class: "iri", text: st.id })),
      el("table", { class: "triples" }, el("tbody", {}, ...rows)),
      el("h3", { text: "Provenance" }),
      el("dl", {},
        el("dt", { text: "rule" }), el("dd", {}, valueNode("rule", st.generatedBy.rule)),
        el("dt", { text: "activity" }), el("dd", {}, el("code", { text: st.generatedBy.id })),
        el("dt", { text: "evidence" }), el("dd", {}, el("code", { text: st.evidence.id })))));
  }
}

/** Every sentence of every document that mentions the concept. */
async function showConceptSentences(iri) {
  const rows = await sparqlSelect(`${prefixLines()}
SELECT ?doc ?title ?sentence ?text ?start WHERE {
  ?sentence pkg:mentions ${sparqlIri(iri)} ; pkg:inDocument ?doc ; pkg:text ?text ; pkg:start ?start .
  OPTIONAL { ?doc dcterms:title ?title }
} ORDER BY ?doc ?start`);
  const details = document.getElementById("details");
  details.replaceChildren(el("h2", { text: "Sentences that mention " + localName(iri) }),
    el("p", {}, el("a", { href: "/graph?focus=" + encodeURIComponent(iri), text: "Show its graph" })));
  const list = el("ol", { class: "concept-sentences" });
  for (const row of rows) {
    const id = row.doc.value.substring(row.doc.value.lastIndexOf("/doc/") + 5);
    list.append(el("li", {},
      el("a", { href: "/read/" + encodeURIComponent(id), text: row.title ? row.title.value : id }),
      ": ", el("q", { text: row.text.value })));
  }
  details.append(el("p", { text: rows.length + " sentences" }), list);
}

function legend() {
  const list = document.getElementById("legend");
  for (const [kind, label] of Object.entries(KIND_LABELS)) {
    list.append(el("li", {}, el("mark", { class: "kind-" + kind, text: label })));
  }
}

function flatten(sections, out) {
  for (const s of sections || []) {
    out.push(s);
    flatten(s.sections, out);
  }
  return out;
}

/** A document and its sentences, from the API. */
async function loadDocument(id) {
  const [doc, text] = await Promise.all([
    getJson("/api/documents/" + encodeURIComponent(id)),
    getJson("/api/documents/" + encodeURIComponent(id) + "/sentences"),
  ]);
  return { doc: doc, text: text, statements: (doc.extractions || []).map((st) => ({ st: st, pos: position(st) })) };
}

/** The statements that lie inside a sentence: its highlights. */
function statementsIn(sentence, all) {
  const start = Number(sentence.textStart);
  const end = Number(sentence.textEnd);
  return all.filter((s) => s.pos.start >= start && s.pos.end <= end && s.pos.end > s.pos.start);
}

async function start() {
  const { doc, text, statements: found } = await loadDocument(docId);
  statements = found;
  const firstHeading = flatten(doc.sections, []).map((s) => s.heading).find(Boolean);
  const title = documentTitle(doc, docId, firstHeading);
  document.title = "policy-kg: " + title;
  document.getElementById("title").textContent = title;
  const creator = doc.creator ? [lang(doc.creator.name, "en"), lang(doc.creator.name, "zh")].filter(Boolean).join(" ") : "";
  const original = lang(doc.originalTitle, "zh");
  document.getElementById("meta").replaceChildren(
    original && original !== title ? el("span", { class: "zh", lang: "zh", text: original + " " }) : "",
    [creator, doc.issued].filter(Boolean).join(", "), " ",
    el("a", { href: "/graph?focus=" + encodeURIComponent(docId), text: "Graph" }), " ",
    el("a", { href: ldPath(doc.id), text: "Linked Data" }));
  legend();
  const headings = flatten(doc.sections, []).sort((a, b) => a.textStart - b.textStart);
  const article = document.getElementById("text");
  let paragraph = null;
  let paragraphId = null;
  for (const sentence of text.sentences) {
    const start = Number(sentence.textStart);
    let opened = null;
    while (headings.length && headings[0].textStart <= start) opened = headings.shift();
    if (sentence.partOf !== paragraphId || opened) {
      // a part's heading is a paragraph of its own: shown as a heading; an item's marker leads its paragraph
      const asHeading = opened && opened.type === "pkg:Section" && opened.heading
        && sentence.sentenceText.startsWith(opened.heading.substring(0, 20));
      paragraph = el(asHeading ? "h2" : "p", asHeading ? { class: "section-heading" } : {});
      if (opened && opened.marker) paragraph.append(el("strong", { class: "marker", text: opened.marker + " " }));
      article.append(paragraph);
      paragraphId = sentence.partOf;
    } else {
      paragraph.append(" ");
    }
    paragraph.append(renderSentence(sentence, statementsIn(sentence, statements)));
  }
  await offerTranslations(docId).catch(() => {});
  const wanted = decodeURIComponent(window.location.hash.substring(1));
  if (wanted) {
    const mark = Array.from(document.querySelectorAll("mark[data-statement-ids]"))
      .find((m) => m.getAttribute("data-statement-ids").split(" ").includes(wanted));
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      mark.click();
    }
  }
}

const beside = new URLSearchParams(window.location.search).get("beside");
(beside ? startBeside(beside) : start())
  .then(() => document.body.setAttribute("data-ready", "true"))
  .catch((e) => status("Could not load the document: " + e.message));
