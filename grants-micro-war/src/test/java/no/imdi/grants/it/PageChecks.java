package no.imdi.grants.it;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the browser tests check on every page, each as a list of findings (empty when the page is
 * fine): content that does not reflow (WCAG 1.4.10), a focus indicator too weak to see (2.4.7 with
 * 1.4.11: at least 2 px and 3:1 against what is behind the outline, the first element with a
 * background whose box holds the whole ring), and axe-core's WCAG 2.1 A and AA rules.
 */
final class PageChecks {

  private static final String AXE = axeScript();

  private static final String OVERFLOW =
      """
      () => {
        const width = window.innerWidth, found = [];
        const root = document.documentElement;
        if (root.scrollWidth > width) found.push('the page scrolls sideways: ' + root.scrollWidth + ' > ' + width);
        const scrolls = e => {
          for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
            if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true;
          }
          return false;
        };
        for (const e of document.querySelectorAll('header *, main *')) {
          const r = e.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || scrolls(e)) continue;
          if (r.right > width + 1 || r.left < -1) {
            found.push(e.tagName + '#' + e.id + '.' + e.className + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right));
          }
        }
        for (const e of document.querySelectorAll('td, th, .date, .amount, .ui-message')) {
          const s = getComputedStyle(e);
          if (['hidden', 'clip'].includes(s.overflowX) && e.scrollWidth > e.clientWidth + 1) {
            found.push('cut: ' + e.tagName + '.' + e.className + ' "' + e.textContent.trim().substring(0, 30) + '"');
          }
        }
        return found.slice(0, 10);
      }
      """;

  private static final String FOCUS =
      """
      () => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        let shown = e;
        if (e.closest('.ui-helper-hidden-accessible')) {
          const widget = e.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu');
          shown = widget ? (widget.querySelector('.ui-chkbox-box, .ui-radiobutton-box') || widget) : e;
        }
        const rgb = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
          const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
          return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
        const lum = c => { const v = c.slice(0, 3).map(x => { x /= 255;
          return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
          return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
        const s = getComputedStyle(shown);
        const color = rgb(s.outlineColor);
        const width = parseFloat(s.outlineWidth) || 0;
        const reach = width + (parseFloat(s.outlineOffset) || 0);
        const r = shown.getBoundingClientRect();
        const ring = { left: r.left - reach, top: r.top - reach, right: r.right + reach, bottom: r.bottom + reach };
        let behind = [255, 255, 255, 1];
        for (let a = reach <= 0 ? shown : shown.parentElement; a; a = a.parentElement) {
          const b = a.getBoundingClientRect();
          const covers = a === document.documentElement || (b.left <= ring.left && b.top <= ring.top
            && b.right >= ring.right && b.bottom >= ring.bottom);
          const c = rgb(getComputedStyle(a).backgroundColor);
          if (covers && c && c[3] === 1) { behind = c; break; }
        }
        const l1 = lum(color || behind), l2 = lum(behind);
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        const name = e.tagName + '#' + e.id + ' "' + (e.textContent || e.value || '').trim().substring(0, 25) + '"';
        return { name: name, ok: s.outlineStyle !== 'none' && width >= 2 && ratio >= 3,
                 outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' on '
                   + behind.slice(0, 3).join(',') + ' = ' + ratio.toFixed(2) + ':1',
                 calendar: !!e.closest('.p-datepicker-panel') };
      }
      """;

  private PageChecks() {}

  /** What sticks out of the viewport, makes the page scroll sideways, or is cut off. */
  @SuppressWarnings("unchecked")
  static List<String> reflowProblems(Page page) {
    return (List<String>) page.evaluate(OVERFLOW);
  }

  /**
   * Tabs through the page from the top, up to {@code maxStops} stops, and returns every stop whose
   * focus indicator is missing, thinner than 2 px or below 3:1 (a date picker's calendar is checked
   * at its first day and then left with Escape). Also returns how many stops it checked.
   */
  @SuppressWarnings("unchecked")
  static List<String> weakFocusIndicators(Page page, int maxStops) {
    List<String> weak = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < maxStops; i++) {
      page.keyboard().press("Tab");
      java.util.Map<String, Object> stop = (java.util.Map<String, Object>) page.evaluate(FOCUS);
      if (stop == null) {
        break;
      }
      checked++;
      if (!Boolean.TRUE.equals(stop.get("ok"))) {
        weak.add(stop.get("name") + ": " + stop.get("outline"));
      }
      if (Boolean.TRUE.equals(stop.get("calendar"))) {
        page.keyboard().press("Escape");
      }
    }
    if (checked < 5) {
      weak.add("only " + checked + " focus stops were found");
    }
    return weak;
  }

  /** axe-core's findings for the WCAG 2.1 A and AA rules, one line per rule and element. */
  @SuppressWarnings("unchecked")
  static List<String> axeViolations(Page page) {
    page.evaluate(AXE);
    return (List<String>)
        page.evaluate(
            "async () => { const r = await axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});"
                + " return r.violations.flatMap(v => v.nodes.map(n => v.id + ' '"
                + " + n.target.join(' '))); }");
  }

  private static String axeScript() {
    try (InputStream in = PageChecks.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
