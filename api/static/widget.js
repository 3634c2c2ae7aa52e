// Ratsinfo-Assistent widget: one <script> tag puts the assistant on any page.
//
//   <script src="https://ratsinfo.example.de/static/widget.js"
//           data-municipality="Landkreis Börde" data-body="Kreistag" async></script>
//
// It inserts an iframe with the chat page of the server the script came from (in compact mode,
// filters preset by the data attributes) right where the tag stands, or into the element named
// by data-target. Optional: data-height (CSS height, default 640px), data-title.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, window.location.href).origin;
  var params = new URLSearchParams({ embed: "1" });
  ["municipality", "body"].forEach(function (name) {
    var value = script.getAttribute("data-" + name);
    if (value) params.set(name, value);
  });
  var frame = document.createElement("iframe");
  frame.src = origin + "/?" + params.toString();
  frame.title = script.getAttribute("data-title") || "Ratsinfo-Assistent";
  frame.loading = "lazy";
  frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  frame.style.width = "100%";
  frame.style.maxWidth = "60rem";
  frame.style.height = script.getAttribute("data-height") || "640px";
  frame.style.border = "1px solid #d9dee4";
  frame.style.borderRadius = "8px";
  frame.className = "ratsinfo-widget";
  var target = script.getAttribute("data-target");
  var host = target ? document.getElementById(target) : null;
  if (host) host.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);
})();
