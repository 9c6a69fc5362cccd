// Small DOM helpers. Text only ever enters the page through textContent and text nodes.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

export function initials(name) {
  const words = String(name).trim().split(/\s+/).filter(Boolean);
  if (words.length > 1) return (Array.from(words[0])[0] + Array.from(words[1])[0]).toUpperCase();
  const word = Array.from(words[0] || "?");
  const capitals = word.filter((c) => c !== c.toLowerCase());
  // "AsyncBot" reads as AB, the way a camel-cased name is abbreviated.
  return (capitals.length >= 2 ? capitals.slice(0, 2) : word.slice(0, 2)).join("").toUpperCase();
}

export function eyeIcon() {
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

export function colorClass(id) {
  let hash = 0;
  for (const c of String(id)) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return "color-" + (hash % 6);
}

export function avatar(author, size) {
  const node = el("div", "avatar" + (size ? " " + size : "") + (author.bot ? " bot" : " " + colorClass(author.id)), initials(author.name));
  node.setAttribute("aria-hidden", "true");
  return node;
}

export function formatTime(iso) {
  const date = new Date(iso);
  const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  const today = new Date();
  return date.toDateString() === today.toDateString() ? "Today at " + time : date.toLocaleDateString() + " " + time;
}

export function safeHref(url) {
  if (typeof url !== "string") return null;
  if (url.startsWith("/attachments/")) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
