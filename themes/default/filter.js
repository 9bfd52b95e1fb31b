// waymark: filters a list by market and status, in the browser (an enhancement: without
// JavaScript every item stays shown and the per-market lists do the filtering).
// A form `data-filter="ID"` with selects named `market` and/or `status` filters the
// children of the element #ID by their `data-markets` (space-separated codes; empty means
// every market) and `data-status` attributes.
(function () {
  "use strict";
  document.querySelectorAll("form[data-filter]").forEach(function (form) {
    var list = document.getElementById(form.getAttribute("data-filter"));
    if (!list) return;
    var count = form.querySelector(".filter__count");
    function value(name) {
      var el = form.elements[name];
      return el ? el.value : "";
    }
    function apply() {
      var market = value("market");
      var status = value("status");
      var shown = 0;
      Array.prototype.forEach.call(list.children, function (item) {
        var markets = (item.getAttribute("data-markets") || "").split(" ").filter(Boolean);
        var ok = (!market || markets.length === 0 || markets.indexOf(market) >= 0) &&
          (!status || item.getAttribute("data-status") === status);
        item.hidden = !ok;
        if (ok) shown += 1;
      });
      // The words come from the page (data-pattern, in the site's language).
      var pattern = (count && count.getAttribute("data-pattern")) || "{shown} of {total} shown";
      if (count) count.textContent = pattern.replace("{shown}", shown).replace("{total}", list.children.length);
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  });
})();
