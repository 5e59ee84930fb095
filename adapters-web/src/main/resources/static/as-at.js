// In a view of a past date (body data-as-of), links, GET forms and htmx reads keep the date, so
// that moving around stays in that day; without this script only the page asked for is of that day.
(function () {
  "use strict";
  var asOf = document.body && document.body.getAttribute("data-as-of");
  if (!asOf) {
    return;
  }
  var own = /^\/(?!static\/|webjars\/|assets\/|login|logout)/;
  document.querySelectorAll("a[href]").forEach(function (link) {
    var href = link.getAttribute("href");
    if (!own.test(href) || link.closest(".as-at")) {
      return;
    }
    var url = new URL(href, window.location.origin);
    if (!url.searchParams.has("asOf")) {
      url.searchParams.set("asOf", asOf);
      link.setAttribute("href", url.pathname + url.search + url.hash);
    }
  });
  document.querySelectorAll("form").forEach(function (form) {
    var method = (form.getAttribute("method") || "get").toLowerCase();
    if (method !== "get" || form.querySelector("[name=asOf]")) {
      return;
    }
    var field = document.createElement("input");
    field.type = "hidden";
    field.name = "asOf";
    field.value = asOf;
    form.appendChild(field);
  });
  document.body.addEventListener("htmx:configRequest", function (event) {
    if (event.detail.verb === "get" && event.detail.parameters.asOf === undefined) {
      event.detail.parameters.asOf = asOf;
    }
  });
})();
