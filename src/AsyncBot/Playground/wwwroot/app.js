// AsyncBot playground page. One WebSocket to the server: it sends what the visitor types and clicks, and draws
// every message the bot posts or edits. All text reaches the page through textContent or text nodes, never
// innerHTML, so names, task names, URLs and responses can never become markup.
import { colorClass, initials } from "./dom.js";
import { Composer } from "./composer.js";
import { MessageList } from "./message-list.js";

const $ = (id) => document.getElementById(id);
const input = $("input");
const statusLine = $("status");
let socket = null;
let retryMs = 500;

const messages = new MessageList($("message-list"), $("messages"), {
  click: (view, button) => send({ type: "click", messageId: view.id, customId: button.customId }),
  dismissed: () => input.focus(),
});

const composer = new Composer(input, $("suggestions"), (text) => {
  if (!text.startsWith("/")) {
    messages.notice("The bot only listens to slash commands here — type / to see them.");
    return false;
  }
  return send({ type: "command", text });
});

function send(frame) {
  if (!socket || socket.readyState !== WebSocket.OPEN) {
    messages.notice("Not connected to the playground right now — it will reconnect by itself.");
    return false;
  }
  socket.send(JSON.stringify(frame));
  return true;
}

function setStatus(text, offline) {
  statusLine.textContent = text;
  statusLine.classList.toggle("offline", !!offline);
  $("me-status").textContent = offline ? "Offline" : "Online";
}

function showMe(me) {
  $("me").hidden = false;
  $("me-name").textContent = me.name;
  const mine = $("me-avatar");
  mine.className = "avatar small " + colorClass(me.id);
  mine.textContent = initials(me.name);
}

function onFrame(frame) {
  switch (frame.type) {
    case "hello":
      showMe(frame.you);
      messages.reset(frame.messages || []);
      input.disabled = false;
      setStatus("Connected as " + frame.you.name);
      document.body.dataset.ready = "true";
      if (!document.querySelector("dialog[open]")) input.focus();
      break;
    case "upsert":
      messages.upsert(frame.message);
      break;
    case "notice":
      messages.notice(frame.text);
      break;
  }
}

function connect() {
  const name = sessionStorage.getItem("asyncbot.name");
  const session = sessionStorage.getItem("asyncbot.session");
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  const current = new WebSocket(scheme + location.host + "/ws?name=" + encodeURIComponent(name) + "&session=" + encodeURIComponent(session));
  socket = current;
  current.addEventListener("open", () => { retryMs = 500; });
  current.addEventListener("message", (event) => {
    try {
      onFrame(JSON.parse(event.data));
    } catch (error) {
      console.error("playground: bad frame", error);
    }
  });
  current.addEventListener("close", () => {
    if (socket !== current) return;
    document.body.dataset.ready = "false";
    setStatus("Reconnecting…", true);
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 5000);
  });
}

function newSessionKey() {
  // getRandomValues works on plain http too (randomUUID needs a secure context).
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function join() {
  const dialog = $("join");
  const nameInput = $("name");
  dialog.addEventListener("cancel", (event) => event.preventDefault());
  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (!name) return;
    sessionStorage.setItem("asyncbot.name", name);
    dialog.close();
    connect();
  });
  dialog.showModal();
  nameInput.focus();
}

async function loadCommands() {
  try {
    const response = await fetch("/api/commands", { headers: { Accept: "application/json" } });
    if (response.ok) composer.commands = await response.json();
  } catch {
    // Autocomplete is a convenience: commands still work when typed out.
  }
}

loadCommands();
if (!sessionStorage.getItem("asyncbot.session")) sessionStorage.setItem("asyncbot.session", newSessionKey());
if (sessionStorage.getItem("asyncbot.name")) connect(); else join();
