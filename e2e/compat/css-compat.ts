import bcd from '@mdn/browser-compat-data/forLegacyNode';
import type { CompatStatement, SimpleSupportStatement } from '@mdn/browser-compat-data/types';
import postcss, { type Rule } from 'postcss';

/** A browser floor such as Chromium 86, in MDN's browser-compat-data names. */
export interface BrowserFloor {
  browser: 'chrome' | 'firefox' | 'safari';
  version: number;
}

/** 'chrome86' (Vite's and esbuild's spelling) → { browser: 'chrome', version: 86 }. */
export function parseTarget(target: string): BrowserFloor {
  const match = target.match(/^(chrome|firefox|safari)(\d+(?:\.\d+)?)$/);
  if (!match) throw new Error(`browser target "${target}" is not chromeN, firefoxN or safariN`);
  return { browser: match[1] as BrowserFloor['browser'], version: Number(match[2]) };
}

/**
 * What an older browser would drop from a stylesheet: a whole rule (an unknown selector, CSS
 * nesting, an at-rule it does not know, a media query in range syntax) or a declaration (a
 * property it does not know). `feature` names it the way an allowance does: ':focus-visible',
 * '&' (nesting), '@layer', '@media range syntax', 'text-wrap', 'gap in flex layout'.
 */
export interface CssFinding {
  feature: string;
  /** 'rule' when the browser drops the whole rule, 'declaration' when only the declaration. */
  drops: 'rule' | 'declaration';
  browsers: string[];
  /** Where it is: the selector or at-rule, shortened. */
  where: string;
}

/** An entry of MDN's browser-compat-data, such as css.properties.gap or css.selectors.is. */
function compat(...path: string[]): CompatStatement | undefined {
  let node: unknown = bcd;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node as { __compat?: CompatStatement } | undefined)?.__compat;
}

/** '≤18' → 18, '14.1' → 14.1; true or null (MDN does not know which) → 0. */
function versionNumber(version: string | boolean | null | undefined): number | undefined {
  if (version === true || version === null) return 0;
  if (version === false || version === undefined || version === 'preview') return undefined;
  return Number(String(version).replace('≤', ''));
}

/**
 * Whether a browser at this floor supports the feature, as written (`usedName`, e.g. 'word-wrap'
 * for overflow-wrap): some support entry, unprefixed and not behind a flag, covers the version.
 * A partial implementation counts: the browser parses it. No data counts as supported too: the
 * check must not cry wolf over what MDN has not recorded.
 */
function supportedAt(statement: CompatStatement | undefined, floor: BrowserFloor, usedName?: string): boolean {
  const support = statement?.support[floor.browser];
  if (!support) return true;
  const entries = (Array.isArray(support) ? support : [support]) as SimpleSupportStatement[];
  return entries.some((entry) => {
    if (entry.prefix || entry.flags || (entry.alternative_name && entry.alternative_name !== usedName)) return false;
    const added = versionNumber(entry.version_added);
    const removed = versionNumber(entry.version_removed ?? false);
    return added !== undefined && added <= floor.version && (removed === undefined || removed > floor.version);
  });
}

/** The floors, of those given, that do not support a browser-compat-data entry. */
function unsupportedIn(statement: CompatStatement | undefined, floors: readonly BrowserFloor[], usedName?: string): string[] {
  return floors.filter((floor) => !supportedAt(statement, floor, usedName)).map((floor) => `${floor.browser} ${floor.version}`);
}

/** Properties MDN files under another name, e.g. word-wrap under overflow-wrap. */
const propertyAliases = new Map<string, string>();
for (const name of Object.keys(bcd.css.properties ?? {})) {
  for (const support of Object.values(compat('css', 'properties', name)?.support ?? {})) {
    for (const statement of (Array.isArray(support) ? support : [support]) as SimpleSupportStatement[]) {
      if (statement.alternative_name && !statement.prefix) propertyAliases.set(statement.alternative_name, name);
    }
  }
}

/** Pseudo-classes and pseudo-elements a selector uses, e.g. ['focus-visible', 'before']. */
function pseudosOf(selector: string): string[] {
  const bare = selector.replace(/\[[^\]]*\]/g, '[]').replace(/(["'])(?:\\.|(?!\1).)*\1/g, '""');
  return [...bare.matchAll(/::?(-?[a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
}

/** :not() with a list or a complex selector in it, which older engines reject. */
function hasComplexNot(selector: string): boolean {
  return [...selector.matchAll(/:not\(([^()]*)\)/g)].some((m) => /[,\s>+~]/.test(m[1]!.trim()));
}

/** Whether a node sits inside a style rule: CSS nesting. */
function insideRule(node: { parent?: unknown }): boolean {
  for (let up = node.parent as { type?: string; parent?: unknown } | undefined; up; up = up.parent as typeof up) {
    if (up.type === 'rule') return true;
  }
  return false;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
}

/**
 * Lists what browsers at the given floors would drop from this stylesheet, from MDN's
 * browser-compat-data. Vendor-prefixed properties and pseudo-elements are meant for one engine
 * and are left out, unless a selector list mixes them with others (then the whole list drops).
 */
export function cssCompatFindings(css: string, floors: readonly BrowserFloor[]): CssFinding[] {
  const findings: CssFinding[] = [];
  const add = (feature: string, drops: CssFinding['drops'], browsers: string[], where: string) => {
    if (browsers.length > 0) findings.push({ feature, drops, browsers, where: shorten(where) });
  };
  const root = postcss.parse(css);

  root.walkRules((rule: Rule) => {
    if (insideRule(rule) || rule.selectors.some((s) => s.includes('&'))) {
      add('&', 'rule', unsupportedIn(compat('css', 'selectors', 'nesting'), floors), rule.selector);
    }
    const prefixed = rule.selectors.map((s) => pseudosOf(s).some((p) => p.startsWith('-')));
    const engineSpecific = prefixed.every(Boolean);
    for (const selector of rule.selectors) {
      for (const pseudo of pseudosOf(selector)) {
        if (pseudo.startsWith('-') && engineSpecific) continue;
        const entry = compat('css', 'selectors', pseudo);
        if (!entry) add(`:${pseudo} (unknown to MDN)`, 'rule', floors.map((f) => `${f.browser} ${f.version}`), rule.selector);
        else add(`:${pseudo}`, 'rule', unsupportedIn(entry, floors), rule.selector);
      }
      if (hasComplexNot(selector)) add(':not(a list)', 'rule', unsupportedIn(compat('css', 'selectors', 'not', 'selector_list'), floors), rule.selector);
    }
  });

  root.walkAtRules((atRule) => {
    const name = atRule.name.toLowerCase();
    if (name.startsWith('-')) return;
    const entry = compat('css', 'at-rules', name);
    const where = `@${name} ${atRule.params}`;
    if (!entry) add(`@${name} (unknown to MDN)`, 'rule', floors.map((f) => `${f.browser} ${f.version}`), where);
    else add(`@${name}`, 'rule', unsupportedIn(entry, floors), where);
    if (name === 'media' && /[<>]=?/.test(atRule.params)) add('@media range syntax', 'rule', unsupportedIn(compat('css', 'at-rules', 'media', 'range_syntax'), floors), where);
    if (insideRule(atRule)) add('&', 'rule', unsupportedIn(compat('css', 'selectors', 'nesting'), floors), where);
  });

  root.walkDecls((decl) => {
    const property = decl.prop.toLowerCase();
    if (property.startsWith('-')) return; // custom properties, and vendor-prefixed ones meant for one engine
    const parent = decl.parent;
    if (parent?.type === 'atrule') {
      // A descriptor, such as @font-face's src or font-display.
      const atRule = (parent as { name: string }).name.toLowerCase();
      add(`@${atRule} ${property}`, 'declaration', unsupportedIn(compat('css', 'at-rules', atRule, property), floors), `@${atRule}`);
      return;
    }
    const where = parent?.type === 'rule' ? (parent as Rule).selector : '';
    const entry = compat('css', 'properties', propertyAliases.get(property) ?? property);
    if (!entry) return add(`${property} (unknown to MDN)`, 'declaration', floors.map((f) => `${f.browser} ${f.version}`), where);
    add(property, 'declaration', unsupportedIn(entry, floors, property), where);
    // gap works in grid layout far earlier than in flex layout (Safari 14.1): judge it by the latter unless the rule says grid.
    const grid = parent?.type === 'rule' && (parent as Rule).some((d) => d.type === 'decl' && d.prop === 'display' && /grid/.test(d.value));
    if (/^(row-|column-)?gap$/.test(property) && !grid) add('gap in flex layout', 'declaration', unsupportedIn(compat('css', 'properties', 'gap', 'flex_context'), floors), where);
  });

  return findings;
}
