// A concept's or formulation's timeline as a chart (Apache ECharts, SVG renderer): the statements
// that use it in each document, summed by issued date, and the roles documents assign it on that date,
// with its first and latest use marked. The data is GET /api/concepts/{id}/timeline, also offered as
// CSV and JSON-LD; the chart downloads as SVG. Used by the UI's /timeline/{id} page and the Linked Data
// page of a concept or formulation, so it needs nothing from the UI's other scripts. Values from the
// API are inserted as text; the tooltip, which ECharts writes as markup, gets them escaped.
"use strict";

const TimelineChart = (() => {
  function node(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") n.textContent = v;
      else if (k.startsWith("on")) n.addEventListener(k.substring(2), v);
      else n.setAttribute(k, v);
    }
    children.filter((c) => c !== null && c !== undefined).forEach((c) => n.append(c));
    return n;
  }

  function words(map, fallback) {
    if (!map) return fallback;
    const v = map.en || map[Object.keys(map)[0]];
    return Array.isArray(v) ? v[0] : v || fallback;
  }

  function escape(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  function localName(iri) {
    return iri.substring(Math.max(iri.lastIndexOf("/"), iri.lastIndexOf("#")) + 1);
  }

  /** The dated entries summed by date, oldest first: occurrences, distinct role labels, documents. */
  function byDate(data) {
    const dates = new Map();
    for (const entry of data.timeline || []) {
      const date = entry.inDocument.issued;
      if (!date) continue;
      if (!dates.has(date)) dates.set(date, { date: date, occurrences: 0, roles: [], documents: [] });
      const d = dates.get(date);
      d.occurrences += Number(entry.occurrences);
      for (const role of entry.roles || []) {
        const label = words(role.prefLabel, localName(role.id));
        if (!d.roles.includes(label)) d.roles.push(label);
      }
      d.documents.push(words(entry.inDocument.title, localName(entry.inDocument.id)));
    }
    return Array.from(dates.values()).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  function tooltip(days) {
    return (params) => {
      const d = days[params[0].dataIndex];
      return escape(d.date) + "<br>" + escape(d.occurrences) + " statements in " + escape(d.documents.length)
        + " document(s)" + (d.roles.length ? "<br>roles: " + escape(d.roles.join(", ")) : "")
        + "<br>" + d.documents.map(escape).join("<br>");
    };
  }

  /** The ECharts option: what the browser tests read back and compare with the API's data. */
  function option(data) {
    const days = byDate(data);
    const marks = [];
    if (data.firstUse) marks.push({ name: "first use", xAxis: data.firstUse, label: { formatter: "first use" } });
    if (data.latestUse && data.latestUse !== data.firstUse) {
      marks.push({ name: "latest use", xAxis: data.latestUse, label: { formatter: "latest use" } });
    }
    return {
      animation: false,
      title: { text: words(data.prefLabel, localName(data.id)), subtext: "statements and roles by issued date", left: "center" },
      tooltip: { trigger: "axis", formatter: tooltip(days) },
      legend: { top: 50 },
      grid: { top: 90, left: 50, right: 50, bottom: 40 },
      xAxis: { type: "time" },
      yAxis: [{ type: "value", name: "statements", minInterval: 1 }, { type: "value", name: "roles", minInterval: 1 }],
      series: [
        {
          id: "mentions", name: "statements that use it", type: "bar", barMaxWidth: 24,
          data: days.map((d) => [d.date, d.occurrences]),
          markLine: { symbol: "none", data: marks, lineStyle: { type: "dashed" } },
        },
        {
          id: "roles", name: "roles assigned", type: "scatter", yAxisIndex: 1, symbolSize: 12,
          data: days.map((d) => [d.date, d.roles.length]),
          label: { show: true, position: "top", formatter: (p) => days[p.dataIndex].roles.join(", ") },
        },
      ],
    };
  }

  function download(chart, name) {
    const a = node("a", { href: chart.getDataURL({ type: "svg" }), download: name });
    document.body.append(a);
    a.click();
    a.remove();
  }

  /**
   * Draws the timeline of {@code id} into {@code container} and the links to its data after it.
   * Resolves to { chart, data }.
   */
  async function draw(container, id) {
    const api = "/api/concepts/" + encodeURIComponent(id) + "/timeline";
    const response = await fetch(api, { headers: { Accept: "application/ld+json" } });
    if (!response.ok) throw new Error(api + " answered " + response.status);
    const data = await response.json();
    const chart = echarts.init(container, null, { renderer: "svg" });
    chart.setOption(option(data));
    window.addEventListener("resize", () => chart.resize());
    const undated = (data.timeline || []).filter((e) => !e.inDocument.issued).length;
    container.after(node("p", { class: "chart-links" },
      node("a", { href: api + "?format=csv", download: id + "-timeline.csv", text: "Data as CSV" }), " · ",
      node("a", { href: api, text: "Data as JSON-LD" }), " · ",
      node("button", { type: "button", id: "download-svg", onclick: () => download(chart, id + "-timeline.svg") }, "Download the chart (SVG)"),
      data.firstUse ? " · first use " + data.firstUse + ", latest use " + data.latestUse : " · no dated use",
      undated ? " · " + undated + " undated document(s) not on the chart" : ""));
    container.setAttribute("data-drawn", "true");
    return { chart: chart, data: data };
  }

  return { draw: draw, option: option, byDate: byDate };
})();
