/* waymark serve: live reload and the error overlay. Injected by `waymark serve` only. */
(function () {
  "use strict";
  var me = document.currentScript;
  var gen = me ? Number(me.getAttribute("data-gen")) : -1;
  var overlay = null;

  function show(message) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "waymark-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:auto 16px 16px 16px;max-height:60vh;overflow:auto;" +
        "z-index:2147483647;background:#fff;color:#1f2328;border:2px solid #a40e26;border-radius:8px;" +
        "box-shadow:0 12px 32px rgba(0,0,0,.25);padding:16px;font:14px/1.45 system-ui,sans-serif";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var h = document.createElement("strong");
    h.style.color = "#a40e26";
    h.textContent = "The site has errors. This page shows the last good build; it reloads when the files are fixed.";
    var pre = document.createElement("pre");
    pre.style.cssText = "white-space:pre-wrap;margin:8px 0 0;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace";
    pre.textContent = message;
    overlay.appendChild(h);
    overlay.appendChild(pre);
  }

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  var retry = 250;
  function connect() {
    var ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__waymark/ws");
    ws.onopen = function () { retry = 250; };
    ws.onmessage = function (ev) {
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      if (m.type === "reload") { location.reload(); return; }
      if (m.type === "error") { show(m.message); return; }
      if (m.type === "hello") {
        hide();
        // A build finished between this page being served and the socket opening.
        if (m.gen !== gen) location.reload();
      }
    };
    ws.onclose = function () {
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 4000);
    };
  }
  connect();
})();
