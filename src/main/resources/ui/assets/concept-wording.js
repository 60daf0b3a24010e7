// On a concept's timeline page and Linked Data page: for each work with an English and a Chinese
// version, the English words that assign the concept a role beside the aligned Chinese sentence, the
// agreeing Chinese words marked in it. From GET /api/concepts/{id}/wording; values inserted as text.
"use strict";

(() => {
  const section = document.getElementById("wording");
  if (!section) return;
  const chart = document.getElementById("timeline-chart");
  const id = section.getAttribute("data-concept") || (chart && chart.getAttribute("data-concept"))
    || decodeURIComponent(window.location.pathname.substring(window.location.pathname.lastIndexOf("/") + 1));

  function cell(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    children.filter((c) => c !== null && c !== undefined).forEach((c) => n.append(c));
    return n;
  }

  function title(doc) {
    const t = doc.title || {};
    return t.en || t.zh || doc.id.substring(doc.id.lastIndexOf("/") + 1);
  }

  function readLink(doc) {
    const docId = doc.id.substring(doc.id.lastIndexOf("/doc/") + 5);
    return cell("a", { href: "/read/" + encodeURIComponent(docId) }, title(doc));
  }

  /** The sentence with the agreeing words marked, or the sentence alone. */
  function chinese(w) {
    const at = w.chineseWords ? w.chineseSentence.indexOf(w.chineseWords) : -1;
    if (at < 0) return cell("span", { lang: "zh" }, w.chineseSentence);
    return cell("span", { lang: "zh" }, w.chineseSentence.substring(0, at), cell("mark", { class: "agrees" }, w.chineseWords),
      w.chineseSentence.substring(at + w.chineseWords.length));
  }

  fetch("/api/concepts/" + encodeURIComponent(id) + "/wording", { headers: { Accept: "application/ld+json" } })
    .then((r) => (r.ok ? r.json() : null))
    .then((data) => {
      if (!data || !data.works || data.works.length === 0) return;
      const body = section.querySelector("tbody");
      for (const work of data.works) {
        const en = work.englishVersion;
        const zh = work.chineseVersion;
        const enId = en.id.substring(en.id.lastIndexOf("/doc/") + 5);
        const zhId = zh.id.substring(zh.id.lastIndexOf("/doc/") + 5);
        work.wordings.forEach((w, i) => {
          const role = (w.role.prefLabel && (w.role.prefLabel.en || w.role.prefLabel.zh)) || w.role.id;
          body.append(cell("tr", { "data-statement": w.statement },
            cell("td", {}, i === 0 ? readLink(en) : "", i === 0 ? cell("br") : null, i === 0 ? readLink(zh) : "",
              i === 0 ? cell("br") : null,
              i === 0 ? cell("a", { href: "/read/" + encodeURIComponent(enId) + "?beside=" + encodeURIComponent(zhId) }, "side by side") : ""),
            cell("td", {}, role),
            cell("td", { class: "english" }, cell("q", {}, w.englishWords)),
            cell("td", { class: "chinese" }, chinese(w)),
            cell("td", { class: "offsets" }, w.alignmentMethod + " " + w.alignmentScore)));
        });
      }
      section.hidden = false;
    })
    .catch(() => {});
})();
