/* waymark site search.
   The index (search-index.js at the site root) is a script that sets window.WAYMARK_SEARCH,
   loaded on first use by a <script> tag so that it works from file:// (no fetch). MiniSearch
   (minisearch.js beside this file, MIT) indexes its documents in the browser.
   Terms are folded: Unicode NFKD, marks removed, lower case ("Évaluation" = "evaluation").
   Han, kana and Hangul runs are cut into overlapping two-character grams, so a Chinese or
   Japanese word is found without spaces between words. Without JavaScript the search box
   submits to search.html, a plain list of links. */
(function () {
  "use strict";
  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
  var CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g;
  var SPLIT = /[^\p{L}\p{N}]+/u;

  function fold(s) {
    return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function tokenize(text) {
    var out = [];
    fold(text).split(SPLIT).forEach(function (w) {
      if (!w) return;
      if (!CJK.test(w)) { out.push(w); return; }
      var rest = w.replace(CJK_RUN, " ").trim();
      if (rest) rest.split(/\s+/).forEach(function (x) { out.push(x); });
      (w.match(CJK_RUN) || []).forEach(function (run) {
        var chars = Array.from(run);
        if (chars.length === 1) { out.push(run); return; }
        for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      });
    });
    return out;
  }

  var engine = null;
  var loading = null;

  function load(root) {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      function build() {
        var data = window.WAYMARK_SEARCH;
        var ms = new window.MiniSearch({
          fields: ["text"],
          idField: "id",
          tokenize: tokenize,
          processTerm: function (t) { return t; },
          searchOptions: {
            tokenize: tokenize,
            processTerm: function (t) { return t; },
            prefix: true,
            combineWith: "AND",
            fuzzy: function (term) { return term.length > 4 && !CJK.test(term) ? 0.2 : false; },
            boostDocument: function (id) { var k = data.docs[id][0]; return k <= 1 ? 2 : 1; }
          }
        });
        ms.addAll(data.docs.map(function (d, i) { return { id: i, text: d[3] }; }));
        engine = { ms: ms, data: data };
        resolve(engine);
      }
      if (window.WAYMARK_SEARCH) { build(); return; }
      var s = document.createElement("script");
      s.src = root + "search-index.js";
      s.onload = build;
      s.onerror = function () { reject(new Error("cannot load search-index.js")); };
      document.head.appendChild(s);
    });
    return loading;
  }

  function hrefOf(e, root, d) {
    var page = e.data.pages[d[1]][0];
    if (d[2] >= 0) page += "#stage-" + e.data.stages[d[2]][0];
    return root + page;
  }

  // The result words in the site's language, from the data-* attributes of the site's
  // search form (templates/base.html): patterns with {query} and {limit}, the count in each
  // plural category of the page's language (rendered there with a sample number, which is
  // replaced here), and the kind names.
  var SAMPLE = { zero: 0, one: 1, two: 2, few: 3, many: 11, other: 100 };
  var cachedWords = null;
  // Read once per page: the attributes and the plural rules do not change.
  function words() {
    if (!cachedWords) cachedWords = readWords();
    return cachedWords;
  }
  function readWords() {
    var form = document.querySelector("form.site-search");
    var get = function (name, fallback) {
      return (form && form.getAttribute("data-" + name)) || fallback;
    };
    var rules = window.Intl && Intl.PluralRules ?
      new Intl.PluralRules(document.documentElement.lang || "en") : null;
    return {
      none: get("none", "No results for \u201c{query}\u201d"),
      first: get("first", ", first {limit} shown"),
      kinds: get("kinds", "").split("|").filter(Boolean),
      count: function (n) {
        var cat = rules ? rules.select(n) : (n === 1 ? "one" : "other");
        var pattern = get("count-" + cat, null);
        if (!pattern) { cat = "other"; pattern = get("count-other", "100 results"); }
        return pattern.split(String(SAMPLE[cat])).join(String(n));
      }
    };
  }

  function render(box, e, root, query, limit) {
    box.textContent = "";
    var q = query.trim();
    if (!q) { box.hidden = true; return; }
    var hits = e.ms.search(q);
    var p = document.createElement("p");
    p.className = "search-results__count";
    p.textContent = hits.length === 0 ? words().none.replace("{query}", q) :
      words().count(hits.length) +
      (hits.length > limit ? words().first.replace("{limit}", limit) : "");
    box.appendChild(p);
    if (hits.length) {
      var ul = document.createElement("ul");
      hits.slice(0, limit).forEach(function (h) {
        var d = e.data.docs[h.id];
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = hrefOf(e, root, d);
        var kind = document.createElement("span");
        kind.className = "search-kind";
        kind.textContent = words().kinds[d[0]] || e.data.kinds[d[0]];
        var text = document.createElement("span");
        text.className = "search-text";
        text.textContent = d[3];
        a.appendChild(kind);
        a.appendChild(text);
        var where = [];
        if (d[0] > 1 && d[0] !== 6) where.push(e.data.pages[d[1]][1]);
        if (d[2] >= 0 && d[0] !== 2) where.push(e.data.stages[d[2]][1]);
        if (where.length) {
          var ctx = document.createElement("span");
          ctx.className = "search-where";
          ctx.textContent = where.join(" \u203a ");
          a.appendChild(ctx);
        }
        li.appendChild(a);
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    box.hidden = false;
  }

  function wire(form, input, box, limit) {
    var root = form.getAttribute("data-root") || "";
    var timer = null;
    function update() {
      load(root).then(function (e) { render(box, e, root, input.value, limit); },
        function (err) { box.hidden = false; box.textContent = err.message; });
    }
    input.addEventListener("focus", function () { load(root); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 60);
    });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { box.hidden = true; }
      if (ev.key === "ArrowDown") {
        var first = box.querySelector("a");
        if (first) { ev.preventDefault(); first.focus(); }
      }
    });
    box.addEventListener("keydown", function (ev) {
      var links = Array.prototype.slice.call(box.querySelectorAll("a"));
      var i = links.indexOf(document.activeElement);
      if (ev.key === "ArrowDown" && i >= 0 && i + 1 < links.length) { ev.preventDefault(); links[i + 1].focus(); }
      if (ev.key === "ArrowUp" && i >= 0) { ev.preventDefault(); (i === 0 ? input : links[i - 1]).focus(); }
      if (ev.key === "Escape") { box.hidden = true; input.focus(); }
    });
    return update;
  }

  function init() {
    var form = document.querySelector("form.site-search");
    if (!form) return;
    var input = form.querySelector("input[type=search]");
    var box = form.querySelector(".search-results");
    wire(form, input, box, 12);
    document.addEventListener("click", function (ev) {
      if (!form.contains(ev.target)) box.hidden = true;
    });
    // On search.html: results for ?q= above the plain list.
    var pageBox = document.getElementById("search-page-results");
    if (pageBox) {
      var pageInput = document.getElementById("search-page-q");
      var pageForm = pageInput.form;
      pageForm.setAttribute("data-root", form.getAttribute("data-root") || "");
      var update = wire(pageForm, pageInput, pageBox, 200);
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) { pageInput.value = q; input.value = q; update(); }
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
