// 讲话稿检索 — small progressive enhancements. Everything works without this file (forms submit, anchors jump);
// it is loaded as a file because the CSP forbids inline script.
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    // Facet checkboxes and the sort/size selects submit their GET form at once (the URL stays the state).
    document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
        form.addEventListener("change", function (e) {
            if (e.target.matches("input[type=checkbox], select")) {
                if (typeof form.requestSubmit === "function") form.requestSubmit(); else form.submit();
            }
        });
    });

    // On a phone the facet sidebar folds behind its "筛选" summary so the results come first.
    if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches) {
        document.querySelectorAll("details[data-fold-narrow]").forEach(function (d) { d.removeAttribute("open"); });
    }

    // Document page: mark and scroll to the target paragraph (#p-12).
    function markTarget() {
        var m = /^#p-(\d+)$/.exec(location.hash);
        document.querySelectorAll(".para.is-target").forEach(function (el) { el.classList.remove("is-target"); });
        if (!m) return;
        var el = document.getElementById("p-" + m[1]);
        if (!el) return;
        el.classList.add("is-target");
        el.scrollIntoView({ block: "center" });
    }
    if (document.querySelector(".document__body")) {
        window.addEventListener("hashchange", markTarget);
        markTarget();
    }

    // Outline: mark the section being read.
    var outlineLinks = document.querySelectorAll(".outline a[href^='#p-']");
    if (outlineLinks.length > 0 && "IntersectionObserver" in window) {
        var byId = {};
        outlineLinks.forEach(function (a) { byId[a.getAttribute("href").slice(1)] = a; });
        var observer = new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
                if (!entry.isIntersecting) return;
                outlineLinks.forEach(function (a) { a.classList.remove("is-active"); });
                var link = byId[entry.target.id];
                if (link) link.classList.add("is-active");
            });
        }, { rootMargin: "0px 0px -70% 0px" });
        Object.keys(byId).forEach(function (id) {
            var el = document.getElementById(id);
            if (el) observer.observe(el);
        });
    }

    // "跳到下一处": cycle through the highlighted terms.
    var markIndex = -1;
    document.querySelectorAll("[data-next-mark]").forEach(function (link) {
        link.addEventListener("click", function (e) {
            e.preventDefault();
            var marks = document.querySelectorAll(".document__body mark");
            if (marks.length === 0) return;
            if (markIndex >= 0 && marks[markIndex]) marks[markIndex].classList.remove("is-current");
            markIndex = (markIndex + 1) % marks.length;
            marks[markIndex].classList.add("is-current");
            marks[markIndex].scrollIntoView({ block: "center" });
        });
    });

    document.querySelectorAll("[data-print]").forEach(function (b) {
        b.addEventListener("click", function () { window.print(); });
    });

    // "复制引用": copies data-cite (built on the server) to the clipboard, with a textarea fallback.
    var toast = document.querySelector(".toast");
    var toastTimer = 0;
    function say(text) {
        if (!toast) return;
        toast.textContent = text;
        toast.hidden = false;
        clearTimeout(toastTimer);
        toastTimer = setTimeout(function () { toast.hidden = true; }, 2200);
    }
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
    // One handler for both copy buttons: 复制引用 on the document page (data-cite) and 复制 on the quotation pages
    // (data-quote-copy); the texts are built on the server.
    var copyKinds = [
        { attr: "data-cite", message: "已复制引用", relabel: false },
        { attr: "data-quote-copy", message: "已复制引文及出处", relabel: true }
    ];
    document.addEventListener("click", function (e) {
        if (!e.target.closest) return;
        for (var i = 0; i < copyKinds.length; i++) {
            var kind = copyKinds[i];
            var button = e.target.closest("[" + kind.attr + "]");
            if (!button) continue;
            copy(button, button.getAttribute(kind.attr) || "", kind);
            return;
        }
    });
    function copy(button, text, kind) {
        var done = function () {
            button.setAttribute("data-copied", "");
            if (kind.relabel) button.textContent = "已复制";
            say(kind.message);
        };
        var failed = function () { if (fallbackCopy(text)) done(); else say("无法访问剪贴板，请手动复制"); };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done, failed);
        } else {
            failed();
        }
    }
})();
