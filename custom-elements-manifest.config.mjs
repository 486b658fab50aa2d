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

/**
 * The manifest as a vendor's tools read it: event detail types (from the HTMLElementEventMap
 * entries the code declares), attribute values spelled out instead of alias names ("GroupBy" →
 * `'status' | 'principal' | …`), public members only, and paths into the package (dist/*.js,
 * which ships) instead of src/*.ts (which does not).
 */
function vendorViewPlugin() {
  const eventTypes = new Map();
  const aliases = new Map();
  return {
    name: 'sip-vendor-view',
    analyzePhase({ ts, node }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
        for (const m of node.members) if (m.name && m.type) eventTypes.set(m.name.getText().replace(/['"]/g, ''), m.type.getText());
      }
      // A union of string literals is a value list a vendor can use; other aliases stay names.
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type) && node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
        aliases.set(node.name.text, node.type.types.map((t) => t.getText()).join(' | '));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const spell = (type) => {
        if (!type?.text) return;
        type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
      };
      const toDist = (path) => (path && /^\/?src\//.test(path) ? path.replace(/^\/?src\//, 'dist/').replace(/(\.ts)?$/, '.js') : path);
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          d.members = (d.members ?? []).filter((m) => !m.privacy || m.privacy === 'public');
          for (const m of d.members) spell(m.type);
          // `plan` is observed only to catch a plan given as text (sip-invalid); it is no attribute.
          d.attributes = (d.attributes ?? []).filter((a) => a.name !== 'plan');
          for (const a of d.attributes) spell(a.type);
          for (const e of d.events ?? []) if (e.name && !e.type?.text && eventTypes.has(e.name)) e.type = { text: eventTypes.get(e.name) };
          for (const ref of [d.superclass, ...(d.members ?? []).map((m) => m.inheritedFrom), ...(d.attributes ?? []).map((a) => a.inheritedFrom), ...(d.events ?? []).map((e) => e.inheritedFrom)]) {
            if (ref?.module) ref.module = toDist(ref.module);
          }
        }
        for (const e of mod.exports ?? []) if (e.declaration?.module) e.declaration.module = toDist(e.declaration.module);
        mod.path = toDist(mod.path);
      }
    },
  };
}

export default {
  // events.ts: the detail types of sip-plan-change and sip-invalid.
  globs: ['src/components/**/*.ts', 'src/shared/sip-element.ts', 'src/shared/events.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  // The vendor view runs last: defineElementPlugin matches modules by their src/ paths.
  plugins: [defineElementPlugin(), vendorViewPlugin()],
};
