// Vite plugin: shrinks the static text of css`` and html`` / svg`` templates in our sources before bundling.
// It uses TypeScript's parser to find tagged templates, so code, strings and regular expressions are untouched.
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

export function minifyTemplates(code, fileName) {
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
  edits.sort((a, b) => b.start - a.start);
  let result = code;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
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
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}
