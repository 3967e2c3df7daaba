// custom-elements-manifest analyzer settings, shared by `npm run analyze` and the build.
// Components declare reactive properties in `static properties`; entries with `state: true` are internal state,
// which the Lit plugin would otherwise list as public fields without a type, and as attributes.
const internalState = new Map(); // class name → names of its state properties

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const hideInternalState = {
  name: 'kw-hide-internal-state',
  analyzePhase({ ts, node }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    for (const member of node.members) {
      const isStaticProperties =
        ts.isPropertyDeclaration(member) && member.name.getText() === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (!isStaticProperties || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
      const names = member.initializer.properties
        .filter((p) => ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer) && p.initializer.properties.some((o) => o.name?.getText() === 'state'))
        .map((p) => p.name.getText());
      internalState.set(node.name.getText(), new Set(names));
    }
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      const hidden = internalState.get(declaration.name);
      if (!hidden) continue;
      // Lit gives state no attribute, but the Lit plugin lists one unless `attribute: false` is spelled out.
      if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
      if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
    }
  },
};

// Tools read the manifest as the public API: private and protected members are implementation, and events come
// only from `@event` tags or dispatches of `kw-…` names (a generic `emit(name, …)` helper is not an event).
/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publicApiOnly = {
  name: 'kw-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (declaration.members) {
        declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
      }
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('kw-'));
    }
  },
};

// Types are often named string unions (`Theme | undefined`, `GroupBy`, `Severity[]` in an event's detail). Editors,
// generators of framework types and Storybook's controls need the literals, and the names are not importable from
// where those tools write their output. So every such name is spelled out in `type.text` (and in `parsedType`, the
// convention of @wc-toolkit's type parser, which Storybook reads). Both spellings of a union are recognised:
// `type A = 'x' | 'y'` and `const AS = ['x', 'y'] as const; type A = (typeof AS)[number]`.
const stringUnions = new Map(); // alias name → its members' text, e.g. Theme → ["'light'", "'dark'", "'auto'"]
const ambiguousAliases = new Set(); // names declared twice with different members are not expanded
const constTuples = new Map(); // `as const` array of string literals → its members' text
const tupleAliases = new Map(); // alias name → the array whose members it is

const stringLiterals = (ts, nodes) => (nodes.every((n) => ts.isStringLiteral(n)) ? nodes.map((n) => `'${n.text}'`) : undefined);

function recordUnion(name, texts) {
  if (stringUnions.has(name) && stringUnions.get(name).join('|') !== texts.join('|')) ambiguousAliases.add(name);
  stringUnions.set(name, texts);
}

/** `(typeof ARRAY)[number]` → 'ARRAY', else undefined. */
function indexedTupleName(ts, type) {
  if (!ts.isIndexedAccessTypeNode(type) || type.indexType.getText() !== 'number') return undefined;
  const object = ts.isParenthesizedTypeNode(type.objectType) ? type.objectType.type : type.objectType;
  return ts.isTypeQueryNode(object) ? object.exprName.getText() : undefined;
}

/** The text with every known string-union name replaced by its literals, or undefined when nothing changes. */
function spellOutUnions(text) {
  const known = (name) => stringUnions.has(name) && !ambiguousAliases.has(name);
  const parts = text.split('|').map((part) => part.trim());
  // A top-level union of names and literals flattens (`Theme | undefined`); a name inside a larger type is parenthesised.
  if (parts.every((part) => /^[\w$'.-]+$/.test(part)) && parts.some(known)) {
    return parts.flatMap((part) => (known(part) ? stringUnions.get(part) : [part])).join(' | ');
  }
  const expanded = text.replace(/(?<![\w$.'])[A-Z][\w$]*(?![\w$'])/g, (name) => (known(name) ? `(${stringUnions.get(name).join(' | ')})` : name));
  return expanded === text ? undefined : expanded;
}

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const expandStringUnions = {
  name: 'kw-expand-string-unions',
  analyzePhase({ ts, node }) {
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isAsExpression(node.initializer) && node.initializer.type.getText() === 'const') {
      const array = node.initializer.expression;
      const texts = ts.isArrayLiteralExpression(array) ? stringLiterals(ts, [...array.elements]) : undefined;
      if (texts) constTuples.set(node.name.getText(), texts);
    }
    if (!ts.isTypeAliasDeclaration(node) || node.typeParameters) return;
    const name = node.name.getText();
    const tuple = indexedTupleName(ts, node.type);
    if (tuple) {
      tupleAliases.set(name, tuple);
      return;
    }
    const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
    if (!members.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) return;
    recordUnion(name, members.map((t) => t.getText()));
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const [alias, tuple] of tupleAliases) if (constTuples.has(tuple)) recordUnion(alias, constTuples.get(tuple));
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? []), ...(declaration.events ?? [])]) {
        const spelled = item.type?.text && spellOutUnions(item.type.text);
        if (!spelled) continue;
        item.type.text = spelled;
        item.parsedType = { text: spelled };
      }
    }
  },
};

// Registration goes through `define(tag, Class)` in each `<name>.ts`; the analyzer sees only the
// `customElements.define(tag, …)` inside define.ts and records one definition named `tag` there. Each element gets
// its own definition instead, in the module that registers it, which is the module a page imports.
const definitions = new Map(); // module path → [{ tag, className }]

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const definitionPerElement = {
  name: 'kw-definition-per-element',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
    const [tag, elementClass] = node.arguments;
    if (!tag || !elementClass || !ts.isStringLiteral(tag) || !ts.isIdentifier(elementClass)) return;
    const found = definitions.get(moduleDoc.path) ?? [];
    if (!found.some((d) => d.tag === tag.text)) found.push({ tag: tag.text, className: elementClass.text });
    definitions.set(moduleDoc.path, found);
  },
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules;
    const classModule = new Map(modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, m.path])));
    for (const module of modules) {
      const exports = (module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
      for (const { tag, className } of definitions.get(module.path) ?? []) {
        const declarationModule = classModule.get(className);
        if (!declarationModule) throw new Error(`${module.path}: define('${tag}', ${className}) names a class the manifest does not have`);
        exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: declarationModule } });
        const declaration = modules.find((m) => m.path === declarationModule).declarations.find((d) => d.name === className);
        declaration.tagName = tag;
        declaration.customElement = true;
      }
      module.exports = exports;
    }
  },
};

// The manifest describes what a package user can import: the entry modules (`src/index.ts` and each element's
// `<name>.ts`), the modules of the element classes and their base classes. Helpers behind them are implementation;
// their exports would also be wrong, as the unbundled build drops the ones no element uses. Declarations a module
// does not export (the analyzer also picks up some local variables) are left out.
/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publicModulesOnly = {
  name: 'kw-public-modules-only',
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules;
    const isEntry = (m) => m.path === 'src/index.ts' || definitions.has(m.path);
    const keep = new Set(modules.filter(isEntry).map((m) => m.path));
    const classes = modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ module: m, declaration: d })));
    const queue = classes.filter(({ declaration }) => declaration.customElement);
    while (queue.length) {
      const { module, declaration } = queue.pop();
      if (keep.has(module.path) && !declaration.customElement && !declaration.superclass) continue;
      keep.add(module.path);
      const base = declaration.superclass?.module && classes.find((c) => c.module.path === declaration.superclass.module && c.declaration.name === declaration.superclass.name);
      if (base) queue.push(base);
    }
    customElementsManifest.modules = modules.filter((m) => keep.has(m.path));
    for (const module of customElementsManifest.modules) {
      const exported = new Set((module.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.declaration?.name));
      module.declarations = (module.declarations ?? []).filter((d) => exported.has(d.name));
    }
  },
};

// Type-only exports (`export type { … }`, `export { type … }`) are not in the JavaScript; the analyzer lists them as
// `js` exports, which a generator would then try to import as values.
const typeOnlyExports = new Map(); // module path → names

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const valueExportsOnly = {
  name: 'kw-value-exports-only',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
    const names = typeOnlyExports.get(moduleDoc.path) ?? new Set();
    for (const specifier of node.exportClause.elements) if (node.isTypeOnly || specifier.isTypeOnly) names.add(specifier.name.text);
    typeOnlyExports.set(moduleDoc.path, names);
  },
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules;
    const declaredIn = (path, name) => modules.some((m) => m.path === path && (m.declarations ?? []).some((d) => d.name === name));
    for (const module of modules) {
      const types = typeOnlyExports.get(module.path);
      if (types && module.exports) module.exports = module.exports.filter((e) => e.kind !== 'js' || !types.has(e.name));
      // `import { KwPathway } from './pathway.component.js'; export { KwPathway };` is recorded as declared here.
      for (const item of module.exports ?? []) {
        if (item.declaration?.module !== module.path || declaredIn(module.path, item.declaration.name)) continue;
        const home = modules.find((m) => declaredIn(m.path, item.declaration.name));
        if (home) item.declaration.module = home.path;
      }
    }
  },
};

// Paths in the manifest name the published files: `src/a/b.ts` → `dist/esm/a/b.js` (the unbundled build, whose
// modules mirror src/); a re-export's `./b.js` becomes that path too. scripts/build.mjs checks that each exists.
const publishedPath = (path) => path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
const resolveFrom = (modulePath, specifier) => {
  if (!specifier.startsWith('.')) return specifier;
  const parts = modulePath.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
};

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publishedPaths = {
  name: 'kw-published-paths',
  packageLinkPhase({ customElementsManifest }) {
    const visit = (value, modulePath) => {
      if (Array.isArray(value)) return value.forEach((item) => visit(item, modulePath));
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = publishedPath(resolveFrom(modulePath, child));
        else visit(child, modulePath);
      }
    };
    for (const module of customElementsManifest.modules) visit(module, module.path);
  },
};

// The analyzer lists modules in the order its file search finds them, which varies between checkouts (and would
// make the committed manifest differ from a fresh build); sorted by path, the same sources give the same file.
/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const sortModules = {
  name: 'kw-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  // Order matters: the definitions and public modules are found from source paths, which publishedPaths then rewrites.
  plugins: [hideInternalState, publicApiOnly, expandStringUnions, definitionPerElement, publicModulesOnly, valueExportsOnly, publishedPaths, sortModules],
};
