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

export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [hideInternalState],
};
