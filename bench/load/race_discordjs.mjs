// The peer of bench/run.sh's load scenario: the tutorial's /race (tasks "A:2 B:3 C:1", all at once) written the way
// a discord.js bot would, on @discordjs/core 2.6 with its own REST client (rate limits, queues) and gateway.
//
// Same conversation as AsyncBot: reply with the plan and a Cancel button, one followup with the three Started lines,
// a followup per Finished line at its time, a summary followup, then edit the reply to disable the button.
// Reads DISCORD_TOKEN and Discord__ApiBaseUrl (http://127.0.0.1:PORT/api/v10) like the bot does; stops on SIGTERM.
import { Client, GatewayDispatchEvents, InteractionType, MessageFlags } from '@discordjs/core';
import { REST } from '@discordjs/rest';
import { WebSocketManager } from '@discordjs/ws';

const token = process.env.DISCORD_TOKEN;
const apiBase = process.env.Discord__ApiBaseUrl;
if (!token || !apiBase) {
  console.error('race_discordjs: set DISCORD_TOKEN and Discord__ApiBaseUrl');
  process.exit(2);
}

// @discordjs/rest appends /v10 itself.
const rest = new REST({ version: '10', api: apiBase.replace(/\/v10\/?$/, '') }).setToken(token);
const gateway = new WebSocketManager({ token, intents: 0, rest });
const client = new Client({ rest, gateway });
const noMentions = { parse: [] };

function parsePlan(text) {
  return text.trim().split(/\s+/).map((part) => {
    const [name, seconds] = part.split(':');
    const value = Number(seconds);
    if (!name || !Number.isFinite(value) || value < 0) throw new Error(`bad task '${part}'`);
    return { name, seconds: value };
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function race(interaction, api) {
  const option = interaction.data.options?.find((o) => o.name === 'tasks');
  let plan;
  try {
    plan = parsePlan(option?.value ?? 'A:2 B:3 C:1');
  } catch (error) {
    await api.interactions.reply(interaction.id, interaction.token,
      { content: String(error.message), flags: MessageFlags.Ephemeral, allowed_mentions: noMentions });
    return;
  }
  const planText = plan.map((t) => `${t.name}:${t.seconds}`).join(' ');
  const button = (disabled) => [{
    type: 1,
    components: [{ type: 2, style: 4, label: 'Cancel', custom_id: `cancel:${interaction.id}`, disabled }],
  }];
  await api.interactions.reply(interaction.id, interaction.token, {
    content: `Racing ${plan.length} tasks (gather, delay): ${planText}`,
    components: button(false),
    allowed_mentions: noMentions,
  });
  const appId = interaction.application_id;
  const start = performance.now();
  const followUp = (content) => api.interactions.followUp(appId, interaction.token, { content, allowed_mentions: noMentions });
  await followUp(plan.map((t) => `Task ${t.name}: Started`).join('\n'));
  const finished = [];
  await Promise.all(plan.map(async (t) => {
    await sleep(t.seconds * 1000);
    finished.push(t);
    await followUp(`Task ${t.name}: Finished after ${t.seconds} sec`);
  }));
  const took = (performance.now() - start) / 1000;
  const serial = plan.reduce((sum, t) => sum + t.seconds, 0);
  const order = finished.map((t) => t.name).join(', ');
  await followUp(`Finished in ${took.toFixed(1)} s (one after another would take ${serial.toFixed(2)} s)\n\`\`\`\n${order}\n\`\`\``);
  await api.interactions.editReply(appId, interaction.token,
    { content: `Racing ${plan.length} tasks (gather, delay): ${planText}`, components: button(true) });
}

client.on(GatewayDispatchEvents.InteractionCreate, ({ data: interaction, api }) => {
  if (interaction.type !== InteractionType.ApplicationCommand || interaction.data.name !== 'race') return;
  race(interaction, api).catch((error) => console.error(`race_discordjs: ${interaction.id}: ${error.message}`));
});

process.on('SIGTERM', async () => {
  await gateway.destroy();
  process.exit(0);
});

await gateway.connect();
