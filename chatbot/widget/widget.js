/* Chat widget for the practice's assistant. No dependencies, nothing fetched at run time.
 *
 * Embed with one tag (every data- attribute is optional):
 *   <script src="https://BOT/widget/widget.js" data-server-url="https://BOT"
 *     data-title="Ask Renée's assistant" data-color="#2f5d50"
 *     data-greeting="Hi! How can I help?" data-open="false" data-contact="hello@example.com"
 *     defer></script>
 *
 * Talks to Rasa's socket.io channel (session_persistence: true) with a minimal Engine.IO v4 /
 * Socket.IO v5 client over a WebSocket. The conversation (session id, transcript, the question
 * awaiting a reply) lives in localStorage and is the one source of truth: every tab renders it,
 * and the "storage" event tells the other tabs of a change. All text is rendered with
 * textContent; links are built with DOM APIs and only for https:, mailto: and tel:.
 *
 * The page cannot restyle it: the host is a <renee-chat> element (page rules for div, section,
 * button... never match it), and ":host{all:initial!important}" resets whatever page rules do
 * match it (in the cascade, an !important declaration of a shadow root beats the page's own;
 * "all" leaves out direction, set apart so that a right-to-left page does not turn it around).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__renee_chat__) return; // loaded twice: keep the first one
  window.__renee_chat__ = true;

  var SERVER = /*SERVER_DEFAULTS*/{}; // filled in by the bot when it serves this file
  var data = script.dataset;
  var HEX = /^#[0-9a-f]{6}$/i;
  var es = /^es\b/i.test(document.documentElement.lang || "");
  var T = es ? {
    title: "Chatea con nuestro asistente", restart: "Nueva conversación", close: "Cerrar chat",
    log: "Conversación", label: "Tu mensaje", hint: "Escribe tu pregunta…", send: "Enviar",
    again: "Reintentar", qr: "Respuestas sugeridas", typing: "El asistente está escribiendo",
    bot: "Asistente: ", you: "Tú: ",
    down: "Lo siento, ahora no puedo contactar con el asistente. Inténtalo de nuevo en un momento",
    direct: ", o contacta directamente con Renée: ",
  } : {
    title: "Chat with our assistant", restart: "Start over", close: "Close chat",
    log: "Conversation", label: "Your message", hint: "Type your question…", send: "Send",
    again: "Try again", qr: "Suggested replies", typing: "The assistant is typing",
    bot: "Assistant: ", you: "You: ",
    down: "Sorry, I can't reach the assistant right now. Please try again in a moment",
    direct: ", or contact Renée directly: ",
  };
  var cfg = {
    server: (data.serverUrl || new URL(script.src, location.href).origin).replace(/\/+$/, ""),
    title: data.title || T.title,
    color: HEX.test(data.color || "") ? data.color : HEX.test(SERVER.color || "") ? SERVER.color : "#2f5d50",
    greeting: data.greeting || "",
    open: data.open === "true",
    contact: data.contact || SERVER.contact || "",
    starters: (SERVER.starters || {})[es ? "es" : "en"] || [],
    wait: +data.replyTimeout || 20000, // ms without a reply before saying so
  };
  var KEY = "renee-chat:" + cfg.server; // one conversation per visitor and bot
  var MAX_KEPT = 60; // messages kept in localStorage

  function uid() {
    var a = new Uint8Array(16);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }
  // This tab's id survives its reloads (sessionStorage), so it still owns its own question.
  var TAB;
  try { TAB = sessionStorage.getItem("renee-chat-tab") || uid(); sessionStorage.setItem("renee-chat-tab", TAB); }
  catch (e) { TAB = uid(); }

  // --- storage (private mode or a full quota must not break the chat) -------------------
  var state;
  function load() {
    try { state = JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { state = state || {}; }
    if (!Array.isArray(state.log)) state.log = [];
    return state;
  }
  function update(change) { // read, change, write and show: other tabs may have written since
    change(load());
    state.log = state.log.slice(-MAX_KEPT);
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* not kept */ }
    render();
  }

  // --- colours: text on the brand colour and focus rings must reach WCAG AA ------------
  function lum(hex) {
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function ratio(a, b) { a = lum(a); b = lum(b); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }
  var C = cfg.color;
  var on = ratio(C, "#ffffff") >= 4.5 ? "#fff" : "#111";
  var ring = ratio(C, "#ffffff") >= 3 ? C : "#1a1a1a"; // 3:1 against the light panel
  var ringDark = ratio(C, "#1e1f1e") >= 3 ? C : "#e8e8e8";

  var CSS =
    ":host{all:initial!important;direction:ltr!important;unicode-bidi:isolate!important;--c:" + C + ";--on:" + on + ";--r:" + ring + "}" +
    "*{box-sizing:border-box;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}" +
    ".launch{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;align-items:center;gap:8px;" +
    "border:0;border-radius:28px;padding:14px 20px;font-size:16px;font-weight:600;cursor:pointer;background:var(--c);" +
    "color:var(--on);box-shadow:0 2px 10px rgba(0,0,0,.25)}svg{width:22px;height:22px;fill:currentColor}" +
    ".panel{position:fixed;right:16px;bottom:16px;z-index:2147483001;width:370px;max-width:calc(100vw - 32px);" +
    "height:560px;max-height:calc(100vh - 32px);display:flex;flex-direction:column;background:#fff;color:#1a1a1a;" +
    "border-radius:12px;box-shadow:0 6px 30px rgba(0,0,0,.3);overflow:hidden;font-size:15px;line-height:1.45;" +
    "text-align:left;animation:in .18s ease-out}" +
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
    ".typing{padding:10px 14px}.typing i{display:inline-block;width:7px;height:7px;margin:0 2px;" +
    "border-radius:50%;background:#555;animation:b 1s infinite}.typing i:nth-child(2){animation-delay:.15s}" +
    ".typing i:nth-child(3){animation-delay:.3s}@keyframes b{50%{opacity:.25}}" +
    "form{display:flex;gap:8px;padding:10px;border-top:1px solid #d4d4cf}" +
    "input{flex:1;min-width:0;padding:10px;font-size:16px;border:1px solid #767676;border-radius:8px;color:#1a1a1a;background:#fff}" +
    ".send{border:0;border-radius:8px;padding:0 16px;font-size:15px;font-weight:600;background:var(--c);color:var(--on);cursor:pointer}" +
    ":focus-visible{outline:2px solid var(--r);outline-offset:2px}header :focus-visible{outline-color:var(--on);outline-offset:-2px}" +
    "@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100%;max-height:100%;border-radius:0}" +
    ".launch{padding:0;width:56px;height:56px;justify-content:center}.lbl{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}" +
    "@media (prefers-color-scheme:dark){:host{--r:" + ringDark + "}.panel,input{background:#1e1f1e;color:#eee}" +
    ".log{background:#161716}.bot{background:#262826;border-color:#4a4a46}.qr button,.retry{background:#262826;color:#eee}" +
    ".err{background:#3a1d1a;color:#ffd8d2;border-color:#8a4038}input{border-color:#8f8f8f}form{border-color:#4a4a46}.typing i{background:#bbb}}" +
    "@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}";

  // --- DOM (in a shadow root, so the site's CSS and ours never mix) ---------------------
  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    if (text) n.textContent = text;
    return n;
  }
  var host = el("renee-chat", { id: "renee-chat" });
  var root = host.attachShadow({ mode: "open" });
  root.appendChild(el("style", {}, CSS));

  var launch = el("button", { class: "launch", type: "button", "aria-expanded": "false",
    "aria-controls": "panel" });
  var NS = "http://www.w3.org/2000/svg", icon = document.createElementNS(NS, "svg"), path = document.createElementNS(NS, "path");
  icon.setAttribute("viewBox", "0 0 24 24");
  icon.setAttribute("aria-hidden", "true");
  path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
  icon.appendChild(path);
  launch.appendChild(icon);
  launch.appendChild(el("span", { class: "lbl" }, cfg.title));
  var panel = el("section", { class: "panel", id: "panel", role: "dialog",
    "aria-labelledby": "title", hidden: "" });
  var header = el("header");
  header.appendChild(el("h2", { id: "title" }, cfg.title));
  var restart = el("button", { class: "new", type: "button" }, T.restart);
  var close = el("button", { class: "x", type: "button", "aria-label": T.close }, "×");
  header.appendChild(restart);
  header.appendChild(close);
  var log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": T.log,
    tabindex: "0" });
  var form = el("form");
  var input = el("input", { id: "msg", type: "text", autocomplete: "off", maxlength: "1000",
    placeholder: T.hint });
  form.appendChild(el("label", { class: "sr", for: "msg" }, T.label));
  form.appendChild(input);
  form.appendChild(el("button", { class: "send", type: "submit" }, T.send));
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(form);
  root.appendChild(launch);
  root.appendChild(panel);

  // --- rendering -----------------------------------------------------------------------
  // Web addresses, email addresses, phone numbers (+1 555 0100, (555) 010-0100, 555-010-0100).
  var LINK_RE = /https?:\/\/[^\s<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+\d[\d ().-]{5,}\d|\(\d{3}\) ?\d{3}[ .-]\d{4}|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b/g;

  function href(text) {
    if (/^https:\/\//.test(text)) {
      try { return new URL(text).href; } catch (e) { return null; }
    }
    if (/^http:/.test(text)) return null; // only https: links are offered
    return text.indexOf("@") > 0 ? "mailto:" + text : "tel:" + text.replace(/[^\d+]/g, "");
  }

  function linked(node, text) {
    var last = 0, m;
    LINK_RE.lastIndex = 0;
    while ((m = LINK_RE.exec(text))) {
      var found = m[0].replace(/[.,;:!?)\]]+$/, ""); // trailing punctuation is prose
      if (found[0] === "(" && found.indexOf(")") < 0) found += ")"; // "(555) 010-0100" kept whole
      var to = href(found);
      node.appendChild(document.createTextNode(text.slice(last, m.index)));
      node.appendChild(to ? el("a", /^https/.test(to) ? { href: to, target: "_blank",
        rel: "noopener noreferrer" } : { href: to }, found) : document.createTextNode(found));
      LINK_RE.lastIndex = last = m.index + found.length;
    }
    node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }

  function bubble(msg) {
    var node = el("div", { class: "m " + msg.who });
    node.appendChild(el("span", { class: "sr" }, msg.who === "bot" ? T.bot : T.you));
    return linked(node, msg.text);
  }

  var shownIds = [], tail = [], tailKey = null, timer = 0;

  function findShown() {
    var last = shownIds[shownIds.length - 1];
    for (var i = state.log.length - 1; i >= 0; i--) if (state.log[i].id === last) return i;
    return -1;
  }

  function render() { // the transcript, then the state of the latest question, from `state`
    var from = shownIds.length ? findShown() + 1 : 0;
    if (!from && (shownIds.length || !log.firstChild)) { // first time, or another tab started over
      log.textContent = "";
      shownIds = [];
      tail = [];
      tailKey = null;
      if (cfg.greeting) log.appendChild(bubble({ who: "bot", text: cfg.greeting }));
    }
    state.log.slice(from).forEach(function (msg) {
      log.insertBefore(bubble(msg), tail[0] || null);
      shownIds.push(msg.id);
    });
    var p = state.pending;
    var buttons = p ? [] : state.buttons && state.buttons.length ? state.buttons : state.log.length ? [] : cfg.starters;
    var key = JSON.stringify([p && p.failed, !!p, buttons]);
    if (key !== tailKey) {
      tailKey = key;
      tail.forEach(function (n) { n.remove(); });
      tail = [];
      if (p && p.failed) tail.push(failure(p));
      else if (p) tail.push(typing);
      else if (buttons.length) tail.push(choices(buttons));
      tail.forEach(function (n) { log.appendChild(n); });
    }
    log.scrollTop = log.scrollHeight;
    clearTimeout(timer);
    if (p && !p.failed) timer = setTimeout(function () { fail(p.at); }, p.at + cfg.wait - Date.now());
  }

  function choices(buttons) {
    var box = el("div", { class: "qr", role: "group", "aria-label": T.qr });
    buttons.forEach(function (b) {
      var title = typeof b === "string" ? b : String(b.title || b.payload);
      var btn = el("button", { type: "button" }, title);
      btn.addEventListener("click", function () {
        send(title, typeof b === "string" ? b : String(b.payload || b.title));
        input.focus(); // the button is gone: keep keyboard users in the conversation
      });
      box.appendChild(btn);
    });
    return box;
  }

  var typing = el("div", { class: "m bot typing", role: "status", "aria-label": T.typing });
  typing.appendChild(el("i")); typing.appendChild(el("i")); typing.appendChild(el("i"));

  function failure(p) {
    var node = el("div", { class: "m err", role: "alert" });
    linked(node, T.down + (cfg.contact ? T.direct + cfg.contact + "." : "."));
    var btn = el("button", { class: "retry", type: "button" }, T.again);
    btn.addEventListener("click", function () { send(p.title, p.payload, true); input.focus(); });
    node.appendChild(document.createTextNode(" "));
    node.appendChild(btn);
    return node;
  }

  function fail(at) { // no reply in time, or no connection: the question stays, with "Try again"
    update(function (s) { if (s.pending && (!at || s.pending.at === at)) s.pending.failed = true; });
  }

  // --- Socket.IO over WebSocket -------------------------------------------------------
  // Engine.IO packets: "0" open, "2" ping, "3" pong, "4" message; Socket.IO inside "4":
  // "0" connect, "2" event, "4" connect error. So "42[...]" is an event.
  var ws = null, wsSession = null, ready = false, queue = [], firstReply = false;

  function emit(event, payload) { ws.send("42" + JSON.stringify([event, payload])); }

  function connect() {
    if (ws) return;
    if (!load().session) update(function (s) { s.session = s.session || uid(); });
    wsSession = state.session; // made here, so every tab joins the same conversation
    ready = false;
    try {
      ws = new WebSocket(cfg.server.replace(/^http/, "ws") + "/socket.io/?EIO=4&transport=websocket");
    } catch (e) { ws = null; return drop(); }
    ws.onmessage = function (e) {
      var d = String(e.data);
      if (d === "2") return ws.send("3");
      if (d.charAt(0) === "0") return ws.send("40");
      if (d.slice(0, 2) === "40") return emit("session_request", { session_id: wsSession });
      if (d.slice(0, 2) === "44") return drop();
      if (d.slice(0, 2) !== "42") return;
      var packet;
      try { packet = JSON.parse(d.slice(2)); } catch (err) { return; }
      if (packet[0] === "session_confirm") {
        ready = true;
        while (queue.length) emit("user_uttered", { message: queue.shift(), session_id: wsSession });
      } else if (packet[0] === "bot_uttered") {
        onBot(packet[1] || {});
      }
    };
    ws.onclose = drop;
  }

  function disconnect() {
    if (ws) { ws.onclose = ws.onmessage = null; try { ws.close(); } catch (e) { /* gone */ } }
    ws = null;
    ready = false;
  }

  function drop() { // closed or refused: say so only if this tab is waiting for a reply
    disconnect();
    queue = [];
    var p = load().pending;
    if (p && p.tab === TAB && !p.failed) fail(p.at);
  }

  function onBot(msg) {
    if (typeof msg.text !== "string" || !msg.text) return;
    // Every tab of the conversation hears the reply: the one that asked writes it down.
    if (load().owner && state.owner !== TAB) return;
    var buttons = (msg.quick_replies || msg.buttons || []).filter(function (b) { return b && b.title; })
      .map(function (b) { return { title: String(b.title), payload: String(b.payload || b.title) }; });
    update(function (s) {
      s.pending = null; // a late reply settles the question: no error, no "Try again"
      s.log.push({ id: uid(), who: "bot", text: msg.text });
      s.buttons = buttons;
    });
    if (!firstReply) { firstReply = true; mark("renee-chat:first-reply"); }
  }

  function mark(name) { // for page-weight checks (tests); harmless elsewhere
    if (window.performance && performance.mark) performance.mark(name);
  }

  function send(title, payload, isRetry) {
    title = String(title || "").trim();
    if (!title) return;
    update(function (s) {
      if (!isRetry) s.log.push({ id: uid(), who: "user", text: title });
      s.buttons = [];
      s.owner = TAB;
      s.pending = { title: title, payload: payload, tab: TAB, at: Date.now() };
    });
    if (!firstReply) mark("renee-chat:first-send");
    if (ws && wsSession !== state.session) disconnect();
    if (ready && ws) emit("user_uttered", { message: payload, session_id: wsSession });
    else { queue.push(payload); connect(); }
  }

  // --- opening, closing, keyboard ------------------------------------------------------
  var phone = window.matchMedia("(max-width:480px)"); // the panel covers the page
  function modal() { if (phone.matches) panel.setAttribute("aria-modal", "true"); else panel.removeAttribute("aria-modal"); }
  if (phone.addEventListener) phone.addEventListener("change", modal);

  function open(focus) {
    panel.hidden = false;
    launch.hidden = true;
    launch.setAttribute("aria-expanded", "true");
    modal();
    update(function (s) { s.open = true; });
    connect();
    if (focus) input.focus();
  }
  function shut() {
    panel.hidden = true;
    launch.hidden = false;
    launch.setAttribute("aria-expanded", "false");
    update(function (s) { s.open = false; });
    launch.focus();
  }

  launch.addEventListener("click", function () { open(true); });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") return shut();
    if (e.key !== "Tab" || !phone.matches) return;
    // Full screen, Tab stays in the panel: the page behind it is out of sight.
    var all = panel.querySelectorAll("button,input,a,[tabindex]");
    var first = all[0], last = all[all.length - 1], at = root.activeElement;
    if (e.shiftKey ? at === first : at === last) { e.preventDefault(); (e.shiftKey ? last : first).focus(); }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value;
    input.value = "";
    send(text, text);
  });
  restart.addEventListener("click", function () {
    // A new conversation: a new session id (the server starts a new tracker for it).
    update(function (s) {
      s.log = []; s.buttons = []; s.pending = null; s.owner = TAB; s.session = uid();
    });
    disconnect();
    connect();
    input.focus();
  });
  window.addEventListener("storage", function (e) { // another tab changed the conversation
    if (e.key !== KEY) return;
    load();
    render();
    if (ws && wsSession !== state.session) { disconnect(); connect(); }
  });

  load();
  render();
  function start() {
    document.body.appendChild(host);
    mark("renee-chat:ready");
    if (cfg.open || state.open) open(false);
  }
  // Pasted into <head> without defer, this runs before <body> exists.
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
