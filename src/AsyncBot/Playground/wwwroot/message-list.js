// The channel's message list: inserts new messages at the bottom, replaces edited ones in place, groups runs of
// messages from the same author as Discord does, and keeps the view pinned to the bottom while you are there.
import { renderMessage } from "./message-view.js";

const GROUP_MS = 7 * 60 * 1000;

export class MessageList {
  /**
   * @param {HTMLElement} list the <ol> holding the messages
   * @param {HTMLElement} scroller the scrolling container
   * @param {{ click(view, button): void, dismissed(): void }} actions what buttons do
   */
  constructor(list, scroller, actions) {
    this.list = list;
    this.scroller = scroller;
    this.messages = new Map();
    this.dismissedIds = new Set();
    this.notices = 0;
    this.actions = {
      click: actions.click,
      dismiss: (view) => {
        this.dismissedIds.add(view.id);
        this.remove(view.id);
        actions.dismissed();
      },
    };
  }

  /** Replaces everything with the history a (re)connected tab receives. */
  reset(views) {
    this.list.replaceChildren();
    this.messages.clear();
    for (const view of views) this.upsert(view);
    this.scroller.scrollTop = this.scroller.scrollHeight;
  }

  /** Adds a message at the bottom, or redraws it in place when it is already shown. */
  upsert(view) {
    if (this.dismissedIds.has(view.id)) return;
    const stick = this.nearBottom();
    const existing = this.messages.get(view.id);
    const item = renderMessage(view, this.actions);
    this.messages.set(view.id, { view, el: item });
    if (existing) {
      existing.el.replaceWith(item);
    } else {
      // The server sends changes in the order they happen, so a new message always goes at the bottom.
      this.list.append(item);
    }
    this.regroup(item);
    this.regroup(item.nextElementSibling);
    if (stick) {
      this.scroller.scrollTop = this.scroller.scrollHeight;
      // A picture (the timeline PNG) grows the message when it loads: stay at the bottom then too.
      for (const img of item.querySelectorAll("img")) {
        img.addEventListener("load", () => { this.scroller.scrollTop = this.scroller.scrollHeight; }, { once: true });
      }
    }
  }

  remove(id) {
    const existing = this.messages.get(id);
    if (!existing) return;
    const next = existing.el.nextElementSibling;
    existing.el.remove();
    this.messages.delete(id);
    this.regroup(next);
  }

  /** A note from the page itself, shown only here, like Discord's own client messages. */
  notice(text) {
    this.notices++;
    this.upsert({
      id: "notice-" + this.notices,
      author: { id: "playground", name: "Playground", bot: false, system: true },
      timestamp: new Date().toISOString(),
      content: text,
      ephemeral: true,
      embeds: [],
      attachments: [],
      components: [],
    });
  }

  regroup(item) {
    if (!item) return;
    const view = this.messages.get(item.dataset.id)?.view;
    const previous = item.previousElementSibling;
    const previousView = previous ? this.messages.get(previous.dataset.id)?.view : null;
    item.classList.toggle("grouped", !!view && groupable(previousView, view));
  }

  nearBottom() {
    return this.scroller.scrollHeight - this.scroller.scrollTop - this.scroller.clientHeight < 120;
  }
}

function groupable(previous, view) {
  return !!previous && !view.invocation && previous.author.id === view.author.id
    && !!previous.ephemeral === !!view.ephemeral
    && Math.abs(new Date(view.timestamp) - new Date(previous.timestamp)) < GROUP_MS;
}
