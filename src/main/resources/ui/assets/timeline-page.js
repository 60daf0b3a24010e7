// Starts the timeline chart on a page that holds #timeline-chart: the concept or formulation is its
// data-concept attribute (the Linked Data page) or the last segment of /timeline/{id} (the UI page).
"use strict";

(() => {
  const container = document.getElementById("timeline-chart");
  if (!container) return;
  const id = container.getAttribute("data-concept")
    || decodeURIComponent(window.location.pathname.substring(window.location.pathname.lastIndexOf("/") + 1));
  TimelineChart.draw(container, id)
    .then((drawn) => {
      const title = document.getElementById("title");
      if (title && title.hasAttribute("data-from-chart")) title.textContent = "Timeline: " + drawn.chart.getOption().title[0].text;
      document.body.setAttribute("data-chart-ready", "true");
      document.body.setAttribute("data-ready", "true");
    })
    .catch((e) => {
      container.replaceChildren(document.createTextNode("The timeline could not be drawn: " + e.message));
      container.classList.add("empty");
      document.body.setAttribute("data-chart-ready", "false");
      document.body.setAttribute("data-ready", "true");
    });
})();
