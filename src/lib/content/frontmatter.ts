import { LineCounter, parseDocument, isAlias, isMap, isNode, isPair, isScalar, visit, type Node as YamlNode } from 'yaml';

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
  // +1 everywhere: the opening "---" is line 1 of the file, the YAML starts on line 2.
  const errors = doc.errors.map((e) => {
    const at = lineCounter.linePos(e.pos[0]);
    return { line: 1 + at.line, message: `YAML syntax: ${e.message.split('\n')[0]} (column ${at.col})` };
  });
  if (!errors.length) errors.push(...anchorsAndAliases(doc, yamlText, lineCounter));
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
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      // Not expected once aliases are refused; a located error is still better than a crash.
      errors.push({ line: 2, message: `YAML could not be read: ${(error as Error).message}` });
    }
  }
  return { data, body: source.slice(match[0].length), bodyLine, lineOf, errors };
}

/**
 * YAML anchors ("&a") and aliases ("*a") are refused: frontmatter is written by hand, one value per
 * field, and an alias bomb (aliases of aliases, "billion laughs") expands to gigabytes and used to
 * crash validate, build and cite with no file named. Each is an error at its line, so the file is
 * named and the other files are still checked. At most five are listed.
 */
function anchorsAndAliases(doc: ReturnType<typeof parseDocument>, yamlText: string, lineCounter: LineCounter): Array<{ line: number; message: string }> {
  const found: Array<{ line: number; message: string }> = [];
  let count = 0;
  const report = (node: YamlNode, what: string, offset = node.range?.[0] ?? 0) => {
    count++;
    if (found.length >= 5) return;
    const pos = lineCounter.linePos(offset);
    found.push({ line: 1 + pos.line, message: `YAML ${what} (column ${pos.col}): anchors and aliases are not allowed in frontmatter; write the value out in full` });
  };
  visit(doc, (_key, node) => {
    if (isAlias(node)) report(node, `alias "*${node.source}"`);
    // A node's range starts at its value, which may be on the next line: point at the "&name" itself.
    else if (isNode(node) && node.anchor) report(node, `anchor "&${node.anchor}"`, Math.max(0, yamlText.lastIndexOf(`&${node.anchor}`, node.range?.[0] ?? 0)));
  });
  if (count > found.length) found[found.length - 1]!.message += ` (and ${count - found.length} more)`;
  return found;
}
