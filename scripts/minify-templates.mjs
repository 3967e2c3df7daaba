// Vite plugin: shrinks the static text of css`` and html`` / svg`` templates in our sources before bundling.
// It uses TypeScript's parser to find tagged templates, so code, strings and regular expressions are untouched.
import MagicString from 'magic-string';
import ts from 'typescript';

const CSS_TAGS = new Set(['css']);
const MARKUP_TAGS = new Set(['html', 'svg', 'staticHtml']);

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyMarkup(text) {
  // Whitespace that spans lines is formatting: one space keeps the same rendering in HTML.
  return text.replace(/\s*\n\s*/g, ' ');
}

function literalParts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

/** The shortenings of every template part in `code`, as { start, end, text } replacements, in source order. */
function templateEdits(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const shrink = CSS_TAGS.has(tag) ? minifyCss : MARKUP_TAGS.has(tag) ? minifyMarkup : undefined;
      if (shrink) {
        for (const part of literalParts(node.template)) {
          const start = part.getStart(source) + 1; // after ` or }
          const end = part.getEnd() - (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
          const before = code.slice(start, end);
          const after = CSS_TAGS.has(tag) ? before.replace(/[\s\S]+/, (t) => shrinkCssPart(t, shrink)) : shrink(before);
          if (after !== before) edits.push({ start, end, text: after });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits.sort((a, b) => a.start - b.start);
}

/** `code` with its templates shortened, and a source map from the result back to `code`. */
function shortened(code, fileName) {
  const edits = templateEdits(code, fileName);
  if (!edits.length) return undefined;
  const text = new MagicString(code);
  for (const edit of edits) {
    if (edit.text) text.overwrite(edit.start, edit.end, edit.text);
    else text.remove(edit.start, edit.end);
  }
  return { code: text.toString(), map: text.generateMap({ hires: true, source: fileName, includeContent: true }) };
}

export function minifyTemplates(code, fileName) {
  return shortened(code, fileName)?.code ?? code;
}

// A css`` part may sit between interpolations, so a leading or trailing space can matter ("a ${b} c").
function shrinkCssPart(text, shrink) {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  const core = shrink(text);
  return core ? lead + core + trail : lead || trail;
}

export function minifyTemplatesPlugin() {
  return {
    name: 'kw-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      return shortened(code, id) ?? null;
    },
  };
}
