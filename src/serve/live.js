// Injected by `coursebook serve` only (never part of a built site): reloads the page when the
// site is rebuilt, keeping the scroll position, and shows build errors over the page.
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
  function poll(version) {
    var url = "/__coursebook/wait" + (version === null ? "" : "?since=" + version);
    fetch(url, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (data) {
      if (data.errors.length) {
        showErrors(data.errors);
      } else if (version !== null && data.version !== version) {
        try { sessionStorage.setItem(key, String(window.scrollY)); } catch (err) {}
        location.reload();
        return;
      }
      poll(data.version);
    }, function () { setTimeout(function () { poll(version); }, 1000); });
  }
  poll(null);
})();
