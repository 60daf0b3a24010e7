// The reader's side-by-side view (/read/{id}?beside={otherId}): a document and another language
// version of its work in two columns, one row per sentence link of their alignment
// (GET /api/documents/{id}/alignment?with=), each side with its statement highlights. Statements
// that the other version's aligned sentences do not make are marked "one language only". Uses the
// reader's functions (read.js), which this file is loaded before.
"use strict";

/** Rows of [left sentences, right sentences, link]: the links in order, unlinked sentences between them. */
function alignedRows(left, right, links) {
  const at = (list) => new Map(list.map((s, i) => [s.id, i]));
  const leftAt = at(left);
  const rightAt = at(right);
  const shown = new Set();
  const rows = [];
  let li = 0;
  let ri = 0;
  const take = (list, positions) => positions.filter((p) => p !== undefined && !shown.has(list[p].id))
    .sort((a, b) => a - b).map((p) => { shown.add(list[p].id); return list[p]; });
  for (const link of links) {
    const ls = link.sentencesOfThis.map((s) => leftAt.get(s.id)).filter((p) => p !== undefined);
    const rs = link.sentencesOfOther.map((s) => rightAt.get(s.id)).filter((p) => p !== undefined);
    for (; ls.length && li < Math.min(...ls); li++) if (!shown.has(left[li].id)) rows.push([take(left, [li]), [], null]);
    for (; rs.length && ri < Math.min(...rs); ri++) if (!shown.has(right[ri].id)) rows.push([[], take(right, [ri]), null]);
    rows.push([take(left, ls), take(right, rs), link]);
    if (ls.length) li = Math.max(li, Math.max(...ls) + 1);
    if (rs.length) ri = Math.max(ri, Math.max(...rs) + 1);
  }
  for (; li < left.length; li++) if (!shown.has(left[li].id)) rows.push([take(left, [li]), [], null]);
  for (; ri < right.length; ri++) if (!shown.has(right[ri].id)) rows.push([[], take(right, [ri]), null]);
  return rows;
}

function besideCell(loaded, sentences) {
  const cell = el("td", { lang: loaded.doc.language || "" });
  sentences.forEach((s, i) => {
    if (i > 0) cell.append(" ");
    cell.append(renderSentence(s, statementsIn(s, loaded.statements)));
  });
  return cell;
}

async function startBeside(otherId) {
  const [left, right, alignment] = await Promise.all([
    loadDocument(docId),
    loadDocument(otherId),
    getJson("/api/documents/" + encodeURIComponent(docId) + "/alignment?with=" + encodeURIComponent(otherId)),
  ]);
  statements = left.statements.concat(right.statements);
  const titles = [left, right].map((d, i) => documentTitle(d.doc, i === 0 ? docId : otherId, null));
  document.title = "policy-kg: " + titles.join(" | ");
  document.getElementById("title").textContent = titles[0] + " | " + titles[1];
  document.getElementById("meta").replaceChildren(
    el("a", { href: "/read/" + encodeURIComponent(docId), text: "Read " + docId + " alone" }), " · ",
    el("a", { href: "/read/" + encodeURIComponent(otherId), text: "Read " + otherId + " alone" }), " · ",
    el("a", { href: "/api/documents/" + encodeURIComponent(docId) + "/alignment?with=" + encodeURIComponent(otherId), text: "Alignment (JSON-LD)" }),
    " · " + alignment.alignments.length + " sentence links, " + alignment.agreements.length + " statements that agree, "
      + (alignment.onlyInThis.length + alignment.onlyInOther.length) + " found in one language only");
  legend();
  document.getElementById("legend").append(el("li", {}, el("mark", { class: "one-language", text: "found in one language only" })));
  const table = el("table", { class: "beside", id: "beside" },
    el("thead", {}, el("tr", {}, el("th", { text: titles[0] }), el("th", { text: "link" }), el("th", { text: titles[1] }))));
  const body = el("tbody");
  for (const [ls, rs, link] of alignedRows(left.text.sentences, right.text.sentences, alignment.alignments)) {
    body.append(el("tr", link ? { "data-alignment": link.id, "data-method": link.alignmentMethod } : { class: "unlinked" },
      besideCell(left, ls),
      el("td", { class: "offsets", text: link ? link.alignmentMethod + " " + link.alignmentScore : "unlinked" }),
      besideCell(right, rs)));
  }
  table.append(body);
  const article = document.getElementById("text");
  article.classList.add("beside");
  article.replaceChildren(table);
  const oneLanguage = new Set(alignment.onlyInThis.concat(alignment.onlyInOther).map((s) => s.id));
  document.querySelectorAll("#beside mark[data-statement-ids]").forEach((m) => {
    if (m.getAttribute("data-statement-ids").split(" ").some((id) => oneLanguage.has(id))) m.classList.add("one-language");
  });
}

/** On the single reader: links to read the document beside each other language version of its work. */
async function offerTranslations(id) {
  const alignment = await getJson("/api/documents/" + encodeURIComponent(id) + "/alignment");
  const meta = document.getElementById("meta");
  for (const t of alignment.translations || []) {
    const otherId = documentId(t.id);
    meta.append(" ", el("a", { class: "beside-link", href: "/read/" + encodeURIComponent(id) + "?beside=" + encodeURIComponent(otherId),
      text: "Read beside the " + (t.language || "other") + " version" }));
  }
}
