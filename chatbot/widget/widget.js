/* Chat widget for the practice's assistant. No dependencies, nothing fetched at run time.
 *
 * Embed with one tag (every data- attribute is optional):
 *   <script src="https://BOT/widget/widget.js" data-server-url="https://BOT"
 *     data-title="Ask Renée's assistant" data-color="#2f5d50"
 *     data-greeting="Hi! How can I help?" data-open="false" data-contact="hello@example.com"
 *     defer></script>
 *
 * Talks to Rasa's socket.io channel (session_persistence: true) with a minimal Engine.IO v4 /
 * Socket.IO v5 client over a WebSocket. The session id and the transcript are kept in
 * localStorage, so a visitor has one conversation across page loads. All text is rendered
 * with textContent; links are built with DOM APIs and only for http(s) URLs.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__renee_chat__) return; // loaded twice: keep the first one
  window.__renee_chat__ = true;

  var SERVER = /*SERVER_DEFAULTS*/{}; // filled in by the bot when it serves this file
  var data = script.dataset;
  var cfg = {
    server: (data.serverUrl || new URL(script.src, location.href).origin).replace(/\/+$/, ""),
    title: data.title || "Chat with our assistant",
    color: /^#[0-9a-f]{6}$/i.test(data.color || "") ? data.color : "#2f5d50",
    greeting: data.greeting || "",
    open: data.open === "true",
    contact: data.contact || SERVER.contact || "",
  };
  var KEY = "renee-chat:" + cfg.server; // one conversation per visitor and bot
  var REPLY_TIMEOUT = 20000; // ms without a reply before saying so
  var MAX_KEPT = 60; // messages kept in localStorage

  // --- storage (private mode or a full quota must not break the chat) -------------------
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  var state = load();
  state.log = Array.isArray(state.log) ? state.log : [];
  function save() {
    state.log = state.log.slice(-MAX_KEPT);
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* not kept */ }
  }

  // --- colours: text on the brand colour must reach WCAG AA (4.5:1) ----------------------
  function luminance(hex) {
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  var onColor = 1.05 / (luminance(cfg.color) + 0.05) >= 4.5 ? "#fff" : "#111";

  var CSS =
    ":host{all:initial}" +
    "*{box-sizing:border-box;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}" +
    ".launch{position:fixed;right:16px;bottom:16px;z-index:2147483000;border:0;border-radius:28px;" +
    "padding:14px 20px;font-size:16px;font-weight:600;cursor:pointer;background:var(--c);color:var(--on);" +
    "box-shadow:0 2px 10px rgba(0,0,0,.25)}" +
    ".panel{position:fixed;right:16px;bottom:16px;z-index:2147483001;width:370px;max-width:calc(100vw - 32px);" +
    "height:560px;max-height:calc(100vh - 32px);display:flex;flex-direction:column;background:#fff;color:#1a1a1a;" +
    "border-radius:12px;box-shadow:0 6px 30px rgba(0,0,0,.3);overflow:hidden;font-size:15px;line-height:1.45;" +
    "animation:in .18s ease-out}" +
    ".panel[hidden],.launch[hidden]{display:none}" +
    "@keyframes in{from{opacity:0;transform:translateY(12px)}}" +
    "header{display:flex;align-items:center;gap:8px;padding:12px 12px 12px 16px;background:var(--c);color:var(--on)}" +
    "h2{flex:1;margin:0;font-size:17px;font-weight:600}" +
    ".x,.new{border:0;background:transparent;color:inherit;cursor:pointer;border-radius:6px}" +
    ".x{font-size:24px;line-height:1;width:40px;height:40px}.new{font-size:13px;text-decoration:underline;padding:8px 6px}" +
    ".log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f6f6f4}" +
    ".m{max-width:85%;padding:8px 12px;border-radius:12px;white-space:pre-line;overflow-wrap:anywhere}" +
    ".bot{align-self:flex-start;background:#fff;border:1px solid #d4d4cf}" +
    ".user{align-self:flex-end;background:var(--c);color:var(--on)}" +
    ".err{align-self:stretch;max-width:none;background:#fdecea;color:#7a1c12;border:1px solid #e6a29a}" +
    ".m a{color:inherit;text-decoration:underline}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
    ".qr{display:flex;flex-wrap:wrap;gap:6px}" +
    ".qr button,.retry{border:2px solid var(--c);background:#fff;color:#1a1a1a;border-radius:16px;padding:6px 12px;font-size:14px;cursor:pointer}" +
    ".typing{align-self:flex-start;padding:10px 14px}.typing i{display:inline-block;width:7px;height:7px;margin:0 2px;" +
    "border-radius:50%;background:#555;animation:b 1s infinite}.typing i:nth-child(2){animation-delay:.15s}" +
    ".typing i:nth-child(3){animation-delay:.3s}@keyframes b{50%{opacity:.25}}" +
    "form{display:flex;gap:8px;padding:10px;border-top:1px solid #d4d4cf}" +
    "input{flex:1;min-width:0;padding:10px;font-size:16px;border:1px solid #767676;border-radius:8px;color:#1a1a1a}" +
    ".send{border:0;border-radius:8px;padding:0 16px;font-size:15px;font-weight:600;background:var(--c);color:var(--on);cursor:pointer}" +
    "button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}" +
    "@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100%;max-height:100%;border-radius:0}}" +
    "@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}";

  // --- DOM (in a shadow root, so the site's CSS and ours never mix) ---------------------
  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    if (text) n.textContent = text;
    return n;
  }
  var host = el("div", { id: "renee-chat" });
  host.style.setProperty("--c", cfg.color);
  host.style.setProperty("--on", onColor);
  var root = host.attachShadow({ mode: "open" });
  root.appendChild(el("style", {}, CSS));

  var launch = el("button", { class: "launch", type: "button", "aria-expanded": "false",
    "aria-controls": "panel" }, cfg.title);
  var panel = el("section", { class: "panel", id: "panel", role: "dialog",
    "aria-labelledby": "title", hidden: "" });
  var header = el("header");
  header.appendChild(el("h2", { id: "title" }, cfg.title));
  var restart = el("button", { class: "new", type: "button" }, "Start over");
  var close = el("button", { class: "x", type: "button", "aria-label": "Close chat" }, "×");
  header.appendChild(restart);
  header.appendChild(close);
  var log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Conversation",
    tabindex: "0" });
  var form = el("form");
  var input = el("input", { id: "msg", type: "text", autocomplete: "off", maxlength: "1000",
    placeholder: "Type your question…" });
  form.appendChild(el("label", { class: "sr", for: "msg" }, "Your message"));
  form.appendChild(input);
  form.appendChild(el("button", { class: "send", type: "submit" }, "Send"));
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(form);
  root.appendChild(launch);
  root.appendChild(panel);

  // --- rendering -----------------------------------------------------------------------
  var URL_RE = /https?:\/\/[^\s<>"']+/g;

  function appendLinked(node, text) {
    var last = 0, m;
    URL_RE.lastIndex = 0;
    while ((m = URL_RE.exec(text))) {
      var url = m[0].replace(/[.,;:!?)\]]+$/, ""); // trailing punctuation is prose
      node.appendChild(document.createTextNode(text.slice(last, m.index)));
      var a = null;
      try {
        var parsed = new URL(url);
        if (parsed.protocol === "http:" || parsed.protocol === "https:") {
          a = el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, url);
        }
      } catch (e) { /* not a URL after all: plain text */ }
      node.appendChild(a || document.createTextNode(url));
      last = m.index + url.length;
      URL_RE.lastIndex = last;
    }
    node.appendChild(document.createTextNode(text.slice(last)));
  }

  function scroll() { log.scrollTop = log.scrollHeight; }

  function clearButtons() {
    var old = log.querySelectorAll(".qr");
    for (var i = 0; i < old.length; i++) old[i].remove();
  }

  function show(msg) {
    if (msg.who === "err") return showError(msg.text);
    var node = el("div", { class: "m " + msg.who });
    if (msg.who === "bot") node.appendChild(el("span", { class: "sr" }, "Assistant: "));
    else node.appendChild(el("span", { class: "sr" }, "You: "));
    appendLinked(node, msg.text);
    log.insertBefore(node, typing.parentNode ? typing : null);
    scroll();
  }

  function showButtons(buttons) {
    clearButtons();
    if (!buttons || !buttons.length) return;
    var box = el("div", { class: "qr", role: "group", "aria-label": "Suggested replies" });
    buttons.forEach(function (b) {
      var btn = el("button", { type: "button" }, String(b.title || b.payload));
      btn.addEventListener("click", function () {
        send(String(b.title), String(b.payload || b.title));
        input.focus(); // the button is gone: keep keyboard users in the conversation
      });
      box.appendChild(btn);
    });
    log.appendChild(box);
    scroll();
  }

  var typing = el("div", { class: "m bot typing", "aria-label": "The assistant is typing" });
  typing.appendChild(el("i")); typing.appendChild(el("i")); typing.appendChild(el("i"));
  function setTyping(on) {
    if (on && !typing.parentNode) log.appendChild(typing);
    if (!on && typing.parentNode) typing.remove();
    scroll();
  }

  var retryText = null;
  function showError(text) {
    var node = el("div", { class: "m err", role: "alert" }, text);
    if (retryText) {
      var again = retryText;
      var btn = el("button", { class: "retry", type: "button" }, "Try again");
      btn.addEventListener("click", function () { node.remove(); send(again.title, again.payload, true); });
      node.appendChild(document.createTextNode(" "));
      node.appendChild(btn);
    }
    log.appendChild(node);
    scroll();
  }

  function unreachable() {
    setTyping(false);
    clearTimeout(replyTimer);
    var text = "Sorry, I can't reach the assistant right now. Please try again in a moment" +
      (cfg.contact ? ", or contact Renée directly: " + cfg.contact + "." : ".");
    showError(text);
  }

  function add(msg) { // a message that is part of the conversation: shown and kept
    state.log.push(msg);
    save();
    show(msg);
  }

  // --- Socket.IO over WebSocket -------------------------------------------------------
  // Engine.IO packets: "0" open, "2" ping, "3" pong, "4" message; Socket.IO inside "4":
  // "0" connect, "2" event, "4" connect error. So "42[...]" is an event.
  var ws = null, ready = false, queue = [], replyTimer = 0, firstReply = false;

  function emit(event, payload) { ws.send("42" + JSON.stringify([event, payload])); }

  function connect() {
    if (ws) return;
    ready = false;
    try {
      ws = new WebSocket(cfg.server.replace(/^http/, "ws") + "/socket.io/?EIO=4&transport=websocket");
    } catch (e) { ws = null; return unreachable(); }
    ws.onmessage = function (e) {
      var d = String(e.data);
      if (d === "2") return ws.send("3");
      if (d.charAt(0) === "0") return ws.send("40");
      if (d.slice(0, 2) === "40") return emit("session_request", { session_id: state.session || null });
      if (d.slice(0, 2) === "44") return drop();
      if (d.slice(0, 2) !== "42") return;
      var packet;
      try { packet = JSON.parse(d.slice(2)); } catch (err) { return; }
      if (packet[0] === "session_confirm") {
        state.session = String(packet[1]);
        save();
        ready = true;
        while (queue.length) emit("user_uttered", { message: queue.shift(), session_id: state.session });
      } else if (packet[0] === "bot_uttered") {
        onBot(packet[1] || {});
      }
    };
    ws.onclose = drop;
  }

  function drop() { // closed or refused: say so only if the visitor is waiting for us
    if (ws) { ws.onclose = ws.onmessage = null; try { ws.close(); } catch (e) { /* gone */ } }
    ws = null;
    ready = false;
    if (queue.length || typing.parentNode) { queue = []; unreachable(); }
  }

  function onBot(msg) {
    if (typeof msg.text !== "string" || !msg.text) return;
    clearTimeout(replyTimer);
    setTyping(false);
    retryText = null;
    add({ who: "bot", text: msg.text });
    var buttons = (msg.quick_replies || msg.buttons || []).filter(function (b) { return b && b.title; })
      .map(function (b) { return { title: String(b.title), payload: String(b.payload || b.title) }; });
    state.buttons = buttons;
    save();
    showButtons(buttons);
    if (!firstReply) { firstReply = true; mark("renee-chat:first-reply"); }
  }

  function mark(name) { // for page-weight checks (tests); harmless elsewhere
    if (window.performance && performance.mark) performance.mark(name);
  }

  function send(title, payload, isRetry) {
    title = String(title || "").trim();
    if (!title) return;
    clearButtons();
    state.buttons = [];
    if (!isRetry) add({ who: "user", text: title });
    if (!firstReply) mark("renee-chat:first-send");
    retryText = { title: title, payload: payload };
    setTyping(true);
    clearTimeout(replyTimer);
    replyTimer = setTimeout(function () { if (typing.parentNode) unreachable(); }, REPLY_TIMEOUT);
    if (ready && ws) emit("user_uttered", { message: payload, session_id: state.session });
    else { queue.push(payload); connect(); }
  }

  // --- opening, closing, keyboard ------------------------------------------------------
  function open(focus) {
    panel.hidden = false;
    launch.hidden = true;
    launch.setAttribute("aria-expanded", "true");
    state.open = true;
    save();
    connect();
    if (focus) input.focus();
    scroll();
  }
  function shut() {
    panel.hidden = true;
    launch.hidden = false;
    launch.setAttribute("aria-expanded", "false");
    state.open = false;
    save();
    launch.focus();
  }

  launch.addEventListener("click", function () { open(true); });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") shut(); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value;
    input.value = "";
    send(text, text);
  });
  restart.addEventListener("click", function () {
    // A new conversation: forget the session id (the server starts a new one).
    state = { open: true, log: [] };
    if (ws) { ws.onclose = null; ws.close(); ws = null; }
    ready = false;
    log.textContent = "";
    greet();
    save();
    connect();
    input.focus();
  });

  function greet() {
    if (cfg.greeting && !state.log.length) add({ who: "bot", text: cfg.greeting });
  }

  state.log.forEach(show);
  showButtons(state.buttons);
  greet();
  function start() {
    document.body.appendChild(host);
    mark("renee-chat:ready");
    if (cfg.open || state.open) open(false);
  }
  // Pasted into <head> without defer, this runs before <body> exists.
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
