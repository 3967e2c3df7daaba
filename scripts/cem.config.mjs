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

// Attribute types are often named string unions (`Theme | undefined`, `GroupBy`); tools that build controls or
// validate values need the literals. Each such type gets `parsedType` (the convention of @wc-toolkit's type parser),
// while `type.text` keeps the TypeScript text that the docs show.
const stringUnions = new Map(); // alias name → its members' text, e.g. Theme → ["'light'", "'dark'", "'auto'"]
const ambiguousAliases = new Set(); // names declared twice with different members are not expanded

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const expandStringUnions = {
  name: 'kw-expand-string-unions',
  analyzePhase({ ts, node }) {
    if (!ts.isTypeAliasDeclaration(node) || node.typeParameters) return;
    const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
    if (!members.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) return;
    const name = node.name.getText();
    const texts = members.map((t) => t.getText());
    if (stringUnions.has(name) && stringUnions.get(name).join('|') !== texts.join('|')) ambiguousAliases.add(name);
    stringUnions.set(name, texts);
  },
  packageLinkPhase({ customElementsManifest }) {
    const expand = (text) => {
      const parts = text.split('|').map((part) => part.trim());
      if (!parts.some((part) => stringUnions.has(part) && !ambiguousAliases.has(part))) return undefined;
      return parts.flatMap((part) => (ambiguousAliases.has(part) ? [part] : (stringUnions.get(part) ?? [part]))).join(' | ');
    };
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
        const parsed = item.type?.text && expand(item.type.text);
        if (parsed) item.parsedType = { text: parsed };
      }
    }
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
  plugins: [hideInternalState, publicApiOnly, expandStringUnions, sortModules],
};
