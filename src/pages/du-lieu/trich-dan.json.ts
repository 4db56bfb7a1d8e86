import type { APIRoute } from 'astro';
import { citationGraph } from '../../site/citation-graph.ts';
import { siteBase } from '../../site/site-url.ts';

/**
 * The whole citation graph: nodes with identity and URL, edges with relation, the exact quoted
 * text and its offsets in the citing document's analysed text (title, a blank line, then body).
 */
export const GET: APIRoute = async ({ site }) => {
  const graph = await citationGraph();
  const base = siteBase(site);
  const body = {
    description: 'Đồ thị trích dẫn của Kho văn bản Bình đẳng giới. start/end là vị trí (đơn vị UTF-16) trong văn bản phân tích: trích yếu, một dòng trống, rồi toàn văn Markdown.',
    nodes: graph.nodes.map((n) => ({ ...n, url: new URL(n.url.slice(1), base).href })),
    edges: graph.edges,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
