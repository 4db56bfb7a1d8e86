// npm run docs:slugs: writes docs/slugs.md, the type and province slugs, from the code that checks them.
import { writeFileSync } from 'node:fs';
import { slugTablesMarkdown } from '../src/lib/reference-docs/slug-tables.ts';

writeFileSync('docs/slugs.md', slugTablesMarkdown());
console.log('Wrote docs/slugs.md.');
