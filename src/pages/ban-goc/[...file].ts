import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { originalFileOf } from '../../lib/archive/original-file.ts';
import { allDocuments } from '../../site/collection.ts';

// The originals kept beside their documents, published byte for byte for download.
export async function getStaticPaths() {
  const documents = await allDocuments();
  return documents.flatMap((doc) => {
    const original = originalFileOf(doc);
    return original ? [{ params: { file: `${doc.id}${original.extension}` }, props: { path: original.file } }] : [];
  });
}

export const GET: APIRoute = ({ props }) => new Response(readFileSync(join(process.cwd(), (props as { path: string }).path)));
