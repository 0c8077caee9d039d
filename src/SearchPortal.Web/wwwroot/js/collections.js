// 收藏夹 — progressive enhancement. Without this file every action is a plain link or form post (the 收藏 link opens
// /collections/save, 上移/下移 post a form); with it, 收藏 opens a small dialog that saves through the JSON API, and a
// collection's items can be dragged, or moved with ↑/↓ on their handle.
(function () {
    "use strict";

    function api(method, url, body) {
        var init = { method: method, headers: { "Accept": "application/json" }, credentials: "same-origin" };
        if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
        return fetch(url, init).then(function (r) {
            if (r.status === 204) return null;
            return r.json().then(function (json) {
                if (!r.ok) throw new Error(json && json.error ? json.error : "操作失败，请重试。");
                return json;
            });
        });
    }

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (text) e.textContent = text;
        return e;
    }

    // ---- 收藏: pick or create a collection in a dialog ----
    var dialog = null;
    function openSaveDialog(link) {
        var params = new URL(link.href, location.href).searchParams;
        var item = params.get("key")
            ? { kind: "quote", key: params.get("key") }
            : { kind: "paragraph", document_id: params.get("doc"), paragraph: parseInt(params.get("p"), 10) };
        if (!dialog) {
            dialog = el("dialog", { "class": "save-dialog", "aria-labelledby": "save-dialog-title" });
            document.body.appendChild(dialog);
        }
        dialog.textContent = "";
        var form = el("form", { method: "dialog" });
        form.appendChild(el("h2", { id: "save-dialog-title" }, "收藏到收藏夹"));
        var list = el("fieldset", { "class": "save-dialog__list" });
        list.appendChild(el("legend", {}, "选择收藏夹"));
        form.appendChild(list);
        var label = el("label", { "for": "save-dialog-new" }, "或新建收藏夹");
        var input = el("input", { id: "save-dialog-new", type: "text", maxlength: "40", placeholder: "收藏夹名称" });
        var status = el("p", { "class": "save-dialog__status", role: "status", "aria-live": "polite" });
        var ok = el("button", { type: "submit" }, "收藏");
        var cancel = el("button", { type: "button", "class": "save-dialog__cancel" }, "取消");
        [label, input, status, ok, cancel].forEach(function (x) { form.appendChild(x); });
        dialog.appendChild(form);
        cancel.addEventListener("click", function () { dialog.close(); link.focus(); });

        api("GET", "/api/collections").then(function (json) {
            json.collections.forEach(function (c, i) {
                var choice = el("label", { "class": "collection-save__choice" });
                var radio = el("input", { type: "radio", name: "collection", value: String(c.id), "data-name": c.name });
                if (i === 0) radio.checked = true;
                choice.appendChild(radio);
                choice.appendChild(document.createTextNode(" " + c.name + "（" + c.count + " 条）"));
                list.appendChild(choice);
            });
            if (json.collections.length === 0) { list.hidden = true; label.textContent = "新建收藏夹"; input.required = true; }
        }, function (e) { status.textContent = e.message; });

        form.addEventListener("submit", function (e) {
            e.preventDefault();
            ok.disabled = true;
            var name = input.value.trim();
            var picked = form.querySelector("input[name=collection]:checked");
            var target = name || !picked
                ? api("POST", "/api/collections", { name: name }).then(function (c) { return { id: c.id, name: c.name }; })
                : Promise.resolve({ id: picked.value, name: picked.getAttribute("data-name") });
            target.then(function (c) {
                return api("POST", "/api/collections/" + c.id + "/items", item).then(function () {
                    status.textContent = "已收藏到“" + c.name + "”。";
                    ok.hidden = true;
                    cancel.textContent = "关闭";
                    cancel.focus();
                });
            }).catch(function (err) { status.textContent = err.message; ok.disabled = false; });
        });
        dialog.showModal();
        (list.hidden ? input : (form.querySelector("input[name=collection]") || input)).focus();
    }
    if (typeof HTMLDialogElement === "function" && window.fetch) {
        document.addEventListener("click", function (e) {
            var link = e.target.closest && e.target.closest("a[data-save]");
            if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
            e.preventDefault();
            openSaveDialog(link);
        });
    }

    // ---- delete confirmation ----
    document.querySelectorAll("form[data-confirm]").forEach(function (f) {
        f.addEventListener("submit", function (e) { if (!window.confirm(f.getAttribute("data-confirm"))) e.preventDefault(); });
    });

    // ---- reorder: drag, or ↑/↓ on the handle; saved with PUT /api/collections/{id}/order ----
    var listEl = document.querySelector("ol[data-reorder]");
    if (!listEl || !window.fetch) return;
    var toast = document.querySelector(".collection-page .toast");
    function say(text) { if (toast) { toast.textContent = text; toast.hidden = false; } }
    function items() { return Array.prototype.slice.call(listEl.querySelectorAll("li[data-item]")); }
    function save(moved) {
        var order = items().map(function (li) { return parseInt(li.getAttribute("data-item"), 10); });
        items().forEach(function (li, i, all) {
            var buttons = li.querySelectorAll(".collection-item__tools button");
            buttons[0].disabled = i === 0;
            buttons[1].disabled = i === all.length - 1;
        });
        api("PUT", listEl.getAttribute("data-reorder"), { items: order }).then(function () {
            if (moved) say("已移到第 " + (items().indexOf(moved) + 1) + " 条");
        }, function (e) { say(e.message); });
    }
    var dragged = null;
    items().forEach(function (li) {
        var handle = li.querySelector(".collection-item__handle");
        handle.hidden = false;
        li.setAttribute("draggable", "true");
        li.addEventListener("dragstart", function (e) { dragged = li; li.classList.add("is-dragging"); e.dataTransfer.effectAllowed = "move"; e.dataTransfer.setData("text/plain", ""); });
        li.addEventListener("dragend", function () { li.classList.remove("is-dragging"); dragged = null; });
        li.addEventListener("dragover", function (e) {
            if (!dragged || dragged === li) return;
            e.preventDefault();
            var after = e.clientY > li.getBoundingClientRect().top + li.offsetHeight / 2;
            listEl.insertBefore(dragged, after ? li.nextSibling : li);
        });
        li.addEventListener("drop", function (e) { e.preventDefault(); if (dragged) save(dragged); });
        handle.addEventListener("keydown", function (e) {
            if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
            e.preventDefault();
            var sibling = e.key === "ArrowUp" ? li.previousElementSibling : li.nextElementSibling;
            if (!sibling) return;
            listEl.insertBefore(li, e.key === "ArrowUp" ? sibling : sibling.nextSibling);
            handle.focus();
            save(li);
        });
    });
})();
