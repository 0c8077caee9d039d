// 引文/金句: the "复制" button copies the citation the server put in data-quote-copy (quotation, attribution, source).
// A file, not inline script, because the CSP allows script only from 'self'.
(function () {
    "use strict";
    var toastTimer = 0;
    function say(text) {
        var toast = document.querySelector(".toast");
        if (!toast) return;
        toast.textContent = text;
        toast.hidden = false;
        clearTimeout(toastTimer);
        toastTimer = setTimeout(function () { toast.hidden = true; }, 2200);
    }
    // Without the async clipboard (plain http on another host, old browsers): select a hidden textarea and copy.
    function fallbackCopy(text) {
        var ta = document.createElement("textarea");
        ta.value = text;
        ta.setAttribute("readonly", "");
        ta.className = "visually-hidden";
        document.body.appendChild(ta);
        ta.select();
        var ok = false;
        try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
        document.body.removeChild(ta);
        return ok;
    }
    document.addEventListener("click", function (e) {
        var button = e.target.closest ? e.target.closest("[data-quote-copy]") : null;
        if (!button) return;
        var text = button.getAttribute("data-quote-copy") || "";
        var done = function () { button.setAttribute("data-copied", ""); button.textContent = "已复制"; say("已复制引文及出处"); };
        var failed = function () {
            if (fallbackCopy(text)) done(); else say("无法访问剪贴板，请手动复制");
        };
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, failed);
        else failed();
    });
})();
