/*
 * What every form of Tilskudd does in the browser, loaded at the end of each page (no inline
 * scripts: the pages run under a strict Content-Security-Policy).
 * - Weeks start on Monday in every calendar (Norway and the United Kingdom), whatever the locale.
 * - A calendar button is named after its field (data-calendar-label of g:date).
 * - A label marked required (its asterisk) makes its field aria-required; the asterisk itself is
 *   not read out.
 * - After a save, failed or not (issue 7 item 6), the focus goes to the first field in error, or
 *   else to the page's messages (a success message after the redirect back to the record).
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

  var FOCUSABLE = "[role=combobox], input:not([type=hidden]), textarea, button, select";

  function focusable(element) {
    if (element.matches(FOCUSABLE) && !element.closest(".ui-helper-hidden")) {
      return element;
    }
    var widget = element.closest(".ui-selectonemenu, .ui-chkbox, .ui-calendar, .ui-datepicker") || element;
    return widget.querySelector(FOCUSABLE);
  }

  function focusFirstProblem() {
    // in page order; a label in error (PrimeFaces marks it too) is passed over for its field
    var invalid = document.querySelectorAll(
      "main form [aria-invalid=true], main form .ui-state-error:not(label):not(.ui-message)"
    );
    var target = null;
    for (var i = 0; i < invalid.length && !target; i++) {
      target = focusable(invalid[i]);
    }
    if (!target && document.activeElement && document.activeElement !== document.body) {
      return; // the page has put the focus where it belongs (a confirmation's button)
    }
    if (!target) {
      var messages = document.querySelector(".messages-box");
      target = messages && messages.querySelector("li") ? messages : null;
    }
    if (target) {
      target.focus();
    }
  }

  /*
   * The national id gave the birth date and the sex (the server's answer, SettlementFormBean): set
   * them unless the user is in that field or has typed something else there since the last fill.
   */
  function fillFromNationalId(formId, date, sex) {
    var input = document.getElementById(formId + ":birthDate_input");
    if (input && document.activeElement !== input && untouched(input)) {
      input.value = date;
      input.setAttribute("data-filled", date);
    }
    var menu = document.getElementById(formId + ":sex");
    var select = document.getElementById(formId + ":sex_input");
    var widget = window.PrimeFaces && PrimeFaces.getWidgetById(formId + ":sex");
    if (menu && select && widget && !menu.contains(document.activeElement) && untouched(select)) {
      widget.selectValue(sex);
      select.setAttribute("data-filled", sex);
    }
  }

  function untouched(field) {
    return field.value === "" || field.getAttribute("data-filled") === field.value;
  }

  window.grantsForms = { fillFromNationalId: fillFromNationalId };

  function afterRender() {
    nameCalendarButtons();
    markRequiredFields();
  }

  $(function () {
    setTimeout(function () {
      afterRender();
      focusFirstProblem();
    }, 0);
  });
  $(document).on("pfAjaxComplete", afterRender);
})();
