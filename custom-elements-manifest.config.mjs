/**
 * Our elements register through `defineElement(tag, Class)` (which tolerates double loading),
 * not `customElements.define`, so this plugin tells the analyzer which class each tag names.
 */
function defineElementPlugin() {
  const definitions = [];
  // Names in `static properties` declared `state: true` (internal) or `attribute: false`.
  const internal = new Set();
  const noAttribute = new Set();
  return {
    name: 'sip-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isPropertyDeclaration(node) && node.name.getText() === 'properties' && node.initializer) {
        let init = node.initializer;
        while (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init)) init = init.expression;
        if (ts.isObjectLiteralExpression(init)) {
          for (const prop of init.properties) {
            if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
            const options = prop.initializer.getText();
            const name = prop.name.getText().replace(/['"]/g, '');
            if (/\bstate\s*:\s*true/.test(options)) internal.add(name);
            else if (/\battribute\s*:\s*false/.test(options)) noAttribute.add(name);
          }
        }
      }
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag)) return;
      definitions.push({ tag: tag.text, className: cls.getText(), module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, module } of definitions) {
        for (const mod of customElementsManifest.modules) {
          const declaration = mod.declarations?.find((d) => d.kind === 'class' && d.name === className);
          if (!declaration) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !internal.has(a.fieldName ?? a.name) && !noAttribute.has(a.fieldName ?? a.name));
          declaration.members = (declaration.members ?? []).filter((m) => !internal.has(m.name));
          const defining = customElementsManifest.modules.find((m) => m.path === module);
          if (defining) {
            defining.exports = (defining.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === tag));
            defining.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: mod.path } });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/shared/sip-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineElementPlugin()],
};
