// Injected by `coursebook serve` only (never part of a built site): reloads the page when the
// site is rebuilt, keeping the scroll position, and shows build errors over the page. Listens to
// the server's build events (Server-Sent Events); the browser reconnects by itself when the
// server restarts, and the page reloads once it is back.
(function () {
  "use strict";
  var key = "coursebook-serve-scroll:" + location.pathname;
  try {
    var saved = sessionStorage.getItem(key);
    if (saved) { sessionStorage.removeItem(key); window.scrollTo(0, Number(saved)); }
  } catch (e) {}
  var overlay = null;
  function showErrors(errors) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "coursebook-errors";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.93);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "Build failed \u2014 the last good version is shown underneath.\n\n" + errors.join("\n\n");
  }
  function reload() {
    try { sessionStorage.setItem(key, String(window.scrollY)); } catch (err) {}
    location.reload();
  }
  // The build this page was served from: the first event names it.
  var seen = null;
  var events = new EventSource("/__coursebook/events");
  events.addEventListener("build", function (message) {
    var data = JSON.parse(message.data);
    var current = data.server + "/" + data.version;
    if (data.errors.length) {
      showErrors(data.errors);
    } else if (seen !== null && current !== seen) {
      events.close();
      reload();
      return;
    }
    seen = current;
    // For tests: the build this page follows.
    window.coursebookServe = { build: seen };
  });
})();
