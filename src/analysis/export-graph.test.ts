import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { toGEXF, toGraphML, xmlEscape } from './export-graph.js';
import { network, type NetworkResult } from './network.js';
import { ev } from './testing.js';

// ---- a small recursive-descent XML checker (well-formedness, namespaces left as plain names) ----

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

class XmlChecker {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(msg: string): never {
    throw new Error(`XML error at ${this.i}: ${msg}`);
  }
  private startsWith(t: string): boolean {
    return this.s.startsWith(t, this.i);
  }
  private expect(t: string): void {
    if (!this.startsWith(t)) this.fail(`expected ${JSON.stringify(t)}`);
    this.i += t.length;
  }
  private ws(): void {
    while (this.i < this.s.length && /[ \t\r\n]/.test(this.s[this.i])) this.i++;
  }
  private name(): string {
    const m = /^[A-Za-z_:][A-Za-z0-9._:-]*/.exec(this.s.slice(this.i, this.i + 200));
    if (!m) this.fail('expected a name');
    this.i += m[0].length;
    return m[0];
  }
  private decode(raw: string): string {
    if (/[<]/.test(raw)) this.fail('raw < in character data');
    return raw.replace(/&([^;]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) this.fail('bare &');
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (ref in named) return named[ref];
      const m = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(ref);
      if (!m) this.fail(`unknown entity &${ref};`);
      return String.fromCodePoint(m[1].startsWith('x') ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10));
    });
  }
  private misc(): void {
    for (;;) {
      this.ws();
      if (this.startsWith('<!--')) {
        const end = this.s.indexOf('-->', this.i + 4);
        if (end < 0) this.fail('unclosed comment');
        this.i = end + 3;
      } else if (this.startsWith('<?')) {
        const end = this.s.indexOf('?>', this.i + 2);
        if (end < 0) this.fail('unclosed processing instruction');
        this.i = end + 2;
      } else return;
    }
  }
  document(): XmlElement {
    if (this.startsWith('<?xml')) {
      const end = this.s.indexOf('?>');
      if (end < 0) this.fail('unclosed XML declaration');
      if (!/^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z0-9._-]+")?\s*\?>$/.test(this.s.slice(0, end + 2))) this.fail('bad XML declaration');
      this.i = end + 2;
    }
    this.misc();
    const root = this.element();
    this.misc();
    if (this.i !== this.s.length) this.fail('content after the root element');
    return root;
  }
  private element(): XmlElement {
    this.expect('<');
    const name = this.name();
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = this.i;
      this.ws();
      if (this.startsWith('/>')) {
        this.i += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (this.startsWith('>')) {
        this.i += 1;
        break;
      }
      if (this.i === before) this.fail('expected whitespace before an attribute');
      const an = this.name();
      if (an in attrs) this.fail(`duplicate attribute ${an}`);
      this.ws();
      this.expect('=');
      this.ws();
      const q = this.s[this.i];
      if (q !== '"' && q !== "'") this.fail('unquoted attribute value');
      const end = this.s.indexOf(q, this.i + 1);
      if (end < 0) this.fail('unclosed attribute value');
      attrs[an] = this.decode(this.s.slice(this.i + 1, end));
      this.i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail(`unclosed <${name}>`);
      if (this.startsWith('</')) {
        this.i += 2;
        const close = this.name();
        if (close !== name) this.fail(`</${close}> closes <${name}>`);
        this.ws();
        this.expect('>');
        return { name, attrs, children, text };
      }
      if (this.startsWith('<!--') || this.startsWith('<?')) this.misc();
      else if (this.startsWith('<')) children.push(this.element());
      else {
        const next = this.s.indexOf('<', this.i);
        const end = next < 0 ? this.s.length : next;
        text += this.decode(this.s.slice(this.i, end));
        this.i = end;
      }
    }
  }
}

function parseXml(s: string): XmlElement {
  return new XmlChecker(s).document();
}

const kids = (e: XmlElement, name: string): XmlElement[] => e.children.filter((c) => c.name === name);
const one = (e: XmlElement, name: string): XmlElement => {
  const xs = kids(e, name);
  assert.equal(xs.length, 1, `one <${name}> in <${e.name}>`);
  return xs[0];
};

// ---- structural checks after the GraphML and GEXF 1.3 schemas ----

function checkGraphML(xml: string): void {
  const root = parseXml(xml);
  assert.equal(root.name, 'graphml');
  assert.equal(root.attrs.xmlns, 'http://graphml.graphdrawing.org/xmlns');
  // content model: desc?, key*, (graph | data)*
  const order = root.children.map((c) => c.name);
  const firstGraph = order.indexOf('graph');
  assert.ok(firstGraph >= 0, 'a <graph>');
  assert.ok(order.slice(firstGraph).every((n) => n === 'graph' || n === 'data'), 'keys come before graphs');
  const keys = new Map<string, XmlElement>();
  for (const k of kids(root, 'key')) {
    assert.ok(k.attrs.id, 'key id');
    assert.ok(!keys.has(k.attrs.id), `key id ${k.attrs.id} unique`);
    assert.ok(['all', 'graphml', 'graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint'].includes(k.attrs.for), 'key for');
    assert.ok(['boolean', 'int', 'long', 'float', 'double', 'string'].includes(k.attrs['attr.type']), 'attr.type');
    assert.ok(k.attrs['attr.name'], 'attr.name');
    keys.set(k.attrs.id, k);
  }
  const declared = (name: string, forWhat: string): void => {
    assert.ok([...keys.values()].some((k) => k.attrs['attr.name'] === name && k.attrs.for === forWhat), `key ${name} for ${forWhat}`);
  };
  declared('community', 'node');
  declared('centrality', 'node');
  declared('kind', 'edge');
  declared('weight', 'edge');
  const graph = one(root, 'graph');
  assert.ok(['directed', 'undirected'].includes(graph.attrs.edgedefault), 'edgedefault');
  const nodeIds = new Set<string>();
  const nmtoken = /^[A-Za-z0-9._:-]+$/;
  const checkData = (el: XmlElement, forWhat: string): void => {
    for (const d of kids(el, 'data')) {
      const k = keys.get(d.attrs.key);
      assert.ok(k, `data key ${d.attrs.key} declared`);
      assert.ok(k.attrs.for === forWhat || k.attrs.for === 'all', `data key ${d.attrs.key} is for ${forWhat}`);
      const type = k.attrs['attr.type'];
      if (type === 'int' || type === 'long') assert.match(d.text, /^-?\d+$/);
      if (type === 'double' || type === 'float') assert.ok(Number.isFinite(Number(d.text)) && d.text.trim() !== '', `${d.text} is a number`);
    }
  };
  for (const n of kids(graph, 'node')) {
    assert.match(n.attrs.id, nmtoken, 'node id is an NMTOKEN');
    assert.ok(!nodeIds.has(n.attrs.id), `node id ${n.attrs.id} unique`);
    nodeIds.add(n.attrs.id);
    checkData(n, 'node');
  }
  const edgeIds = new Set<string>();
  for (const e of kids(graph, 'edge')) {
    assert.ok(nodeIds.has(e.attrs.source) && nodeIds.has(e.attrs.target), 'edge ends exist');
    if (e.attrs.id !== undefined) {
      assert.ok(!edgeIds.has(e.attrs.id), 'edge id unique');
      edgeIds.add(e.attrs.id);
    }
    checkData(e, 'edge');
  }
  assert.ok(graph.children.every((c) => ['desc', 'data', 'node', 'edge', 'hyperedge'].includes(c.name)));
}

function checkGEXF(xml: string): void {
  const root = parseXml(xml);
  assert.equal(root.name, 'gexf');
  assert.equal(root.attrs.xmlns, 'http://gexf.net/1.3');
  assert.equal(root.attrs.version, '1.3');
  // the RELAX NG grammar allows only version and variant (and namespace declarations) on <gexf>
  assert.deepEqual(Object.keys(root.attrs).filter((k) => !k.startsWith('xmlns')).sort(), ['version']);
  // gexf: meta?, graph
  const order = root.children.map((c) => c.name);
  assert.ok(order.join(',') === 'graph' || order.join(',') === 'meta,graph', `gexf content ${order.join(',')}`);
  const meta = kids(root, 'meta')[0];
  if (meta) {
    assert.ok(meta.children.every((c) => ['creator', 'keywords', 'description'].includes(c.name)));
    if (meta.attrs.lastmodifieddate !== undefined) assert.match(meta.attrs.lastmodifieddate, /^\d{4}-\d{2}-\d{2}$/);
  }
  const graph = one(root, 'graph');
  assert.ok(['directed', 'undirected', 'mutual'].includes(graph.attrs.defaultedgetype ?? 'undirected'));
  if (graph.attrs.mode !== undefined) assert.ok(['static', 'dynamic', 'slice'].includes(graph.attrs.mode));
  // graph: attributes*, nodes, edges
  const gOrder = graph.children.map((c) => c.name).join(',');
  assert.match(gOrder, /^(attributes,)*nodes,edges$/, `graph content ${gOrder}`);
  const types = ['integer', 'long', 'double', 'float', 'boolean', 'string', 'liststring', 'anyURI'];
  const attrs: Record<'node' | 'edge', Map<string, string>> = { node: new Map(), edge: new Map() };
  for (const a of kids(graph, 'attributes')) {
    const cls = a.attrs.class;
    assert.ok(cls === 'node' || cls === 'edge', 'attributes class');
    for (const at of kids(a, 'attribute')) {
      assert.ok(at.attrs.id && at.attrs.title !== undefined && types.includes(at.attrs.type), 'attribute id, title, type');
      assert.notEqual(at.attrs.title, 'weight', '"weight" is reserved for dynamic weights');
      assert.ok(!attrs[cls].has(at.attrs.id), 'attribute id unique');
      attrs[cls].set(at.attrs.id, at.attrs.type);
    }
  }
  assert.ok(attrs.node.has('community') && attrs.node.has('centrality'), 'node attributes declared');
  assert.ok(attrs.edge.has('kind'), 'edge attribute kind declared');
  const checkValues = (el: XmlElement, cls: 'node' | 'edge'): void => {
    for (const av of kids(el, 'attvalues').flatMap((x) => kids(x, 'attvalue'))) {
      const type = attrs[cls].get(av.attrs.for);
      assert.ok(type, `attvalue for ${av.attrs.for} declared`);
      assert.ok(av.attrs.value !== undefined, 'attvalue value');
      if (type === 'integer') assert.match(av.attrs.value, /^-?\d+$/);
      if (type === 'double') assert.ok(Number.isFinite(Number(av.attrs.value)));
    }
  };
  const nodes = one(graph, 'nodes');
  const ids = new Set<string>();
  for (const n of kids(nodes, 'node')) {
    assert.ok(n.attrs.id !== undefined && !ids.has(n.attrs.id), `node id ${n.attrs.id} unique`);
    ids.add(n.attrs.id);
    checkValues(n, 'node');
  }
  if (nodes.attrs.count !== undefined) assert.equal(Number(nodes.attrs.count), ids.size);
  const edges = one(graph, 'edges');
  const edgeIds = new Set<string>();
  for (const e of kids(edges, 'edge')) {
    assert.ok(ids.has(e.attrs.source) && ids.has(e.attrs.target), 'edge ends exist');
    if (e.attrs.id !== undefined) {
      assert.ok(!edgeIds.has(e.attrs.id), 'edge id unique');
      edgeIds.add(e.attrs.id);
    }
    if (e.attrs.weight !== undefined) assert.ok(Number.isFinite(Number(e.attrs.weight)), 'weight is a double');
    if (e.attrs.type !== undefined) assert.ok(['directed', 'undirected', 'mutual'].includes(e.attrs.type));
    assert.ok(e.attrs.kind === 'cooperation' || e.attrs.kind === 'conflict', 'edge kind');
    checkValues(e, 'edge');
  }
  if (edges.attrs.count !== undefined) assert.equal(Number(edges.attrs.count), kids(edges, 'edge').length);
}

// ---- fixtures ----

const events = [
  ev(1, { type: 'COOPERATE', source: ['CHN', 'RUS'], target: [], date: '2023-07' }),
  ev(2, { type: 'AID', source: ['PRK'], target: ['RUS'], date: '2023-08' }),
  ev(3, { type: 'COOPERATE', source: ['USA', 'JPN', 'KOR'], target: [], date: '2023-08' }),
  ev(4, { type: 'SANCTION', source: ['USA'], target: ['RUS'], date: '2023-02' }),
  ev(5, { type: 'CONSULT', source: ['USA'], target: ['RUS'], date: '2023-03' }),
];

function oddNetwork(): NetworkResult {
  // Ids that are not NMTOKENs and need escaping.
  return network([ev(1, { type: 'CONSULT', source: ['A&B <"x">'], target: ["it's"] }), ev(2, { type: 'ACCUSE', source: ["it's"], target: ['A&B <"x">'] })]);
}

test('the XML checker rejects what is not well-formed', () => {
  assert.throws(() => parseXml('<a><b></a></b>'));
  assert.throws(() => parseXml('<a x="1" x="2"/>'));
  assert.throws(() => parseXml('<a>&nbsp;</a>'));
  assert.throws(() => parseXml('<a>1 & 2</a>'));
  assert.throws(() => parseXml('<a/><b/>'));
  assert.equal(parseXml('<?xml version="1.0"?><a k="&lt;&amp;&#x41;">t&gt;</a>').attrs.k, '<&A');
});

test('xmlEscape escapes markup and drops characters XML forbids', () => {
  assert.equal(xmlEscape(`<a href="x">'&'</a>\u0001`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
});

test('GraphML export is well-formed and follows the GraphML schema structure', () => {
  const net = network(events);
  const xml = toGraphML(net, { description: 'test & <check>' });
  checkGraphML(xml);
  const graph = one(parseXml(xml), 'graph');
  assert.equal(kids(graph, 'node').length, net.nodes.length);
  assert.equal(kids(graph, 'edge').length, net.edges.length);
  // USA–RUS: one cooperation (5) and one conflict (4) edge, both kept
  const usaRus = kids(graph, 'edge').filter((e) => e.attrs.source === 'RUS' && e.attrs.target === 'USA');
  assert.deepEqual(usaRus.map((e) => kids(e, 'data').find((d) => d.attrs.key === 'kind')?.text).sort(), ['conflict', 'cooperation']);
  checkGraphML(toGraphML(oddNetwork()));
  const odd = one(parseXml(toGraphML(oddNetwork())), 'graph');
  assert.deepEqual(kids(odd, 'node').map((n) => kids(n, 'data').find((d) => d.attrs.key === 'label')?.text), ['A&B <"x">', "it's"]);
});

test('GEXF 1.3 export is well-formed and follows the GEXF schema structure', () => {
  const net = network(events);
  const xml = toGEXF(net, { description: 'test', date: '2025-01-31' });
  checkGEXF(xml);
  const graph = one(parseXml(xml), 'graph');
  assert.equal(kids(one(graph, 'nodes'), 'node').length, net.nodes.length);
  checkGEXF(toGEXF(oddNetwork()));
  const odd = one(one(parseXml(toGEXF(oddNetwork())), 'graph'), 'nodes');
  assert.deepEqual(kids(odd, 'node').map((n) => n.attrs.label), ['A&B <"x">', "it's"]);
});

function findFiles(dir: string, names: Set<string>, found: Map<string, string>, depth = 0): void {
  if (depth > 6) return;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e);
    let st: Stats;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) findFiles(p, names, found, depth + 1);
    else if (names.has(e.toLowerCase()) && !found.has(e.toLowerCase())) found.set(e.toLowerCase(), p);
  }
}

test('xmllint: well-formed, and valid against the official XSDs when they are on disk', (t) => {
  const which = spawnSync('which', ['xmllint'], { encoding: 'utf8' });
  if (which.status !== 0) {
    t.skip('xmllint not installed (apt-get install -y libxml2-utils); structural checks above still ran');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tenbo-graph-'));
  const net = network(events);
  const graphml = join(dir, 'net.graphml');
  const gexf = join(dir, 'net.gexf');
  writeFileSync(graphml, toGraphML(net));
  writeFileSync(gexf, toGEXF(net));
  execFileSync('xmllint', ['--noout', graphml, gexf]);
  const found = new Map<string, string>();
  findFiles('/usr/share/xml', new Set(['graphml.xsd', 'gexf.xsd']), found);
  const graphmlXsd = found.get('graphml.xsd');
  const gexfXsd = found.get('gexf.xsd');
  if (graphmlXsd) execFileSync('xmllint', ['--noout', '--schema', graphmlXsd, graphml]);
  if (gexfXsd) execFileSync('xmllint', ['--noout', '--schema', gexfXsd, gexf]);
  if (!graphmlXsd || !gexfXsd) {
    t.diagnostic(
      `XSD validation skipped for ${[!graphmlXsd ? 'GraphML' : '', !gexfXsd ? 'GEXF' : ''].filter(Boolean).join(' and ')}: ` +
        'no graphml.xsd / gexf.xsd under /usr/share/xml (only well-formedness was checked by xmllint)',
    );
  }
});
