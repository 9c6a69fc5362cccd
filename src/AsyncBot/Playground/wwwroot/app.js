// AsyncBot playground page. Talks to the server over one WebSocket: it sends what the visitor types and clicks, and
// draws every message the bot posts or edits. All text reaches the page through textContent or text nodes, never
// innerHTML, so names, task names, URLs and responses can never become markup.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const list = $("message-list");
  const scroller = $("messages");
  const input = $("input");
  const suggestionsBox = $("suggestions");
  const statusLine = $("status");
  const GROUP_MS = 7 * 60 * 1000;

  const state = {
    me: null,
    socket: null,
    commands: [],
    messages: new Map(), // id -> { view, el }
    dismissed: new Set(),
    suggestions: [],
    active: -1,
    lastSent: "",
    retryMs: 500,
  };

  // ---------- small DOM helpers ----------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function initials(name) {
    const words = String(name).trim().split(/\s+/).filter(Boolean);
    if (words.length > 1) return (Array.from(words[0])[0] + Array.from(words[1])[0]).toUpperCase();
    const word = Array.from(words[0] || "?");
    const capitals = word.filter((c) => c !== c.toLowerCase());
    // "AsyncBot" reads as AB, the way a camel-cased name is abbreviated.
    return (capitals.length >= 2 ? capitals.slice(0, 2) : word.slice(0, 2)).join("").toUpperCase();
  }

  function eyeIcon() {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", "M12 5C5.6 5 2 12 2 12s3.6 7 10 7 10-7 10-7-3.6-7-10-7zm0 11.5A4.5 4.5 0 1 1 12 7.5a4.5 4.5 0 0 1 0 9zm0-7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z");
    svg.append(path);
    return svg;
  }

  function colorClass(id) {
    let hash = 0;
    for (const c of String(id)) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
    return "color-" + (hash % 6);
  }

  function avatar(author, size) {
    const node = el("div", "avatar" + (size ? " " + size : "") + (author.bot ? " bot" : " " + colorClass(author.id)), initials(author.name));
    node.setAttribute("aria-hidden", "true");
    return node;
  }

  function formatTime(iso) {
    const date = new Date(iso);
    const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    const today = new Date();
    return date.toDateString() === today.toDateString() ? "Today at " + time : date.toLocaleDateString() + " " + time;
  }

  function safeHref(url) {
    if (typeof url !== "string") return null;
    if (url.startsWith("/attachments/")) return url;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch {
      return null;
    }
  }

  // ---------- markdown (the subset the bot uses), built as DOM nodes ----------

  const ESCAPABLE = /[\\*_~`|>#[\]()<@:.\-!]/;
  const INLINE_MARKS = [["**", "strong"], ["__", "u"], ["~~", "s"], ["*", "em"], ["_", "em"]];

  function appendText(parent, text) {
    const pattern = /https?:\/\/[^\s<]+[^\s<.,:;"')\]]/g;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      if (match.index > last) parent.append(document.createTextNode(text.slice(last, match.index)));
      const href = safeHref(match[0]);
      if (href) {
        const a = el("a", null, match[0]);
        a.href = href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        parent.append(a);
      } else {
        parent.append(document.createTextNode(match[0]));
      }
      last = match.index + match[0].length;
    }
    if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
  }

  function findClose(text, mark, from) {
    for (let i = from; i < text.length; i++) {
      if (text[i] === "\\") { i++; continue; }
      if (text.startsWith(mark, i) && i > from) return i;
    }
    return -1;
  }

  function renderInline(text, parent) {
    let buffer = "";
    const flush = () => { if (buffer) { appendText(parent, buffer); buffer = ""; } };
    let i = 0;
    outer: while (i < text.length) {
      const c = text[i];
      if (c === "\\" && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
        buffer += text[i + 1];
        i += 2;
        continue;
      }
      if (c === "`") {
        const end = text.indexOf("`", i + 1);
        if (end > i + 1) {
          flush();
          parent.append(el("code", null, text.slice(i + 1, end)));
          i = end + 1;
          continue;
        }
      }
      for (const [mark, tag] of INLINE_MARKS) {
        if (text.startsWith(mark, i)) {
          const end = findClose(text, mark, i + mark.length);
          if (end > 0) {
            flush();
            const node = el(tag);
            renderInline(text.slice(i + mark.length, end), node);
            parent.append(node);
            i = end + mark.length;
            continue outer;
          }
        }
      }
      buffer += c;
      i++;
    }
    flush();
  }

  function renderMarkdown(text, parent) {
    const fence = /```([a-z0-9_+-]*\n)?([\s\S]*?)```/gi;
    let last = 0;
    for (const match of text.matchAll(fence)) {
      renderLines(text.slice(last, match.index), parent);
      const pre = el("pre");
      pre.append(el("code", null, match[2].replace(/\n$/, "")));
      parent.append(pre);
      last = match.index + match[0].length;
      if (text[last] === "\n") last++;
    }
    renderLines(text.slice(last), parent);
  }

  function renderLines(text, parent) {
    if (!text) return;
    const lines = text.split("\n");
    lines.forEach((line, index) => {
      if (line.startsWith("> ")) {
        const quote = el("blockquote");
        renderInline(line.slice(2), quote);
        parent.append(quote);
        return;
      }
      renderInline(line, parent);
      if (index < lines.length - 1) parent.append(document.createTextNode("\n"));
    });
  }

  // ---------- drawing messages ----------

  function renderMessage(view) {
    const item = el("li", "msg");
    item.id = "m-" + view.id;
    item.dataset.id = view.id;
    if (view.ephemeral) item.classList.add("ephemeral");

    if (view.invocation) {
      const inv = el("div", "invocation");
      const user = el("span", "inv-user");
      user.append(avatar({ id: view.invocation.userId, name: view.invocation.userName, bot: false }, "tiny"), " ", view.invocation.userName);
      inv.append(user, el("span", null, view.invocation.viaButton ? " clicked " : " used "),
        el("span", "inv-name", view.invocation.viaButton ? view.invocation.name : "/" + view.invocation.name));
      item.append(inv);
    }

    item.append(avatar(view.author));
    const hoverTime = el("time", "hover-time", new Date(view.timestamp).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
    hoverTime.dateTime = view.timestamp;
    item.append(hoverTime);

    const body = el("div", "body");
    const meta = el("h3", "meta");
    meta.append(el("span", "author", view.author.name));
    if (view.author.bot) meta.append(el("span", "tag", "BOT"));
    if (view.author.system) meta.append(el("span", "tag system", "SYSTEM"));
    const time = el("time", null, formatTime(view.timestamp));
    time.dateTime = view.timestamp;
    time.title = new Date(view.timestamp).toLocaleString();
    meta.append(time);
    body.append(meta);

    const content = el("div", "content");
    if (view.thinking) {
      const thinking = el("span", "thinking", view.author.name + " is thinking");
      thinking.append(el("span", "dots"));
      content.append(thinking);
    } else if (view.content) {
      renderMarkdown(view.content, content);
    }
    if (view.editedTimestamp) {
      const edited = el("span", "edited", "(edited)");
      edited.title = new Date(view.editedTimestamp).toLocaleString();
      content.append(edited);
    }
    if (content.childNodes.length > 0) body.append(content);

    for (const embed of view.embeds || []) body.append(renderEmbed(embed));
    for (const file of view.attachments || []) {
      if (!(view.embeds || []).some((e) => e.imageUrl === file.url)) body.append(renderAttachment(file));
    }
    if ((view.components || []).length > 0) body.append(renderComponents(view));

    if (view.ephemeral) {
      const note = el("div", "ephemeral-note");
      note.append(eyeIcon(), el("span", null, "Only you can see this •"));
      const dismiss = el("button", "link-button", "Dismiss message");
      dismiss.type = "button";
      dismiss.addEventListener("click", () => {
        state.dismissed.add(view.id);
        removeMessage(view.id);
        input.focus();
      });
      note.append(dismiss);
      body.append(note);
    }

    item.append(body);
    return item;
  }

  function renderEmbed(embed) {
    const box = el("div", "embed");
    if (embed.color && /^#[0-9a-f]{6}$/i.test(embed.color)) box.style.borderLeftColor = embed.color;
    if (embed.title) {
      const title = el("div", "embed-title");
      renderInline(embed.title, title);
      box.append(title);
    }
    if (embed.description) {
      const description = el("div", "embed-description");
      renderMarkdown(embed.description, description);
      box.append(description);
    }
    const href = safeHref(embed.imageUrl);
    if (href && href.startsWith("/attachments/")) {
      const img = el("img");
      img.src = href;
      img.alt = embed.title || "image";
      box.append(img);
    } else if (href) {
      const link = el("a", null, href);
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      box.append(link);
    }
    return box;
  }

  function renderAttachment(file) {
    const box = el("div", "attachment");
    const href = safeHref(file.url);
    if (!href) return box;
    if (file.isImage) {
      const img = el("img");
      img.src = href;
      img.alt = file.description || file.fileName;
      box.append(img);
    } else {
      const link = el("a", null, file.fileName);
      link.href = href;
      link.download = file.fileName;
      box.append(link);
    }
    return box;
  }

  function renderComponents(view) {
    const box = el("div", "components");
    for (const row of view.components) {
      const line = el("div", "row");
      for (const button of row) {
        const style = ["primary", "secondary", "success", "danger"].includes(button.style) ? button.style : "secondary";
        const node = el("button", "btn btn-" + style, button.label);
        node.type = "button";
        node.disabled = !!button.disabled;
        node.addEventListener("click", () => {
          send({ type: "click", messageId: view.id, customId: button.customId });
        });
        line.append(node);
      }
      box.append(line);
    }
    return box;
  }

  function groupable(previous, view) {
    return previous && !view.invocation && previous.author.id === view.author.id
      && !!previous.ephemeral === !!view.ephemeral
      && Math.abs(new Date(view.timestamp) - new Date(previous.timestamp)) < GROUP_MS;
  }

  function regroup(item) {
    if (!item) return;
    const previous = item.previousElementSibling;
    const view = state.messages.get(item.dataset.id)?.view;
    const previousView = previous ? state.messages.get(previous.dataset.id)?.view : null;
    item.classList.toggle("grouped", !!view && groupable(previousView, view));
  }

  function nearBottom() {
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
  }

  function upsert(view) {
    if (state.dismissed.has(view.id)) return;
    const stick = nearBottom();
    const existing = state.messages.get(view.id);
    const item = renderMessage(view);
    state.messages.set(view.id, { view, el: item });
    if (existing) {
      existing.el.replaceWith(item);
    } else {
      // The server sends changes in the order they happen, so a new message always goes at the bottom.
      list.append(item);
    }
    regroup(item);
    regroup(item.nextElementSibling);
    if (stick) scroller.scrollTop = scroller.scrollHeight;
  }

  function removeMessage(id) {
    const existing = state.messages.get(id);
    if (!existing) return;
    const next = existing.el.nextElementSibling;
    existing.el.remove();
    state.messages.delete(id);
    regroup(next);
  }

  let noticeCounter = 0;
  function notice(text) {
    noticeCounter++;
    upsert({
      id: "notice-" + noticeCounter,
      author: { id: "playground", name: "Playground", bot: false, system: true },
      timestamp: new Date().toISOString(),
      content: text,
      ephemeral: true,
      embeds: [],
      attachments: [],
      components: [],
    });
  }

  // ---------- the socket ----------

  function setStatus(text, offline) {
    statusLine.textContent = text;
    statusLine.classList.toggle("offline", !!offline);
    const meStatus = $("me-status");
    if (meStatus) meStatus.textContent = offline ? "Offline" : "Online";
  }

  function send(frame) {
    if (!state.socket || state.socket.readyState !== WebSocket.OPEN) {
      notice("Not connected to the playground right now — it will reconnect by itself.");
      return false;
    }
    state.socket.send(JSON.stringify(frame));
    return true;
  }

  function connect() {
    const name = sessionStorage.getItem("asyncbot.name");
    const session = sessionStorage.getItem("asyncbot.session");
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    const url = scheme + location.host + "/ws?name=" + encodeURIComponent(name) + "&session=" + encodeURIComponent(session);
    const socket = new WebSocket(url);
    state.socket = socket;
    socket.addEventListener("open", () => {
      state.retryMs = 500;
    });
    socket.addEventListener("message", (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      switch (frame.type) {
        case "hello":
          state.me = frame.you;
          showMe();
          list.replaceChildren();
          state.messages.clear();
          for (const view of frame.messages || []) upsert(view);
          scroller.scrollTop = scroller.scrollHeight;
          input.disabled = false;
          setStatus("Connected as " + frame.you.name);
          document.body.dataset.ready = "true";
          if (!document.querySelector("dialog[open]")) input.focus();
          break;
        case "upsert":
          upsert(frame.message);
          break;
        case "delete":
          removeMessage(frame.id);
          break;
        case "notice":
          notice(frame.text);
          break;
      }
    });
    socket.addEventListener("close", () => {
      if (state.socket !== socket) return;
      document.body.dataset.ready = "false";
      setStatus("Reconnecting…", true);
      setTimeout(connect, state.retryMs);
      state.retryMs = Math.min(state.retryMs * 2, 5000);
    });
  }

  function showMe() {
    $("me").hidden = false;
    $("me-name").textContent = state.me.name;
    const mine = $("me-avatar");
    mine.className = "avatar small " + colorClass(state.me.id);
    mine.textContent = initials(state.me.name);
  }

  function newSessionKey() {
    // getRandomValues works on plain http too (randomUUID needs a secure context).
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  // ---------- the message box and its autocomplete ----------

  function computeSuggestions(text) {
    if (!text.startsWith("/")) return [];
    const space = text.search(/\s/);
    if (space < 0) {
      const typed = text.slice(1).toLowerCase();
      return state.commands
        .filter((c) => c.name.startsWith(typed))
        .map((c) => ({ label: "/" + c.name, hint: c.description, completion: "/" + c.name + (c.options.length ? " " : ""), eager: true }));
    }
    const command = state.commands.find((c) => c.name === text.slice(1, space).toLowerCase());
    if (!command) return [];
    const tokenStart = Math.max(text.lastIndexOf(" "), text.lastIndexOf("\t"), text.lastIndexOf("\n")) + 1;
    const token = text.slice(tokenStart);
    const before = text.slice(0, tokenStart);
    const colon = token.indexOf(":");
    if (colon > 0) {
      const option = command.options.find((o) => o.name === token.slice(0, colon).toLowerCase());
      if (!option || option.choices.length === 0) return [];
      const typed = token.slice(colon + 1).toLowerCase();
      return option.choices
        .filter((c) => c.value.toLowerCase().startsWith(typed))
        .map((c) => ({ label: c.value, hint: c.name, completion: before + option.name + ":" + c.value + " ", eager: true }));
    }
    const used = new Set([...text.slice(space).matchAll(/(?:^|\s)([a-z_-]+):/gi)].map((m) => m[1].toLowerCase()));
    return command.options
      .filter((o) => !used.has(o.name) && o.name.startsWith(token.toLowerCase()))
      .map((o) => ({ label: o.name + ":", hint: o.description + (o.required ? "" : " (optional)"), completion: before + o.name + ":", eager: false }));
  }

  function showSuggestions() {
    const text = input.value;
    state.suggestions = computeSuggestions(text);
    state.active = state.suggestions.length > 0 && state.suggestions[0].eager ? 0 : -1;
    drawSuggestions();
  }

  function drawSuggestions() {
    suggestionsBox.replaceChildren();
    const open = state.suggestions.length > 0;
    suggestionsBox.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    input.removeAttribute("aria-activedescendant");
    state.suggestions.forEach((suggestion, index) => {
      const item = el("li");
      item.id = "suggestion-" + index;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", index === state.active ? "true" : "false");
      item.append(el("span", "s-label", suggestion.label), el("span", "s-hint", suggestion.hint));
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        accept(index);
      });
      suggestionsBox.append(item);
      if (index === state.active) {
        input.setAttribute("aria-activedescendant", item.id);
        item.scrollIntoView({ block: "nearest" });
      }
    });
  }

  function closeSuggestions() {
    state.suggestions = [];
    state.active = -1;
    drawSuggestions();
  }

  function accept(index) {
    const suggestion = state.suggestions[index];
    if (!suggestion) return;
    input.value = suggestion.completion;
    input.setSelectionRange(input.value.length, input.value.length);
    input.focus();
    showSuggestions();
  }

  function submit() {
    const text = input.value.trim();
    if (!text) return;
    if (!text.startsWith("/")) {
      notice("The bot only listens to slash commands here — type / to see them.");
      return;
    }
    if (send({ type: "command", text })) {
      state.lastSent = text;
      input.value = "";
      closeSuggestions();
    }
  }

  input.addEventListener("input", showSuggestions);
  input.addEventListener("blur", () => setTimeout(closeSuggestions, 100));
  input.addEventListener("keydown", (event) => {
    const open = state.suggestions.length > 0;
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      state.active = (state.active + 1) % state.suggestions.length;
      drawSuggestions();
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      state.active = state.active <= 0 ? state.suggestions.length - 1 : state.active - 1;
      drawSuggestions();
    } else if (event.key === "ArrowUp" && !input.value && state.lastSent) {
      event.preventDefault();
      input.value = state.lastSent;
      showSuggestions();
    } else if (event.key === "Tab" && open) {
      event.preventDefault();
      accept(state.active >= 0 ? state.active : 0);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      closeSuggestions();
    } else if (event.key === "Enter") {
      event.preventDefault();
      const suggestion = open && state.active >= 0 ? state.suggestions[state.active] : null;
      // Enter takes a suggestion that changes the text, and sends otherwise (so "/race" + Enter runs the defaults).
      if (suggestion && suggestion.completion.trim() !== input.value.trim()) accept(state.active);
      else submit();
    }
  });
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });

  // ---------- start ----------

  async function loadCommands() {
    try {
      const response = await fetch("/api/commands", { headers: { Accept: "application/json" } });
      if (response.ok) state.commands = await response.json();
    } catch {
      // Autocomplete is a convenience: commands still work when typed out.
    }
  }

  function join() {
    const dialog = $("join");
    const nameInput = $("name");
    dialog.showModal();
    nameInput.focus();
    $("join-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const name = nameInput.value.trim();
      if (!name) return;
      sessionStorage.setItem("asyncbot.name", name);
      dialog.close();
      connect();
    });
    dialog.addEventListener("cancel", (event) => event.preventDefault());
  }

  loadCommands();
  if (!sessionStorage.getItem("asyncbot.session")) sessionStorage.setItem("asyncbot.session", newSessionKey());
  if (sessionStorage.getItem("asyncbot.name")) connect(); else join();
})();
