// The markdown subset the bot uses (bold, italics, underline, strike, code, code blocks, quotes, escapes, links),
// built as DOM nodes: a task name such as <b>x</b> stays text, whatever it contains.
import { el, safeHref } from "./dom.js";

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

export function renderInline(text, parent) {
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

export function renderMarkdown(text, parent) {
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
