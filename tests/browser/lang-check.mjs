// Language of parts (WCAG 3.1.2): finds English text on a page whose nearest `lang` is not
// English, so that a screen reader would read it with the voice of the page's language.
//
// `englishFragments` runs inside the page (pass it to `page.evaluate`): it must stay
// self-contained (no imports, no closures over this module).

/**
 * The English fragments under `root` (default `document.body`) and the language each is read in.
 *
 * A fragment is an element's own text (its direct text nodes, or the text of an element without
 * child elements) or one of its `aria-label`, `title`, `alt`, `placeholder` attributes. It counts
 * as English when it holds an English stop word and no letter of another script or accented
 * Latin (Arabic, Cyrillic, CJK, French/Spanish accents): a translated sentence that names an
 * English proper noun has letters of its own language and is not flagged. The one other
 * exemption: an emphasised or cited title (`em`, `i`, `strong`, `b`, `cite`, `q`) inside a
 * sentence of the page's language, where a translation quotes an English work by its name.
 * Code, preformatted text, SVG, MathML and scripts are skipped.
 *
 * @param {Element} [root]
 * @returns {{ text: string, lang: string, dir: string, where: string }[]} every English fragment
 *   with the `lang` and `dir` it inherits ("" when none) and a short description of its element
 */
export function englishFragments(root) {
  const SKIP = "code, pre, kbd, samp, script, style, svg, math, template, noscript";
  const STOP = /\b(the|and|of|to|for|with|in|is|are|on|this|that|from|by|your|you|what|how)\b/i;
  // Arabic (and its supplements), Cyrillic, CJK (with kana and punctuation), accented Latin.
  const LOCAL = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u0400-\u04FF\u3000-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u00C0-\u017F]/;
  const ATTRIBUTES = ["aria-label", "title", "alt", "placeholder"];
  const QUOTED = "em, i, strong, b, cite, q";
  const scope = root || document.body;
  const found = [];
  const describe = el => {
    const id = el.id ? `#${el.id}` : "";
    const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
    const parent = el.parentElement ? `${el.parentElement.tagName.toLowerCase()} > ` : "";
    return `${parent}${el.tagName.toLowerCase()}${id}${cls}`;
  };
  for (const el of [scope, ...scope.querySelectorAll("*")]) {
    if (el.closest(SKIP)) continue;
    const parent = el.parentElement;
    const quoted = el.matches(QUOTED) && parent && LOCAL.test(parent.textContent.replace(el.textContent, ""));
    const texts = [];
    const own = el.children.length === 0
      ? el.textContent
      : [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.nodeValue).join(" ");
    texts.push(own);
    for (const name of ATTRIBUTES) if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
    for (const raw of texts) {
      const text = raw.replace(/\s+/g, " ").trim();
      if (!text || !STOP.test(text) || LOCAL.test(text) || (quoted && raw === own)) continue;
      const carrier = el.closest("[lang]"), direction = el.closest("[dir]");
      found.push({
        text: text.slice(0, 120),
        lang: carrier ? carrier.getAttribute("lang") : "",
        dir: direction ? direction.getAttribute("dir") : "",
        where: describe(el),
      });
    }
  }
  return found;
}

/** Whether a `lang` value is English (`en`, `en-GB`, ...). */
export function isEnglish(lang) {
  return /^en(-|$)/i.test(lang);
}

/**
 * Splits the fragments of {@link englishFragments} into those read as English and those read
 * in another language (the failures).
 * @param {{ text: string, lang: string, dir: string, where: string }[]} fragments
 */
export function classify(fragments) {
  return {
    tagged: fragments.filter(f => isEnglish(f.lang)),
    untagged: fragments.filter(f => !isEnglish(f.lang)),
  };
}
