/*
 * What the pages do in the browser beyond PrimeFaces, loaded as a script resource (the pages'
 * Content-Security-Policy runs no inline script):
 *
 * - A list keeps its filter, order and page in the address: after every AJAX request of the page
 *   (filter, sort, page), the address is replaced, without a reload, by the one the server put in
 *   the list's data-list-url attribute, so that Back and a copied link show the same list.
 * - A link or button marked data-confirm-discard (Cancel) asks, with the attribute's text, before
 *   it throws away what was typed into its form; a form left as it was is left without asking,
 *   unless the server marks it data-form-changed="true" (the form came back from a failed save).
 */
(function () {
  "use strict";

  var IGNORED = /^(jakarta\.faces\.|primefaces\.)/;
  var loaded = new WeakMap();

  function followList() {
    var state = document.querySelector("[data-list-url]");
    var url = state && state.getAttribute("data-list-url");
    if (url && url !== window.location.pathname + window.location.search) {
      window.history.replaceState(window.history.state, "", url);
    }
  }

  function values(form) {
    var typed = [];
    new FormData(form).forEach(function (value, name) {
      if (!IGNORED.test(name) && !/_filter$/.test(name)) {
        typed.push(name + "=" + value);
      }
    });
    return typed.join("&");
  }

  function rememberForms() {
    document.querySelectorAll("[data-confirm-discard]").forEach(function (cancel) {
      var form = cancel.closest("form");
      if (form && !loaded.has(form)) {
        loaded.set(form, values(form));
      }
    });
  }

  function confirmDiscard(event) {
    var cancel = event.target.closest && event.target.closest("[data-confirm-discard]");
    var form = cancel && cancel.closest("form");
    if (!form || !loaded.has(form)) {
      return;
    }
    var changed = cancel.getAttribute("data-form-changed") === "true";
    if (!changed && loaded.get(form) === values(form)) {
      return;
    }
    if (!window.confirm(cancel.getAttribute("data-confirm-discard"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  document.addEventListener("click", confirmDiscard, true);
  if (document.readyState === "complete") {
    rememberForms();
  } else {
    window.addEventListener("load", rememberForms);
  }
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", followList);
  }
  followList();
})();
