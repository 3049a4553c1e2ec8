// FullCalendar 6 under Kyoten's Content-Security-Policy (style-src 'self', no inline styles).
//
// FullCalendar keeps its CSS in its script and, on first use, adds an empty <style data-fullcalendar> to <head> and
// fills it through CSSOM (sheet.insertRule). The CSP blocks that <style> element, its sheet stays null and the
// calendar fails. This file, loaded just before FullCalendar, hands FullCalendar a constructed stylesheet
// (new CSSStyleSheet(), adopted by the document) in place of the <style> element, which is never inserted:
// constructed stylesheets are CSSOM, which the CSP does not restrict. FullCalendar's @font-face rule (its icon font
// as a data: URL, which font-src 'self' refuses) is dropped; the calendar is set up with text buttons instead.
// Written against FullCalendar 6.1.15 (registerStylesRoot / appendStylesTo); the browser tests fail if it breaks.
(function () {
  'use strict';
  if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet !== 'function') {
    return;
  }
  var sheet = new CSSStyleSheet();
  var insertRule = sheet.insertRule.bind(sheet);
  sheet.insertRule = function (rule, index) {
    if (/^\s*@font-face/.test(rule)) {
      return index;
    }
    return insertRule(rule, Math.min(index, sheet.cssRules.length));
  };
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
  var head = document.head;
  var insertBefore = head.insertBefore;
  head.insertBefore = function (node, reference) {
    if (node instanceof HTMLStyleElement && node.hasAttribute('data-fullcalendar')) {
      Object.defineProperty(node, 'sheet', { value: sheet });
      Object.defineProperty(node, 'isConnected', { value: true });
      return node;
    }
    return insertBefore.call(this, node, reference);
  };
}());
