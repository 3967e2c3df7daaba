// Pages for the bench group "pre-rendered page" and the Lighthouse comparison: the CLI's pre-render of a page,
// with the widgets that do not render on a server yet left as plain tags, the default pathway as a Mermaid
// flowchart, and a clinic-like page in three versions.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { defaultPathway } from '../dist/esm/content/pathway.js';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/ketamine-widgets.mjs');

/**
 * Runs `ketamine-widgets render -` on `html`; resolves to `{ html }`, or `{ problems }`: a Map from each tag the
 * CLI could not render to its first message.
 */
function renderWithCli(html) {
  try {
    return { html: execFileSync(process.execPath, [CLI, 'render', '-'], { cwd: ROOT, input: html, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }) };
  } catch (failure) {
    const problems = new Map();
    for (const [, tag, message] of String(failure.stderr).matchAll(/^<stdin>:\d+: <(kw-[a-z-]+)>: (?!note:)(.*)$/gm)) if (!problems.has(tag)) problems.set(tag, message);
    if (!problems.size) throw new Error(`ketamine-widgets render failed: ${failure.stderr || failure.message}`);
    return { problems };
  }
}

/**
 * Which widgets the CLI renders today (one run over all of them): a Map from tag to `undefined` (renders) or
 * the reason it does not.
 */
export function serverRenderable(widgets) {
  const { problems = new Map() } = renderWithCli(widgets.map((widget) => widget.markup).join('\n'));
  return new Map(widgets.map((widget) => [widget.tag, problems.get(widget.tag)]));
}

/**
 * `html` pre-rendered by the CLI, except the widgets in `skip` (tags), which stay as written: they stand in
 * for widgets that do not render on a server yet, so that the rest of the page still can be measured.
 */
export function prerender(html, skip = new Set()) {
  const kept = [];
  const marked = html.replace(/<(kw-[a-z-]+)\b[^>]*>[\s\S]*?<\/\1>/g, (markup, tag) => {
    if (!skip.has(tag)) return markup;
    kept.push(markup);
    return `<!--kw-bench-kept:${kept.length - 1}-->`;
  });
  const rendered = renderWithCli(marked);
  if (rendered.problems) throw new Error(`ketamine-widgets render: ${[...rendered.problems.values()].join('; ')}`);
  return rendered.html.replace(/<!--kw-bench-kept:(\d+)-->/g, (_, i) => kept[Number(i)]);
}

/** Mermaid flowchart of the default pathway as the widget draws it by default: the main track, in its stages. */
export function pathwayAsMermaid() {
  const main = defaultPathway.nodes.filter((node) => (node.track ?? 'main') === 'main');
  const ids = new Set(main.map((node) => node.id));
  const quoted = (text) => `"${text.replace(/"/g, '#quot;')}"`;
  const lines = ['flowchart LR'];
  for (const stage of defaultPathway.stages) {
    lines.push(`  subgraph ${stage.id} [${quoted(stage.label.en)}]`);
    for (const node of main.filter((n) => n.stage === stage.id)) lines.push(`    ${node.id}[${quoted(node.label.en)}]`);
    lines.push('  end');
  }
  for (const edge of defaultPathway.edges.filter((e) => ids.has(e.from) && ids.has(e.to))) {
    lines.push(`  ${edge.from} ${edge.effect === 'inhibits' ? '--x' : '-->'} ${edge.to}`);
  }
  return lines.join('\n');
}

const CLINIC_CSS = `<style>
  :root { color-scheme: light; --brand: #1c5d73; }
  body { margin: 0; font: 17px/1.6 system-ui, "DejaVu Sans", sans-serif; color: #1f2328; background: #fbfaf7; }
  header { background: var(--brand); color: #fff; padding: 12px 20px; display: flex; flex-wrap: wrap; gap: 12px 32px; align-items: center; }
  header .logo { font-weight: 700; font-size: 1.25rem; }
  nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px 20px; }
  nav a { color: #fff; text-decoration: none; }
  .hero { padding: 40px 20px 24px; background: #e8f1f3; }
  .hero h1 { margin: 0 0 12px; font-size: clamp(1.8rem, 5vw, 2.6rem); line-height: 1.2; }
  .hero p { margin: 0; max-width: 42rem; font-size: 1.1rem; }
  main { max-width: 60rem; margin: 0 auto; padding: 8px 20px 40px; }
  main section { margin: 32px 0; }
  h2 { font-size: 1.4rem; margin: 0 0 12px; }
  footer { background: #24292f; color: #d0d7de; padding: 24px 20px; font-size: 0.9rem; }
  footer a { color: #fff; }
</style>`;

const CLINIC_TEXT = [
  '<h2>Is it right for me?</h2><p>Ketamine and esketamine are options for depression that has not eased after at least two antidepressants. Your doctor will go over your history, your other medicines and your blood pressure before any treatment.</p>',
  '<h2>What a visit is like</h2><p>Most people come twice a week for the first month. Each visit lasts about two hours, because we watch you for side effects until they pass. You cannot drive until the next day, so plan a ride home.</p><p>Treatment works best alongside therapy and the care you already have. It is not a cure, and it does not help everyone.</p>',
];

/**
 * A clinic's page about ketamine treatment: header, navigation, hero, then the four widgets between paragraphs
 * (the notice and the diagram first, so that they are in the first screen of a phone, where a shift counts).
 */
export function clinicPage([notice, diagram, effects, neuron], head = '') {
  const section = (html) => `<section>${html}</section>`;
  return `<!doctype html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Ketamine treatment for depression | Riverside Mood Clinic</title>
  <meta name="description" content="How ketamine treatment for depression works at Riverside Mood Clinic, its side effects, and what to expect.">
  ${CLINIC_CSS}
  ${head}
</head>
<body>
  <header>
    <span class="logo">Riverside Mood Clinic</span>
    <nav aria-label="Main"><ul><li><a href="#">Treatments</a></li><li><a href="#">Our team</a></li><li><a href="#">Costs and insurance</a></li><li><a href="#">Contact</a></li></ul></nav>
  </header>
  <div class="hero">
    <h1>Ketamine treatment for depression</h1>
    <p>For adults whose depression has not improved with other treatments. Learn how it works, what a visit is like, and its risks.</p>
  </div>
  <main>
    ${[notice, diagram, CLINIC_TEXT[0], effects, CLINIC_TEXT[1], neuron].map(section).join('\n    ')}
  </main>
  <footer>
    <p>Riverside Mood Clinic · 100 River Road · (555) 010-0100 · <a href="#">Privacy</a></p>
    <p>If you are in crisis, call or text 988 (Suicide and Crisis Lifeline).</p>
  </footer>
</body>
</html>
`;
}

/** Plain text that a page could show in each widget's place: the same messages, no script. */
export const STATIC_STAND_INS = {
  'kw-disclaimer': '<h2>Not medical advice</h2><p>This page explains; it does not replace a doctor. If you are thinking about suicide, call or text 988 (Suicide and Crisis Lifeline) or text HOME to 741741 (Crisis Text Line).</p>',
  'kw-pathway': '<h2>How ketamine may ease depression</h2><p>Low-dose ketamine blocks NMDA receptors. Brake cells slow, glutamate surges, AMPA receptors are activated and BDNF is released. mTORC1 signaling builds synapse proteins, new spines form, circuits rebalance and mood lifts. Most steps come from studies in animals.</p>',
  'kw-side-effects': '<h2>Side effects</h2><p>Common: feeling detached (dissociation), dizziness, nausea, sleepiness, a spinning feeling, numbness, anxiety, higher blood pressure. You are watched for at least two hours after each dose. Call your doctor or 911 if you have chest pain, a severe headache or trouble breathing.</p>',
  'kw-neuron-growth': '<h2>Nerve cells under stress, and after ketamine</h2><p>Under long stress, nerve cells lose some of their small branches (spines). In rodents, new spines grow within a day of a dose. The timeline is illustrative, from animal studies.</p>',
};
