import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

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
 * entries the code declares), attribute and property values spelled out instead of alias names
 * ("GroupBy" → `'status' | 'principal' | …`, resolved by the TypeScript checker, so aliases built
 * from `typeof LIST[number]` spell out too), public members only, paths into the package
 * (dist/*.js, which ships) instead of src/*.ts (which does not), and only the elements and their
 * base classes: views, controllers and styles are internal and would only grow the file.
 */
function vendorViewPlugin() {
  const eventTypes = new Map();
  let ts;
  return {
    name: 'sip-vendor-view',
    analyzePhase({ ts: analyzerTs, node }) {
      ts = analyzerTs;
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
        for (const m of node.members) if (m.name && m.type) eventTypes.set(m.name.getText().replace(/['"]/g, ''), m.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const classes = new Map();
      for (const mod of modules) for (const d of mod.declarations ?? []) if (d.kind === 'class' || d.kind === 'mixin') classes.set(d.name, { d, mod });
      // The elements and every class and mixin they build on that the manifest knows.
      const kept = new Set();
      const keep = (c) => {
        if (!c || kept.has(c)) return;
        kept.add(c);
        for (const ref of [c.superclass, ...(c.mixins ?? [])]) {
          const found = ref && classes.get(ref.name);
          if (found && !ref.module) ref.module = found.mod.path;
          keep(found?.d);
        }
      };
      for (const { d } of classes.values()) if (d.customElement) keep(d);
      const spell = valueSpeller(ts, [...kept].filter((d) => d.kind === 'class').map((d) => ({ d, path: classes.get(d.name).mod.path })));
      const toDist = (path) => (path && /^\/?src\//.test(path) ? path.replace(/^\/?src\//, 'dist/').replace(/(\.ts)?$/, '.js') : path);
      // Public instance API only: no protected/private/#/symbol-keyed members, no statics (Lit's
      // `properties`), no lifecycle callbacks the browser calls (formResetCallback …).
      const isPublic = (m) => (!m.privacy || m.privacy === 'public') && !/^[[_#]/.test(m.name) && !m.static && !/Callback$/.test(m.name);
      const out = [];
      for (const mod of modules) {
        const declarations = (mod.declarations ?? []).filter((d) => kept.has(d));
        const definitions = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
        if (!declarations.length && !definitions.length) continue;
        for (const d of declarations) {
          d.members = (d.members ?? []).filter(isPublic);
          for (const m of d.members) if (m.kind === 'field') spell(d, m.name, m);
          // `plan` is observed only to catch a plan given as text (sip-invalid); it is no attribute.
          const names = new Set(d.members.map((m) => m.name));
          d.attributes = (d.attributes ?? []).filter((a) => a.name !== 'plan' && (!a.fieldName || names.has(a.fieldName)));
          for (const a of d.attributes) spell(d, a.fieldName ?? a.name, a);
          for (const e of d.events ?? []) if (e.name && !e.type?.text && eventTypes.has(e.name)) e.type = { text: eventTypes.get(e.name) };
          for (const ref of [d.superclass, ...(d.mixins ?? []), ...d.members.map((m) => m.inheritedFrom), ...d.attributes.map((a) => a.inheritedFrom), ...(d.events ?? []).map((e) => e.inheritedFrom)]) {
            if (ref?.module) ref.module = toDist(ref.module);
          }
        }
        const names = new Set(declarations.map((d) => d.name));
        const exports = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition' || names.has(e.declaration?.name));
        for (const e of exports) if (e.declaration?.module) e.declaration.module = toDist(e.declaration.module);
        out.push({ ...mod, path: toDist(mod.path), declarations, exports });
      }
      customElementsManifest.modules = out;
      delete customElementsManifest.readme;
    },
  };
}

/**
 * `(declaration, fieldName, entry)` writes out a field's type where the manifest's text would
 * name something a vendor cannot import: a union of literals as its values
 * (`'map' | 'table' | undefined`), another unexported alias as its structure. Names the package
 * exports (SipPlan, SectorSpec …) and the platform's (HTMLFormElement …) stay.
 */
function valueSpeller(ts, declarations) {
  const entries = ['src/index.ts', 'src/model/index.ts'];
  const files = [...new Set([...entries, ...declarations.map((x) => x.path.replace(/^\//, ''))])];
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const known = new Set();
  for (const file of entries) {
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
    for (const e of symbol ? checker.getExportsOfModule(symbol) : []) known.add(e.name);
  }
  const lib = program.getSourceFiles().find((f) => program.isSourceFileDefaultLibrary(f));
  for (const g of checker.getSymbolsInScope(lib, ts.SymbolFlags.Type)) known.add(g.name);
  const instanceTypes = new Map();
  for (const { d, path } of declarations) {
    const source = program.getSourceFile(path.replace(/^\//, ''));
    const node = source?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === d.name);
    if (node) instanceTypes.set(d.name, checker.getTypeAtLocation(node));
  }
  const literal = (t) => {
    if (t.isStringLiteral()) return `'${t.value}'`;
    if (t.isNumberLiteral()) return String(t.value);
    const text = checker.typeToString(t);
    return ['undefined', 'null', 'true', 'false'].includes(text) ? text : undefined;
  };
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  const structure = (t) => literal(t) ?? checker.typeToString(t, undefined, flags);
  return (d, name, entry) => {
    const owner = instanceTypes.get(d.name);
    const prop = owner && checker.getPropertyOfType(owner, name);
    const type = prop && checker.getTypeOfSymbol(prop);
    if (!type) return;
    const parts = type.isUnion() ? type.types : [type];
    const literals = parts.map(literal);
    if (!literals.includes(undefined) && literals.some((p) => p.startsWith("'") || /^-?\d/.test(p))) {
      entry.type = { ...entry.type, text: literals.join(' | ') };
    } else if ((entry.type?.text?.match(/\b[A-Z]\w*/g) ?? []).some((n) => !known.has(n))) {
      entry.type = { ...entry.type, text: parts.map(structure).join(' | ').replace('false | true', 'boolean') };
    }
  };
}

/**
 * `const FormElement = FormAssociated(SipElement); class X extends FormElement` — the analyzer
 * sees a superclass it does not know. This names the mixin and its base instead, so the element
 * inherits both (the form API and plan/readonly/user/now).
 */
function mixinAliasPlugin() {
  const aliases = new Map();
  return {
    name: 'sip-mixin-alias',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer || !ts.isCallExpression(node.initializer)) return;
      const { expression, arguments: args } = node.initializer;
      if (!ts.isIdentifier(expression) || args.length !== 1 || !ts.isIdentifier(args[0])) return;
      aliases.set(`${moduleDoc.path}#${node.name.text}`, { mixin: expression.text, base: args[0].text });
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const d of moduleDoc.declarations ?? []) {
        const alias = d.kind === 'class' && d.superclass && aliases.get(`${moduleDoc.path}#${d.superclass.name}`);
        if (!alias) continue;
        d.superclass = { name: alias.base };
        d.mixins = [{ name: alias.mixin }];
      }
    },
  };
}

export default {
  // events.ts: the detail types of sip-plan-change and sip-invalid; form-associated.ts: the form
  // elements' mixin.
  globs: ['src/components/**/*.ts', 'src/shared/sip-element.ts', 'src/shared/form-associated.ts', 'src/shared/events.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  // The vendor view runs after defineElementPlugin (which matches modules by their src/ paths);
  // the editors' data (VS Code html.customData, JetBrains web-types) is made from its result, so
  // it has the same public API and spelled-out values. Written beside the manifest and shipped.
  plugins: [
    mixinAliasPlugin(),
    defineElementPlugin(),
    vendorViewPlugin(),
    customElementVsCodePlugin({ outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: null, hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', excludeCss: true, packageJson: false, hideLogs: true }),
  ],
};
