/*
 * What every form of Tilskudd does in the browser, loaded at the end of each page (no inline
 * scripts: the pages run under a strict Content-Security-Policy).
 * - Weeks start on Monday in every calendar (Norway and the United Kingdom), whatever the locale.
 * - A calendar button is named after its field (data-calendar-label of g:date).
 * - A label marked required (its asterisk) makes its field aria-required; the asterisk itself is
 *   not read out.
 * Under the Content-Security-Policy PrimeFaces creates its widgets in one script after this one, so
 * the page load's work waits until they exist.
 */
(function () {
  "use strict";

  if (window.PrimeFaces && PrimeFaces.setGlobalLocaleValue) {
    PrimeFaces.setGlobalLocaleValue("firstDayOfWeek", 1);
  }

  function nameCalendarButtons() {
    document.querySelectorAll("[data-calendar-label]").forEach(function (field) {
      var button = field.querySelector("button.ui-datepicker-trigger");
      if (button) {
        button.setAttribute("aria-label", field.getAttribute("data-calendar-label"));
        button.removeAttribute("title");
      }
    });
  }

  function markRequiredFields() {
    document.querySelectorAll("label.ui-required[for]").forEach(function (label) {
      var field = document.getElementById(label.htmlFor);
      if (field) {
        field.setAttribute("aria-required", "true");
      }
      label.querySelectorAll(".ui-outputlabel-rfi").forEach(function (marker) {
        marker.setAttribute("aria-hidden", "true");
      });
    });
  }

  function afterRender() {
    nameCalendarButtons();
    markRequiredFields();
  }

  $(function () {
    setTimeout(function () {
      afterRender();
    }, 0);
  });
  $(document).on("pfAjaxComplete", afterRender);
})();
