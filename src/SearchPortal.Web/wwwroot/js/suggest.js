// 输入提示 (suggestions as you type) for every search box marked data-suggest: titles open their document, quotations
// their entry, terms are searched. An ARIA combobox: ↑/↓ move through the list, Enter takes the marked suggestion
// (or submits the form as typed when none is marked), Escape closes it. Without this file the boxes are plain forms.
(function () {
    "use strict";
    var KIND_LABELS = { title: "标题", term: "术语", quote: "引文" };
    var DELAY_MS = 80; // one request per pause in typing, not per key
    var boxCount = 0;

    document.querySelectorAll("input[data-suggest]").forEach(attach);

    function attach(input) {
        var form = input.form;
        var listId = "suggest-list-" + (++boxCount);
        var wrap = document.createElement("span");
        wrap.className = "suggest-box";
        // Moving the box into its wrapper takes its focus (and may drop a pending autofocus): give it back.
        var focused = document.activeElement === input || (input.autofocus && document.activeElement === document.body);
        input.parentNode.insertBefore(wrap, input);
        wrap.appendChild(input);
        if (focused) input.focus();
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggest-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "输入提示");
        list.hidden = true;
        wrap.appendChild(list);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("aria-expanded", "false");

        var items = [];
        var active = -1;
        var timer = 0;
        var sequence = 0;
        var lastAsked = null;

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function mark(index) {
            var options = list.children;
            if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
            active = index;
            if (active < 0) { input.removeAttribute("aria-activedescendant"); return; }
            options[active].setAttribute("aria-selected", "true");
            input.setAttribute("aria-activedescendant", options[active].id);
            options[active].scrollIntoView({ block: "nearest" });
        }

        function key(s) { return s.kind + "\u0000" + (s.id || s.text); }

        function show(suggestions) {
            // A list that arrives after the user marked a suggestion (a slower answer for the last keystroke) keeps that
            // suggestion marked when it is still there: Enter must take what the user saw marked.
            var marked = active >= 0 && items[active] ? key(items[active]) : null;
            items = suggestions;
            list.textContent = "";
            active = -1;
            if (items.length === 0) { close(); return; }
            items.forEach(function (s, i) {
                var li = document.createElement("li");
                li.id = listId + "-" + i;
                li.className = "suggest-option suggest-option--" + s.kind;
                li.setAttribute("role", "option");
                li.setAttribute("aria-selected", "false");
                var text = document.createElement("span");
                text.className = "suggest-option__text";
                text.textContent = s.text;
                var kind = document.createElement("span");
                kind.className = "suggest-option__kind";
                kind.textContent = KIND_LABELS[s.kind] || "";
                li.appendChild(text);
                li.appendChild(kind);
                // mousedown, not click: the input must not lose focus (and close the list) before the choice is taken.
                li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
                list.appendChild(li);
            });
            if (marked !== null) {
                var again = items.findIndex(function (s) { return key(s) === marked; });
                if (again >= 0) mark(again);
            }
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function ask() {
            var q = input.value.trim();
            if (q === lastAsked) return;
            lastAsked = q;
            if (q.length === 0) { items = []; close(); return; }
            var mine = ++sequence;
            fetch("/api/suggest?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
                .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
                .then(function (body) { if (mine === sequence && document.activeElement === input) show(body.suggestions || []); })
                .catch(function () { if (mine === sequence) close(); });
        }

        function choose(i) {
            var s = items[i];
            if (!s) return;
            close();
            if (s.kind === "title" && s.id) {
                location.href = "/documents/" + s.id.split("/").map(encodeURIComponent).join("/");
            } else if (s.kind === "quote" && s.id) {
                location.href = "/quotes/" + encodeURIComponent(s.id);
            } else {
                input.value = s.text;
                lastAsked = s.text;
                if (typeof form.requestSubmit === "function") form.requestSubmit(); else form.submit();
            }
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(ask, DELAY_MS);
        });
        input.addEventListener("keydown", function (e) {
            var open = !list.hidden && items.length > 0;
            if (e.key === "ArrowDown" || e.key === "Down") {
                if (!open) { lastAsked = null; ask(); if (items.length > 0) show(items); e.preventDefault(); return; }
                mark(active + 1 >= items.length ? 0 : active + 1);
                e.preventDefault();
            } else if (e.key === "ArrowUp" || e.key === "Up") {
                if (!open) return;
                mark(active <= 0 ? items.length - 1 : active - 1);
                e.preventDefault();
            } else if (e.key === "Enter") {
                if (open && active >= 0) { e.preventDefault(); choose(active); }
            } else if (e.key === "Escape" || e.key === "Esc") {
                if (open) { e.preventDefault(); close(); }
            }
        });
        input.addEventListener("blur", close);
    }
})();
