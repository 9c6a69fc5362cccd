// What the message box offers for the text typed so far, from the registered command definitions: command names
// after "/", then the options not used yet, then an option's choices after "option:".

/**
 * @param {string} text the box's text
 * @param {Array<{name: string, description: string, options: Array}>} commands from /api/commands
 * @returns {Array<{label: string, hint: string, completion: string, eager: boolean}>} eager ones are pre-selected
 */
export function suggest(text, commands) {
  if (!text.startsWith("/")) return [];
  const space = text.search(/\s/);
  if (space < 0) {
    const typed = text.slice(1).toLowerCase();
    return commands
      .filter((c) => c.name.startsWith(typed))
      .map((c) => ({ label: "/" + c.name, hint: c.description, completion: "/" + c.name + (c.options.length ? " " : ""), eager: true }));
  }
  const command = commands.find((c) => c.name === text.slice(1, space).toLowerCase());
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
  // Options are offered but not pre-selected, so Enter after "/race " sends the command with its defaults.
  const used = new Set([...text.slice(space).matchAll(/(?:^|\s)([a-z_-]+):/gi)].map((m) => m[1].toLowerCase()));
  return command.options
    .filter((o) => !used.has(o.name) && o.name.startsWith(token.toLowerCase()))
    .map((o) => ({ label: o.name + ":", hint: o.description + (o.required ? "" : " (optional)"), completion: before + o.name + ":", eager: false }));
}
