// GraphML and GEXF 1.3 writers for a network result (both open in Gephi).
import type { NetworkEdge, NetworkNode, NetworkResult } from './network.js';

/** Escapes text and attribute values; drops characters XML 1.0 does not allow. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NMTOKEN = /^[A-Za-z0-9._:-]+$/;

/** Node ids as written: the actor code when it is a valid NMTOKEN (GraphML's id type), else n0, n1, …. */
function nodeIds(nodes: NetworkNode[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  nodes.forEach((n, i) => {
    let id = NMTOKEN.test(n.id) && !used.has(n.id) ? n.id : `n${i}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    ids.set(n.id, id);
  });
  return ids;
}

function num(x: number): string {
  return Number.isFinite(x) ? String(x) : '0';
}

function edgeEnds(e: NetworkEdge, ids: Map<string, string>): [string, string] | null {
  const s = ids.get(e.source);
  const t = ids.get(e.target);
  return s !== undefined && t !== undefined ? [s, t] : null;
}

export interface GraphExportOptions {
  /** A description written into the file (GEXF meta, GraphML desc). */
  description?: string;
  /** GEXF lastmodifieddate (YYYY-MM-DD); omitted when not given so output is reproducible. */
  date?: string;
}

/** GraphML (graphml.graphdrawing.org/xmlns, structural layer + attributes), undirected, one edge per pair and kind. */
export function toGraphML(net: NetworkResult, opts: GraphExportOptions = {}): string {
  const ids = nodeIds(net.nodes);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  if (opts.description !== undefined) out.push(`  <desc>${xmlEscape(opts.description)}</desc>`);
  out.push('  <key id="label" for="node" attr.name="label" attr.type="string"/>');
  out.push('  <key id="community" for="node" attr.name="community" attr.type="int"/>');
  out.push('  <key id="centrality" for="node" attr.name="centrality" attr.type="double"/>');
  out.push('  <key id="betweenness" for="node" attr.name="betweenness" attr.type="double"/>');
  out.push('  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>');
  out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  out.push('  <key id="events" for="edge" attr.name="events" attr.type="string"/>');
  out.push('  <graph id="G" edgedefault="undirected">');
  for (const n of net.nodes) {
    out.push(`    <node id="${xmlEscape(ids.get(n.id) as string)}">`);
    out.push(`      <data key="label">${xmlEscape(n.id)}</data>`);
    out.push(`      <data key="community">${n.community}</data>`);
    out.push(`      <data key="centrality">${num(n.centrality)}</data>`);
    out.push(`      <data key="betweenness">${num(n.betweenness)}</data>`);
    out.push('    </node>');
  }
  net.edges.forEach((e, i) => {
    const ends = edgeEnds(e, ids);
    if (!ends) return;
    out.push(`    <edge id="e${i}" source="${xmlEscape(ends[0])}" target="${xmlEscape(ends[1])}">`);
    out.push(`      <data key="kind">${e.kind}</data>`);
    out.push(`      <data key="weight">${num(e.weight)}</data>`);
    out.push(`      <data key="events">${e.events.join(' ')}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

/** GEXF 1.3 (gexf.net/1.3): native edge weight and kind, node attributes declared in <attributes>. */
export function toGEXF(net: NetworkResult, opts: GraphExportOptions = {}): string {
  const ids = nodeIds(net.nodes);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  // No xsi:schemaLocation: the XSD would allow it, but the official RELAX NG grammar admits only
  // version and variant on <gexf>.
  out.push('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  out.push(opts.date !== undefined ? `  <meta lastmodifieddate="${xmlEscape(opts.date)}">` : '  <meta>');
  out.push('    <creator>Tenbo</creator>');
  if (opts.description !== undefined) out.push(`    <description>${xmlEscape(opts.description)}</description>`);
  out.push('  </meta>');
  out.push('  <graph defaultedgetype="undirected" mode="static">');
  out.push('    <attributes class="node">');
  out.push('      <attribute id="community" title="community" type="integer"/>');
  out.push('      <attribute id="centrality" title="centrality" type="double"/>');
  out.push('      <attribute id="betweenness" title="betweenness" type="double"/>');
  out.push('    </attributes>');
  // The title "weight" is reserved in GEXF for dynamic weights, so the weight is the edge's own attribute.
  out.push('    <attributes class="edge">');
  out.push('      <attribute id="kind" title="kind" type="string"/>');
  out.push('      <attribute id="events" title="events" type="string"/>');
  out.push('    </attributes>');
  out.push(`    <nodes count="${net.nodes.length}">`);
  for (const n of net.nodes) {
    out.push(`      <node id="${xmlEscape(ids.get(n.id) as string)}" label="${xmlEscape(n.id)}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="community" value="${n.community}"/>`);
    out.push(`          <attvalue for="centrality" value="${num(n.centrality)}"/>`);
    out.push(`          <attvalue for="betweenness" value="${num(n.betweenness)}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>');
  const edges = net.edges.map((e) => ({ e, ends: edgeEnds(e, ids) })).filter((x) => x.ends !== null);
  out.push(`    <edges count="${edges.length}">`);
  edges.forEach(({ e, ends }, i) => {
    const [s, t] = ends as [string, string];
    out.push(`      <edge id="${i}" source="${xmlEscape(s)}" target="${xmlEscape(t)}" weight="${num(e.weight)}" kind="${e.kind}" label="${e.kind}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="kind" value="${e.kind}"/>`);
    out.push(`          <attvalue for="events" value="${e.events.join(' ')}"/>`);
    out.push('        </attvalues>');
    out.push('      </edge>');
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}
