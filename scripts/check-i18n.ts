/**
 * Checks the UI's words:
 *  - both catalogues (data/messages/en, data/messages/ja) have the same
 *    namespaces and keys, no empty message, valid ICU syntax and the same
 *    arguments in both languages;
 *  - no UI text is written in a component outside the catalogues: JSX text,
 *    string literals rendered as children, and the text attributes people
 *    read (aria-label, title, placeholder, alt, label…) in src/**.tsx.
 * Text inside <code>, <kbd> and <pre> is code, not words, and passes, as do
 * decorations (aria-hidden), symbols, numbers and the product's name.
 *
 * Usage: tsx scripts/check-i18n.ts [folder-or-file …]   (default: src)
 * The same functions run in tests/i18n.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
export const MESSAGES_DIR = path.join(ROOT, 'data', 'messages');
export const LANGUAGES = ['en', 'ja'] as const;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else if (value && typeof value === 'object') flatten(value, full, out);
    else out.set(full, String(value));
  }
  return out;
}

/** Every message of a language, keyed `namespace.path.to.key`. */
export function catalogue(language: string): Map<string, string> {
  const dir = path.join(MESSAGES_DIR, language);
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const namespace = file.replace(/\.json$/, '');
    const tree = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Tree;
    out.set(`${namespace}.`, '(namespace)');
    flatten(tree, namespace, out);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      out.add(`<${element.value}>`);
      argumentsOf(element.children, out);
      continue;
    }
    out.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, out);
    }
  }
  return out;
}

/** Problems with the catalogues, one line each. */
export function checkCatalogues(): string[] {
  const problems: string[] = [];
  const [base, ...others] = LANGUAGES.map((language) => ({ language, messages: catalogue(language) }));
  for (const { language, messages } of [base, ...others]) {
    for (const [key, message] of messages) {
      if (key.endsWith('.')) continue;
      if (message.trim() === '') problems.push(`${language}: ${key} is empty`);
      try {
        parse(message, { ignoreTag: false });
      } catch (error) {
        problems.push(`${language}: ${key} is not a valid ICU message (${(error as Error).message})`);
      }
    }
  }
  for (const other of others) {
    for (const key of base.messages.keys()) if (!other.messages.has(key)) problems.push(`${other.language}: missing ${key}`);
    for (const key of other.messages.keys()) if (!base.messages.has(key)) problems.push(`${base.language}: missing ${key}`);
    for (const [key, message] of base.messages) {
      const translated = other.messages.get(key);
      if (key.endsWith('.') || translated === undefined) continue;
      let want: string[], got: string[];
      try {
        want = [...argumentsOf(parse(message))].sort();
        got = [...argumentsOf(parse(translated))].sort();
      } catch {
        continue; // reported above
      }
      if (want.join() !== got.join()) problems.push(`${other.language}: ${key} uses {${got.join(', ')}}, English uses {${want.join(', ')}}`);
    }
  }
  return problems;
}

/** Attributes whose text a person reads or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Elements whose text is code or keys, the same in every language. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'pre', 'samp']);
/** Names that are the same in every language. */
const NAMES = /\b(?:PyDojo|Py|Python|Gemini)\b/g;

function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(NAMES, ''));
}

/** Inside <code>/<kbd>/<pre>, or an element hidden from assistive technology (decoration). */
function insideCode(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (!ts.isJsxElement(parent)) continue;
    const opening = parent.openingElement;
    if (CODE_ELEMENTS.has(opening.tagName.getText())) return true;
    if (opening.attributes.properties.some((attribute) => ts.isJsxAttribute(attribute) && attribute.name.getText() === 'aria-hidden')) return true;
  }
  return false;
}

/** UI text written in a component instead of the catalogues. */
export function findHardcodedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(ROOT, file)}:${line + 1}: "${text.trim().replace(/\s+/g, ' ').slice(0, 60)}"`);
  };
  const literalText = (node: ts.Node | undefined): string | null => {
    if (!node) return null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    if (ts.isJsxExpression(node)) return literalText(node.expression);
    if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(' ') || null;
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) {
      return [literalText(node.left), literalText(node.right)].filter(Boolean).join(' ') || null;
    }
    if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
    return null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (hasWords(node.text) && !insideCode(node)) report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text && hasWords(text) && !insideCode(node)) report(node, text);
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText())) {
      const text = literalText(node.initializer);
      if (text && hasWords(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsxFiles(target: string): string[] {
  if (statSync(target).isFile()) return target.endsWith('.tsx') ? [target] : [];
  return readdirSync(target, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') && !/\.test\.tsx$/.test(entry.name) ? [full] : [];
  });
}

export function hardcodedTextIn(targets: string[]): string[] {
  return targets.flatMap((target) => tsxFiles(path.resolve(ROOT, target))).flatMap(findHardcodedText);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const targets = process.argv.slice(2);
  const problems = [...checkCatalogues(), ...hardcodedTextIn(targets.length > 0 ? targets : ['src'])];
  for (const problem of problems) console.log(problem);
  console.log(problems.length === 0 ? 'i18n: catalogues match and no UI text outside them' : `i18n: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
