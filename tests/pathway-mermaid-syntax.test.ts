// Mermaid's flowchart syntax case by case (mermaid.ts): every shape, link and comment a blogger may have, what
// each becomes, and the exact words of each message.
import { expect } from './support/expect.js';
import { mermaidToPathway, parseMermaid, type MermaidEdge, type MermaidResult } from '../src/components/pathway/mermaid.js';

const ok = (result: MermaidResult) => {
  if (result.errors) throw new Error(`expected it to read, got: ${result.errors.join('; ')}`);
  return result;
};
const flow = (body: string) => ok(parseMermaid(`flowchart LR\n${body}`));
const labels = (body: string) => flow(body).data.nodes.map((n) => n.label);
const edges = (body: string): MermaidEdge[] => flow(body).data.edges;
const errorsOf = (text: string) => parseMermaid(text).errors ?? [];

describe('Mermaid syntax: nodes', () => {
  it('reads the text of every box shape', () => {
    const shapes = ['a(((Text)))', 'a((Text))', 'a([Text])', 'a[[Text]]', 'a[(Text)]', 'a{{Text}}', 'a[/Text/]', 'a[\\Text\\]', 'a[/Text\\]', 'a[\\Text/]', 'a(Text)', 'a[Text]', 'a{Text}', 'a>Text]'];
    for (const shape of shapes) expect(labels(shape), shape).to.deep.equal(['Text']);
  });

  it('closes a shape at its own closer: the nearest one of the shapes that share an opener', () => {
    expect(labels('a[/in\\out/]')).to.deep.equal(['in\\out']);
    expect(labels('a[/x\\] --> b[/y/]')).to.deep.equal(['x', 'y']);
    expect(labels('a((x) y)) --> b')).to.deep.equal(['x) y', 'b']);
  });

  it('reads quoted text with brackets in it, and refuses text after the closing quote', () => {
    expect(labels('a["x ) y ] z"] --> b')).to.deep.equal(['x ) y ] z', 'b']);
    expect(labels('a( "spaced" )')).to.deep.equal(['spaced']);
    expect(errorsOf('flowchart LR\na["q" extra]')).to.deep.equal(['line 2: node "a": its text is not closed']);
  });

  it('shows the id of a node whose text is empty, and ignores a style class on a node', () => {
    expect(labels('a[ ] --> b')).to.deep.equal(['a', 'b']);
    expect(flow('a[Hot]:::warm-red --> b:::cool').data.nodes.map((n) => [n.id, n.label])).to.deep.equal([['a', 'Hot'], ['b', 'b']]);
  });

  it('makes ids the widget accepts: a prefix for one that starts with a digit or "_", cut to 64, never a taken one', () => {
    const ids = (body: string) => flow(body).data.nodes.map((n) => n.id);
    expect(ids('n_1 --> 1 --> _x')).to.deep.equal(['n_1', 'n_1_', 'n__x']);
    const long = `9${'a'.repeat(70)}`;
    expect(ids(long)).to.deep.equal([`n_${long}`.slice(0, 64)]);
    expect(ids(`A${'b'.repeat(63)}`)).to.deep.equal([`A${'b'.repeat(63)}`]);
    // The same Mermaid id is always the same node.
    expect(flow('1 --> 2\n2 --> 1').data.edges.map((e) => `${e.from}>${e.to}`)).to.deep.equal(['n_1>n_2', 'n_2>n_1']);
  });

  it('links every node on one side of "&" to every node on the other', () => {
    expect(edges('a & b --> c & d').map((e) => `${e.from}>${e.to}`)).to.deep.equal(['a>c', 'a>d', 'b>c', 'b>d']);
    expect(errorsOf('flowchart LR\na & --> b')).to.deep.equal(['line 2: expected a node after "&"']);
  });

  it('decodes Mermaid\'s escapes, line breaks and markdown quotes in a node\'s text', () => {
    expect(labels('a["#quot;Hi#quot; #amp; #AMP; #lt;b#gt; #apos;s#nbsp;x"]')).to.deep.equal([`"Hi" & & <b> 's x`]);
    expect(labels('a["#35;1 #9829; #0; #1114112; #zzz;"]')).to.deep.equal(['#1 ♥ #0; #1114112; #zzz;']);
    expect(labels('a["one<br>two<BR/>three<br />four"]')).to.deep.equal(['one two three four']);
    expect(labels('a["`Bold text`"]')).to.deep.equal(['Bold text']);
    expect(labels('a["  spaced    out  "]')).to.deep.equal(['spaced out']);
  });
});

describe('Mermaid syntax: links', () => {
  const kinds = (link: string) => edges(`a ${link} b`).map(({ effect, confidence, label }) => [effect, confidence, label]);

  it('reads each arrow as its effect: --> ---> --- ---- --o lead to, ==> === activate, --x inhibits, -.-> -.- -..-> are debated', () => {
    for (const link of ['-->', '--->', '---', '----', '--o']) expect(kinds(link), link).to.deep.equal([['leads-to', undefined, undefined]]);
    for (const link of ['==>', '===>', '===']) expect(kinds(link), link).to.deep.equal([['activates', undefined, undefined]]);
    expect(kinds('--x')).to.deep.equal([['inhibits', undefined, undefined]]);
    for (const link of ['-.->', '-.-', '-..->']) expect(kinds(link), link).to.deep.equal([['leads-to', 'debated', undefined]]);
  });

  it('reads a label between pipes after any arrow, quoted or not, with or without a space before it', () => {
    expect(kinds('-->|plain|')).to.deep.equal([['leads-to', undefined, 'plain']]);
    expect(kinds('--> |"quoted text"|')).to.deep.equal([['leads-to', undefined, 'quoted text']]);
    expect(kinds('--x|stops|')).to.deep.equal([['inhibits', undefined, 'stops']]);
    expect(kinds('-.->|maybe|')).to.deep.equal([['leads-to', 'debated', 'maybe']]);
    expect(kinds('-->||')).to.deep.equal([['leads-to', undefined, undefined]]);
  });

  it('reads a label in the middle of every kind of link', () => {
    expect(kinds('-- text -->')).to.deep.equal([['leads-to', undefined, 'text']]);
    expect(kinds('-- text ---')).to.deep.equal([['leads-to', undefined, 'text']]);
    expect(kinds('== text ==>')).to.deep.equal([['activates', undefined, 'text']]);
    expect(kinds('== text ===')).to.deep.equal([['activates', undefined, 'text']]);
    expect(kinds('-. text .->')).to.deep.equal([['leads-to', 'debated', 'text']]);
    expect(kinds('-. text .-')).to.deep.equal([['leads-to', 'debated', 'text']]);
    expect(kinds('-- "a -- b" -->')).to.deep.equal([['leads-to', undefined, 'a -- b']]);
    expect(kinds('--   several words here   --->')).to.deep.equal([['leads-to', undefined, 'several words here']]);
  });

  it('follows a chain of links, each with its own kind', () => {
    expect(edges('a --> b ==> c -.-> d').map((e) => [e.from, e.to, e.effect, e.confidence])).to.deep.equal([
      ['a', 'b', 'leads-to', undefined],
      ['b', 'c', 'activates', undefined],
      ['c', 'd', 'leads-to', 'debated'],
    ]);
  });

  it('refuses two-way and invisible links, and arrows it does not know, quoting them', () => {
    for (const link of ['<-->', 'o--o', 'x--x', '<==>', '<-.->', '<---']) expect(errorsOf(`flowchart LR\na ${link} b`), link).to.deep.equal(['line 2: two-way links are not supported']);
    expect(errorsOf('flowchart LR\na ~~~ b')).to.deep.equal(['line 2: invisible links (~~~) are not supported']);
    expect(errorsOf('flowchart LR\na -> b')).to.deep.equal(['line 2: "-> b" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)']);
    expect(errorsOf(`flowchart LR\na => ${'b'.repeat(40)}`)).to.deep.equal([`line 2: "=> ${'b'.repeat(27)}" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)`]);
    expect(errorsOf('flowchart LR\na --xb')[0]).to.match(/^line 2: "--xb" is not a link/);
  });

  it('names what it found where a node should be, up to 20 characters', () => {
    expect(errorsOf('flowchart LR\n-->')).to.deep.equal(['line 2: expected a node id, found "-->"']);
    expect(errorsOf(`flowchart LR\na --> ${'%'.repeat(30)}`)).to.deep.equal([`line 2: expected a node id, found "${'%'.repeat(20)}"`]);
  });
});

describe('Mermaid syntax: lines, comments and subgraphs', () => {
  it('accepts a header in any case, with a semicolon, and refuses another direction, quoting 40 characters', () => {
    expect(ok(parseMermaid('FLOWCHART lr;\na')).orientation).to.equal('horizontal');
    expect(ok(parseMermaid('graph;\na')).orientation).to.equal('vertical');
    expect(errorsOf('flowchart XY\na')).to.deep.equal(['line 1: a Mermaid flowchart starts with "flowchart" or "graph" (and TD, LR…); found "flowchart XY"']);
    expect(errorsOf(`pie ${'x'.repeat(50)}`)[0]).to.equal(`line 1: a Mermaid flowchart starts with "flowchart" or "graph" (and TD, LR…); found "pie ${'x'.repeat(36)}"`);
  });

  it('splits statements at semicolons outside quotes and brackets', () => {
    expect(labels('a --> b; c --> d')).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(labels('a["x; y"] --> b')).to.deep.equal(['x; y', 'b']);
    expect(labels('a[x; y] --> b;')).to.deep.equal(['x; y', 'b']);
    expect(labels('a(x{y; z}) --> b')).to.deep.equal(['x{y; z}', 'b']);
    // A closing bracket inside another kind of bracket does not leave the count below zero.
    expect(labels('a[x)]; b')).to.deep.equal(['x)', 'b']);
  });

  it('reads the title from YAML front matter, and "%% kw:" lines before or after the header', () => {
    const read = ok(parseMermaid('---\ntitle: "Front title"\nconfig: x\n---\n%% kw: caption: Before the header\nflowchart LR\na'));
    expect([read.data.title, read.data.caption]).to.deep.equal(['Front title', 'Before the header']);
    expect(ok(parseMermaid('---\ntitle: Front\n---\nflowchart LR\n%% KW: Title Later\na')).data.title).to.equal('Later');
    expect(ok(parseMermaid('---\ntitle: First\ntitle: Second\n---\nflowchart LR\na')).data.title).to.equal('First');
    // After the header, "---" is a line of the diagram, not front matter.
    expect(errorsOf('flowchart LR\n---\na')).to.deep.equal(['line 2: expected a node id, found "---"']);
    expect(parseMermaid('flowchart LR\na').data).to.deep.equal({ nodes: [{ id: 'a', label: 'a' }], edges: [] });
  });

  it('skips comments, warns once per init directive, and ignores a subgraph\'s direction', () => {
    const read = ok(parseMermaid('%%{init: {"theme": "dark"}}%%\nflowchart LR\n%% a comment --> x\nsubgraph one\ndirection TB\na\nend'));
    expect(read.warnings).to.deep.equal(['line 1: the init directive is ignored']);
    expect(read.data.nodes.map((n) => n.id)).to.deep.equal(['a']);
  });

  it('counts the style, class and click lines it ignores, in one warning', () => {
    expect(flow('a\nstyle a fill:#f00').warnings).to.deep.equal(['1 style, class or click line is ignored: the widget uses its own styles and shows no links in the diagram']);
    expect(flow('a\nlinkStyle 0 stroke:red; click a call cb()').warnings).to.deep.equal(['2 style, class or click lines are ignored: the widget uses its own styles and shows no links in the diagram']);
    // A node whose id merely starts like a keyword is a node.
    expect(flow('classy --> styles').data.nodes.map((n) => n.id)).to.deep.equal(['classy', 'styles']);
  });

  it('gives each node the title of the innermost subgraph it is declared in', () => {
    const read = flow('subgraph outer ["Outer stage"]\na\nsubgraph "Inner #amp; deep"\nb\nend\nc\nend\nd');
    expect(read.data.nodes.map((n) => [n.id, n.stage])).to.deep.equal([['a', 'Outer stage'], ['b', 'Inner & deep'], ['c', 'Outer stage'], ['d', undefined]]);
  });

  it('refuses links to a subgraph, by its id or its title', () => {
    const message = (id: string) => [`line 5: links to or from a subgraph ("${id}") are not supported; link its nodes`];
    expect(errorsOf('flowchart LR\nsubgraph s1 [Stage]\na\nend\ns1 --> a')).to.deep.equal(message('s1'));
    expect(errorsOf('flowchart LR\nsubgraph S2\na\nend\na --> S2')).to.deep.equal(message('S2'));
  });

  it('applies "%% kw:" confidence, kind and description to the node, in any case, by its Mermaid id', () => {
    const read = flow('1 --> b\n%% kw: confidence 1 DEBATED\n%% kw: KIND b Receptor\n%% kw: description b  Two words. ');
    expect(read.data.nodes).to.deep.equal([
      { id: 'n_1', label: '1', confidence: 'debated' },
      { id: 'b', label: 'b', kind: 'receptor', description: 'Two words.' },
    ]);
  });

  it('stops after 50 problems', () => {
    const bad = Array.from({ length: 70 }, () => 'a -> b').join('\n');
    const errors = errorsOf(`flowchart LR\n${bad}`);
    expect(errors).to.have.length(50);
    expect(errors.at(-1)).to.match(/^line 51: /);
  });

  it('stops reading at 201 nodes or 601 links, so later lines are not checked', () => {
    const nodes = Array.from({ length: 201 }, (_, i) => `n${i}`).join('\n');
    expect(errorsOf(`flowchart LR\n${nodes}\na -> b`)).to.deep.equal(['the flowchart has more than 200 nodes; the limit is 200']);
    expect(errorsOf(`flowchart LR\n${Array.from({ length: 200 }, (_, i) => `n${i}`).join('\n')}`)).to.deep.equal([]);
    const links = Array.from({ length: 601 }, (_, i) => `a${i % 20} --> b${i % 30}`).join('\n');
    expect(errorsOf(`flowchart LR\n${links}\na -> b`)).to.deep.equal(['the flowchart has more than 600 links; the limit is 600']);
    const most = Array.from({ length: 600 }, (_, i) => `a${i % 20} --> b${i % 30}`).join('\n');
    expect(errorsOf(`flowchart LR\n${most}`)).to.deep.equal([]);
    // A line of exactly 2,000 characters is read.
    expect(errorsOf(`flowchart LR\na["${'x'.repeat(1995)}"]`)).to.deep.equal([]);
    expect(errorsOf(`flowchart LR\na["${'x'.repeat(1996)}"]`)).to.deep.equal(['line 2: is 2001 characters; the limit is 2000']);
  });
});

describe('Mermaid to pathway data', () => {
  it('makes stages of subgraphs when every node is in one, in the order they first appear', () => {
    const result = mermaidToPathway('flowchart LR\n%% kw: title T\n%% kw: caption C\nsubgraph Drug\nk\nend\nsubgraph Brain\nn\nend\nk --> n');
    expect(result).to.deep.equal({
      value: {
        title: 'T',
        caption: 'C',
        stages: [{ id: 'stage1', label: 'Drug' }, { id: 'stage2', label: 'Brain' }],
        nodes: [{ id: 'k', label: 'k', stage: 'stage1' }, { id: 'n', label: 'n', stage: 'stage2' }],
        edges: [{ from: 'k', to: 'n', effect: 'leads-to' }],
      },
      warnings: [],
    });
  });

  it('draws one flow, with a warning, when some nodes are outside every subgraph', () => {
    const result = mermaidToPathway('flowchart LR\nsubgraph Drug\nk\nend\nk --> n');
    expect(result).to.deep.equal({
      value: { nodes: [{ id: 'k', label: 'k' }, { id: 'n', label: 'n' }], edges: [{ from: 'k', to: 'n', effect: 'leads-to' }] },
      warnings: ['subgraphs are drawn as one diagram: some nodes are outside every subgraph'],
    });
    expect(mermaidToPathway('flowchart LR\na').value).to.deep.equal({ nodes: [{ id: 'a', label: 'a' }], edges: [] });
  });

  it('passes the errors on', () => {
    expect(mermaidToPathway('flowchart LR\na -> b')).to.deep.equal({ errors: ['line 2: "-> b" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)'] });
  });
});

describe('Mermaid syntax: spacing, quotes and look-alikes', () => {
  it('takes any amount of space where Mermaid does, and none where it may be left out', () => {
    expect(ok(parseMermaid('flowchart    LR  ;\na')).orientation).to.equal('horizontal');
    expect(edges('a  &  b   -->   c').map((e) => `${e.from}>${e.to}`)).to.deep.equal(['a>c', 'b>c']);
    expect(flow('%%kw: title Tight\n%%   kw:caption   Loose\na').data).to.include({ title: 'Tight', caption: 'Loose' });
    expect(flow('%% kw: title : With a colon\na').data.title).to.equal('With a colon');
    expect(flow('bb\n%%  kw:  kind   bb   drug').data.nodes).to.deep.equal([{ id: 'bb', label: 'bb', kind: 'drug' }]);
    expect(flow('subgraph s1[Tight]\na\nend').data.nodes[0]?.stage).to.equal('Tight');
    expect(flow('subgraph one\ndirection   LR\na\nend').data.nodes.map((n) => n.id)).to.deep.equal(['a']);
    expect(errorsOf('flowchart LR\na  <-->  b')).to.deep.equal(['line 2: two-way links are not supported']);
    expect(errorsOf('flowchart LR\na  ~~~  b')).to.deep.equal(['line 2: invisible links (~~~) are not supported']);
  });

  it('reads only what starts where it should: look-alike words are nodes or errors', () => {
    expect(errorsOf('myflowchart LR\na')[0]).to.match(/^line 1: a Mermaid flowchart starts with/);
    expect(edges('a --> click').map((e) => `${e.from}>${e.to}`)).to.deep.equal(['a>click']);
    expect(errorsOf('flowchart LR\nnodirection LR')).to.deep.equal(['line 2: "LR" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)']);
    expect(errorsOf('flowchart LR\ndirection LR now')).to.deep.equal(['line 2: "LR now" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)']);
    expect(errorsOf('flowchart LR\nnosubgraph x')).to.deep.equal(['line 2: "x" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)']);
    expect(errorsOf('flowchart LR\na b --> c')).to.deep.equal(['line 2: "b --> c" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)']);
    expect(errorsOf('flowchart LR\n%%kw: bogus\na')).to.deep.equal(['line 2: "%% kw:" takes title, caption, or confidence/kind/description followed by a node id']);
    expect(errorsOf('flowchart LR\n%%  kw: bogus\na')).to.deep.equal(['line 2: "%% kw:" takes title, caption, or confidence/kind/description followed by a node id']);
    const front = ok(parseMermaid('---\nsubtitle: Not the title\n---\nflowchart LR\na'));
    expect(front.data.title).to.equal(undefined);
  });

  it('reads a subgraph title with brackets as written unless it is exactly id [title]', () => {
    expect(flow('subgraph s1 [A] extra\na\nend').data.nodes[0]?.stage).to.equal('s1 [A] extra');
    expect(flow('subgraph My s1 [A]\na\nend').data.nodes[0]?.stage).to.equal('My s1 [A]');
  });

  it('keeps a quote that is only at one end of a text, and a backtick inside one', () => {
    expect(edges('a -->|say "hi"| b')[0]?.label).to.equal('say "hi"');
    expect(edges('a -->|"hi" there| b')[0]?.label).to.equal('"hi" there');
    expect(labels('a[say "hi"]')).to.deep.equal(['say "hi"']);
    expect(labels('a[ab"c"]')).to.deep.equal(['ab"c"']);
    expect(labels('a["x `y` z"]')).to.deep.equal(['x `y` z']);
    // Empty text, quoted or not, shows the id.
    expect(labels('a[""] --> b[]')).to.deep.equal(['a', 'b']);
  });

  it('closes a shape at the nearest of its own closers, not the last kind listed', () => {
    expect(labels('a[/x/] --> b[\\y\\]')).to.deep.equal(['x', 'y']);
  });

  it('counts brackets inside brackets, so a semicolon there stays in the text', () => {
    expect(labels('a(x{y}; z) --> b')).to.deep.equal(['x{y}; z', 'b']);
  });

  it('reads lines ended by \\r\\n or a lone \\r', () => {
    expect(ok(parseMermaid('flowchart LR\r\na --> b\rb --> c')).data.edges.map((e) => `${e.from}>${e.to}`)).to.deep.equal(['a>b', 'b>c']);
  });

  it('reads the longer dotted and one-dash forms exactly', () => {
    expect(edges('a -..- b')[0]).to.deep.equal({ from: 'a', to: 'b', effect: 'leads-to', confidence: 'debated' });
    expect(edges('a -. maybe .--> b')[0]).to.deep.equal({ from: 'a', to: 'b', effect: 'leads-to', label: 'maybe', confidence: 'debated' });
    expect(errorsOf('flowchart LR\na <-..-> b')).to.deep.equal(['line 2: two-way links are not supported']);
    expect(errorsOf('flowchart LR\na <-> b')[0]).to.match(/^line 2: "<-> b" is not a link/);
    expect(errorsOf('flowchart LR\na -o b')[0]).to.match(/^line 2: "-o b" is not a link/);
    expect(errorsOf('flowchart LR\na == text --- b')[0]).to.match(/^line 2: "== text --- b" is not a link/);
    // A label link with nothing after it is missing its node, not its arrow.
    expect(errorsOf('flowchart LR\na -- text -->')).to.deep.equal(['line 2: expected a node id, found ""']);
  });

  it('reads a pipe label only right after its arrow, and a style class only right after its node', () => {
    expect(edges('a --> b -->|x| c')).to.deep.equal([{ from: 'a', to: 'b', effect: 'leads-to' }, { from: 'b', to: 'c', effect: 'leads-to', label: 'x' }]);
    expect(edges('a --> b:::cool').map((e) => `${e.from}>${e.to}`)).to.deep.equal(['a>b']);
  });

  it('prefixes an id longer than 64 characters, cutting it to 64', () => {
    const id = `A${'b'.repeat(64)}`;
    expect(flow(id).data.nodes.map((n) => n.id)).to.deep.equal([`n_${id}`.slice(0, 64)]);
  });

  it('gives no subgraph warning to a diagram without subgraphs', () => {
    expect(mermaidToPathway('flowchart LR\na')).to.deep.equal({ value: { nodes: [{ id: 'a', label: 'a' }], edges: [] }, warnings: [] });
  });
});

