// Draws one message the way Discord does: the "Ada used /race" line, avatar, name, BOT tag, time, content, embeds,
// files, buttons and the ephemeral note. Every piece of text goes in as text.
import { avatar, el, eyeIcon, formatTime, safeHref } from "./dom.js";
import { renderInline, renderMarkdown } from "./markdown.js";

export function renderMessage(view, actions) {
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
  if ((view.components || []).length > 0) body.append(renderComponents(view, actions));

  if (view.ephemeral) {
    const note = el("div", "ephemeral-note");
    note.append(eyeIcon(), el("span", null, "Only you can see this •"));
    const dismiss = el("button", "link-button", "Dismiss message");
    dismiss.type = "button";
    dismiss.addEventListener("click", () => actions.dismiss(view));
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

function renderComponents(view, actions) {
  const box = el("div", "components");
  for (const row of view.components) {
    const line = el("div", "row");
    for (const button of row) {
      const style = ["primary", "secondary", "success", "danger"].includes(button.style) ? button.style : "secondary";
      const node = el("button", "btn btn-" + style, button.label);
      node.type = "button";
      node.disabled = !!button.disabled;
      node.addEventListener("click", () => actions.click(view, button));
      line.append(node);
    }
    box.append(line);
  }
  return box;
}
