import { getCollection, type CollectionEntry } from 'astro:content';

/** Every document entry, full text or known only from citations. */
export async function allDocuments(): Promise<CollectionEntry<'documents'>[]> {
  return getCollection('documents');
}
