// Contrast of form controls as the browser paints them (WCAG 2.1 AA): text and placeholder
// text 4.5:1 against the control's background, and the control's boundary (its border, or
// else its own background) 3:1 against what surrounds it (1.4.11). axe-core checks text but
// not placeholders or control boundaries.
import type { Page } from "playwright-core";

/** One line per visible control of the page that falls short, saying which and by how much. */
export async function lowContrastControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const rgba = (color: string): Rgba => {
      const parts = color.match(/[\d.]+/g)!.map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: Rgba, below: Rgba, opacity = 1): Rgba => {
      const alpha = top[3] * opacity;
      return [0, 1, 2].map((i) => top[i]! * alpha + below[i]! * (1 - alpha)).concat(1) as Rgba;
    };
    const luminance = (color: Rgba) => {
      const [r, g, b] = [0, 1, 2].map((i) => {
        const c = color[i]! / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    /** The opaque background an element is painted on: the first ancestor (or itself) with one. */
    const backgroundOf = (element: Element | null): Rgba => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor);
        if (color[3] > 0) return color;
      }
      return [255, 255, 255, 1];
    };
    const name = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ")[0]}` : ""}${element.id ? `#${element.id}` : ""}`;

    const problems: string[] = [];
    const controls = document.querySelectorAll("input:not([type=hidden]), select, textarea, button");
    for (const control of controls) {
      if (!(control as HTMLElement).checkVisibility()) continue;
      const style = getComputedStyle(control);
      const surroundings = backgroundOf(control.parentElement);
      const own = over(rgba(style.backgroundColor), surroundings);
      const nativeBox = ["checkbox", "radio"].includes((control as HTMLInputElement).type) && style.appearance !== "none";
      if (!nativeBox) {
        const text = ratio(over(rgba(style.color), own), own);
        if (text < 4.5) problems.push(`${name(control)}: text ${text.toFixed(2)}:1`);
        const bordered = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== "none";
        const boundary = bordered ? ratio(over(rgba(style.borderTopColor), surroundings), surroundings) : ratio(own, surroundings);
        // A control with neither border nor background of its own reads as text (a link-like button).
        const textOnly = !bordered && ratio(own, surroundings) === 1;
        if (!textOnly && boundary < 3) problems.push(`${name(control)}: boundary ${boundary.toFixed(2)}:1`);
      }
      if (control.hasAttribute("placeholder")) {
        const placeholder = getComputedStyle(control, "::placeholder");
        const shown = ratio(over(rgba(placeholder.color), own, Number(placeholder.opacity)), own);
        if (shown < 4.5) problems.push(`${name(control)}: placeholder ${shown.toFixed(2)}:1`);
      }
    }
    return problems;
  });
}
