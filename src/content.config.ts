import { isAbsolute } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/content/document-schema.ts';
import { documentsDirectory } from './lib/content/corpus.ts';

/**
 * Every document the archive knows, held in full text or known only from citations. The entry id
 * is the file path under content/van-ban/ without ".md", and is also its URL under /van-ban/.
 */
const documents = defineCollection({
  loader: glob({ pattern: '**/*.md', base: isAbsolute(documentsDirectory) ? documentsDirectory : `./${documentsDirectory}` }),
  schema: documentSchema,
});

export const collections = { documents };
