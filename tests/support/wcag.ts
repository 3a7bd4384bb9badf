/**
 * Scripted WCAG 2.2 checks that axe cannot make, computed in the browser from what it
 * rendered: colours (WCAG relative luminance, alpha and opacity composited onto what is behind),
 * boxes (target sizes, clipping, overlap, sideways overflow) and the focus ring of whatever has
 * focus. Each check returns the problems it found as readable strings, so a failing assertion
 * names the element, the state and the numbers.
 */
type Rgba = [number, number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the browser computed (rgb(), color(srgb …), a system colour) as RGBA 0–255, alpha 0–1. */
export function parseColor(css: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  // Anything else (a system colour, color(srgb …)): let a canvas resolve it.
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = '#000';
  paint.fillStyle = css;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` drawn over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map(i => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

/** WCAG 2.x relative luminance. */
export function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours, 1–21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the flat tree: through a shadow root to its host, and from a slotted node to its slot. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  const parent = element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
}

function ancestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = element; node instanceof Element; node = flatParent(node)) chain.push(node);
  return chain;
}

/** The opaque colour behind `element`'s content: its own and its ancestors' backgrounds, composited; the page is white. */
export function backgroundOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (const node of ancestors(element)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    const opacity = Number(getComputedStyle(node).opacity);
    if (colour[3] > 0) layers.push([colour[0], colour[1], colour[2], colour[3] * opacity]);
    if (colour[3] === 1 && opacity === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The product of the opacity of `element` and its ancestors. */
function opacityOf(element: Element): number {
  return ancestors(element).reduce((product, node) => product * Number(getComputedStyle(node).opacity), 1);
}

/** A short name for messages: `a.permalink "Jul 7, 2018"`. */
export function describe(element: Element): string {
  const classes = [...element.classList].map(c => `.${c}`).join('');
  const part = element.getAttribute('part');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${element.localName}${element.id ? `#${element.id}` : ''}${classes}${part ? `[part=${part}]` : ''} "${text}"`;
}

/** Every element in `root` and, through open shadow roots and slots, beneath it. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Drawn on screen: has a box bigger than the 1 px of visually-hidden text, and is visible. */
export function isShown(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1 && getComputedStyle(element).visibility === 'visible' && !element.closest('.visually-hidden');
}

/** Elements that hold visible text themselves (a non-blank text node child). */
export function textElements(root: ParentNode): Element[] {
  return allElements(root).filter(
    element =>
      [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) &&
      isShown(element) &&
      element.localName !== 'style' &&
      element.localName !== 'script',
  );
}

/**
 * 1.4.3: every visible text against what is behind it: 4.5:1, or 3:1 for large text (24 px, or
 * 18.66 px bold). Text of an element matching `bodyText` must reach `bodyMinimum` (7:1 for AAA's 1.4.6).
 */
export function textContrastProblems(root: ParentNode, { bodyText = '', bodyMinimum = 7 } = {}): string[] {
  const problems: string[] = [];
  for (const element of textElements(root)) {
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const background = backgroundOf(element);
    const colour = parseColor(style.color);
    const text = over([colour[0], colour[1], colour[2], colour[3] * opacityOf(element)], background);
    const ratio = contrast(text, background);
    const needed = bodyText && element.matches(bodyText) ? bodyMinimum : large ? 3 : 4.5;
    if (ratio < needed) problems.push(`${describe(element)}: ${style.color} on rgb(${background.slice(0, 3).join(', ')}) is ${ratio.toFixed(2)}:1, needs ${needed}:1`);
  }
  return problems;
}

/** Focusable by Tab: links, buttons, inputs, in `root` and its shadow roots, shown and not taken out of the order. */
export function tabbables(root: ParentNode): HTMLElement[] {
  return allElements(root).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      element.matches('a[href], button, input, select, textarea, [tabindex]') &&
      element.tabIndex >= 0 &&
      !element.closest('[aria-hidden=true], [hidden]') &&
      isShown(element),
  );
}

/**
 * 2.5.8 Target Size (Minimum): each target is at least 24 × 24 CSS px, or a 24 px circle centred
 * on it meets neither another target nor another small target's circle.
 */
export function targetSizeProblems(root: ParentNode): string[] {
  const targets = tabbables(root).map(element => ({ element, rect: element.getBoundingClientRect() }));
  const centre = (rect: DOMRect) => [rect.left + rect.width / 2, rect.top + rect.height / 2] as const;
  const small = targets.filter(({ rect }) => rect.width < 24 || rect.height < 24);
  const problems: string[] = [];
  for (const target of small) {
    const [cx, cy] = centre(target.rect);
    for (const other of targets) {
      if (other === target) continue;
      const { rect } = other;
      // Distance from the circle's centre to the other target's box.
      const dx = Math.max(rect.left - cx, 0, cx - rect.right);
      const dy = Math.max(rect.top - cy, 0, cy - rect.bottom);
      const [ox, oy] = centre(rect);
      const otherSmall = small.includes(other);
      if (Math.hypot(dx, dy) < 12 || (otherSmall && Math.hypot(ox - cx, oy - cy) < 24)) {
        problems.push(
          `${describe(target.element)} is ${target.rect.width.toFixed(1)} × ${target.rect.height.toFixed(1)} px and too close to ${describe(other.element)}`,
        );
      }
    }
  }
  return problems;
}

/**
 * 1.4.10 / 1.4.12 / 1.4.4: nothing sticks out sideways past `host`, no element that clips
 * (overflow other than visible) holds more than it shows, and no two boxes of text overlap.
 */
export function layoutProblems(host: Element): string[] {
  // Replies far from the screen skip rendering (content-visibility: auto) and keep a placeholder
  // size until the reader scrolls to them: measure them as the reader will see them.
  const unskip = new CSSStyleSheet();
  unskip.replaceSync('* { content-visibility: visible !important; }');
  const root = host.shadowRoot;
  if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, unskip];
  try {
    return layoutProblemsAsShown(host);
  } finally {
    if (root) root.adoptedStyleSheets = root.adoptedStyleSheets.filter(sheet => sheet !== unskip);
  }
}

function layoutProblemsAsShown(host: Element): string[] {
  const problems: string[] = [];
  const hostRect = host.getBoundingClientRect();
  const inside = allElements(host.shadowRoot ?? host).filter(isShown);
  for (const element of inside) {
    const rect = element.getBoundingClientRect();
    if (rect.left < hostRect.left - 0.5 || rect.right > hostRect.right + 0.5) {
      problems.push(`${describe(element)} sticks out sideways: ${rect.left.toFixed(1)}–${rect.right.toFixed(1)} in ${hostRect.left.toFixed(1)}–${hostRect.right.toFixed(1)}`);
    }
    const style = getComputedStyle(element);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      if (element.scrollWidth > element.clientWidth + 1) problems.push(`${describe(element)} clips sideways: ${element.scrollWidth} > ${element.clientWidth}`);
      if (element.scrollHeight > element.clientHeight + 1) problems.push(`${describe(element)} clips its text: ${element.scrollHeight} > ${element.clientHeight}`);
    }
  }
  const texts = textElements(host.shadowRoot ?? host).map(element => ({ element, rect: element.getBoundingClientRect() }));
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) {
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const overlapX = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const overlapY = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (overlapX > 1 && overlapY > 1) problems.push(`${describe(a.element)} overlaps ${describe(b.element)}`);
    }
  }
  return problems;
}

/** The element focused now, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * 2.4.7 / 1.4.11 / 2.4.11 for the focused element: a ring at least 2 px wide, ≥ 3:1 against
 * the background around it, not clipped by any ancestor, and the element itself not covered.
 */
export function focusRingProblems(element: Element): string[] {
  const style = getComputedStyle(element);
  const name = describe(element);
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || !(width >= 2)) return [`${name}: no focus ring (outline ${style.outlineStyle} ${style.outlineWidth})`];
  const problems: string[] = [];
  const around = backgroundOf(flatParent(element)!);
  const ring = over(parseColor(style.outlineColor), around);
  const ratio = contrast(ring, around);
  if (ratio < 3) problems.push(`${name}: ring ${style.outlineColor} is ${ratio.toFixed(2)}:1 against rgb(${around.slice(0, 3).join(', ')})`);
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  const reach = width + Math.max(0, parseFloat(style.outlineOffset) || 0);
  for (const ancestor of ancestors(element).slice(1)) {
    const clip = getComputedStyle(ancestor);
    if (clip.overflowX === 'visible' && clip.overflowY === 'visible' && clip.contentVisibility !== 'auto') continue;
    const box = ancestor.getBoundingClientRect();
    if (
      rect.left - reach < box.left - 0.5 ||
      rect.right + reach > box.right + 0.5 ||
      rect.top - reach < box.top - 0.5 ||
      rect.bottom + reach > box.bottom + 0.5
    ) {
      problems.push(`${name}: its ring is clipped by ${describe(ancestor)}`);
    }
  }
  const root = element.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  if (!hit || !(hit === element || element.contains(hit))) problems.push(`${name}: covered by ${hit ? describe(hit) : 'nothing hit'}`);
  return problems;
}

/** The user style sheet of WCAG 1.4.12 (text spacing), put into a document or a shadow root. */
export function applyTextSpacing(root: Document | ShadowRoot): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-block-end: 2em !important; }`);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter(s => s !== sheet));
}

/** No animation, transition or smooth scrolling anywhere in `root`. */
export function motionProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of allElements(root)) {
    const style = getComputedStyle(element);
    const moving =
      style.animationName.split(',').some(name => name.trim() !== 'none') ||
      style.transitionDuration.split(',').some(duration => parseFloat(duration) > 0) ||
      style.scrollBehavior === 'smooth';
    if (moving) problems.push(`${describe(element)} moves: animation ${style.animationName}, transition ${style.transitionDuration}, scroll ${style.scrollBehavior}`);
  }
  return problems;
}
