import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node as YamlNode } from 'yaml';

/**
 * Splits a Markdown file into YAML frontmatter and body, keeping line numbers so every problem can
 * be reported as file:line. Pure: no file system.
 */
export interface SplitFile {
  /** Parsed frontmatter, or undefined when it could not be parsed. */
  data: unknown;
  /** The Markdown body after the closing `---`. */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** 1-based line in the file of each frontmatter path, e.g. "issuer.name" → 7. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number;
  /** YAML syntax errors, each with its line. */
  errors: Array<{ line: number; message: string }>;
}

export function splitFrontmatter(source: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      lineOf: () => 1,
      errors: [{ line: 1, message: 'no frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"' }],
    };
  }
  const yamlText = match[1]!;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => ({
    line: 1 + (e.linePos?.[0]?.line ?? 1),
    message: `YAML syntax: ${e.message.split('\n')[0]}`,
  }));
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  const lineOf = (path: ReadonlyArray<PropertyKey>): number => {
    let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
    let offset = 0;
    for (const key of path) {
      if (!isMap(node)) {
        if (node && 'items' in node && typeof key === 'number') {
          const item: YamlNode | undefined = (node as unknown as { items: YamlNode[] }).items[key];
          if (item?.range) offset = item.range[0];
          node = item;
          continue;
        }
        break;
      }
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      if (keyNode.range) offset = keyNode.range[0];
      node = pair.value as YamlNode;
    }
    // +1: the opening "---" is line 1 of the file.
    return 1 + lineCounter.linePos(offset).line;
  };
  return { data: errors.length ? undefined : doc.toJS(), body: source.slice(match[0].length), bodyLine, lineOf, errors };
}
