// The message box: an ARIA combobox whose list offers commands, options and choices. Up and down choose, Tab
// takes, Escape closes, Enter takes a suggestion that changes the text and sends otherwise; Up in an empty box
// recalls the last command.
import { el } from "./dom.js";
import { suggest } from "./suggestions.js";

export class Composer {
  /**
   * @param {HTMLInputElement} input the combobox
   * @param {HTMLElement} box its listbox
   * @param {(text: string) => boolean} send sends a command; false when it could not
   */
  constructor(input, box, send) {
    this.input = input;
    this.box = box;
    this.send = send;
    this.commands = [];
    this.suggestions = [];
    this.active = -1;
    this.lastSent = "";
    input.addEventListener("input", () => this.refresh());
    input.addEventListener("blur", () => setTimeout(() => this.close(), 100));
    input.addEventListener("keydown", (event) => this.onKey(event));
    input.form?.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
  }

  refresh() {
    this.suggestions = suggest(this.input.value, this.commands);
    this.active = this.suggestions.length > 0 && this.suggestions[0].eager ? 0 : -1;
    this.draw();
  }

  close() {
    this.suggestions = [];
    this.active = -1;
    this.draw();
  }

  draw() {
    this.box.replaceChildren();
    const open = this.suggestions.length > 0;
    this.box.hidden = !open;
    this.input.setAttribute("aria-expanded", open ? "true" : "false");
    this.input.removeAttribute("aria-activedescendant");
    this.suggestions.forEach((suggestion, index) => {
      const item = el("li");
      item.id = "suggestion-" + index;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", index === this.active ? "true" : "false");
      item.append(el("span", "s-label", suggestion.label), el("span", "s-hint", suggestion.hint));
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        this.accept(index);
      });
      this.box.append(item);
      if (index === this.active) {
        this.input.setAttribute("aria-activedescendant", item.id);
        item.scrollIntoView({ block: "nearest" });
      }
    });
  }

  accept(index) {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.input.value = suggestion.completion;
    this.input.setSelectionRange(this.input.value.length, this.input.value.length);
    this.input.focus();
    this.refresh();
  }

  submit() {
    const text = this.input.value.trim();
    if (text && this.send(text)) {
      this.lastSent = text;
      this.input.value = "";
      this.close();
    }
  }

  onKey(event) {
    const open = this.suggestions.length > 0;
    const count = this.suggestions.length;
    if (event.key === "ArrowDown" && open) {
      this.active = (this.active + 1) % count;
      this.draw();
    } else if (event.key === "ArrowUp" && open) {
      this.active = this.active <= 0 ? count - 1 : this.active - 1;
      this.draw();
    } else if (event.key === "ArrowUp" && !this.input.value && this.lastSent) {
      this.input.value = this.lastSent;
      this.refresh();
    } else if (event.key === "Tab" && open) {
      this.accept(this.active >= 0 ? this.active : 0);
    } else if (event.key === "Escape" && open) {
      this.close();
    } else if (event.key === "Enter") {
      const suggestion = open && this.active >= 0 ? this.suggestions[this.active] : null;
      // "/race" + Enter runs the defaults rather than waiting for another Enter.
      if (suggestion && suggestion.completion.trim() !== this.input.value.trim()) this.accept(this.active);
      else this.submit();
    } else {
      return;
    }
    event.preventDefault();
  }
}
