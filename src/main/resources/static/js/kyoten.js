// Kyoten's only page script: CSP forbids inline script, so behaviour hangs off data- attributes here.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // <form data-confirm="…"> asks before submitting (delete, merge, disable).
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);

  // <select data-autosubmit> and <input data-autosubmit> submit their form on change.
  document.addEventListener('change', function (event) {
    if (event.target.hasAttribute('data-autosubmit') && event.target.form) {
      event.target.form.requestSubmit();
    }
  });

  // <details data-menu> in the main navigation: one open at a time, closed by a click elsewhere or Escape.
  document.addEventListener('toggle', function (event) {
    var menu = event.target;
    if (menu.hasAttribute && menu.hasAttribute('data-menu') && menu.open) {
      document.querySelectorAll('details[data-menu][open]').forEach(function (other) {
        if (other !== menu) {
          other.open = false;
        }
      });
    }
  }, true);
  document.addEventListener('click', function (event) {
    document.querySelectorAll('details[data-menu][open]').forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.open = false;
      }
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      document.querySelectorAll('details[data-menu][open]').forEach(function (menu) {
        menu.open = false;
        menu.querySelector('summary').focus();
      });
    }
  });

  // <a data-export> (fragments/lists :: exports): a list's export takes the filters and order the list shows now.
  // htmx puts them into the address as the filter form changes the list without a new page; the link, rendered with
  // the page, would still carry the first ones. Page and size stay out: an export holds every matching row.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-export]');
    if (!link || !window.location.search) {
      return;
    }
    var target = new URL(link.href, window.location.href);
    if (target.pathname.replace(/\/list\.[a-z]+$/, '') !== window.location.pathname.replace(/\/+$/, '')) {
      return;
    }
    var shown = new URLSearchParams(window.location.search);
    shown.delete('page');
    shown.delete('size');
    ['charset', 'era'].forEach(function (name) {
      shown.delete(name);
      if (target.searchParams.has(name)) {
        shown.set(name, target.searchParams.get(name));
      }
    });
    ['sort', 'dir'].forEach(function (name) {
      if (!shown.has(name) && target.searchParams.has(name)) {
        shown.set(name, target.searchParams.get(name));
      }
    });
    target.search = shown.toString();
    link.href = target.toString();
  });

  // <button data-print> prints the page.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-print]');
    if (button) {
      window.print();
    }
    var copy = event.target.closest('[data-copy]');
    if (copy && navigator.clipboard) {
      navigator.clipboard.writeText(copy.getAttribute('data-copy'));
    }
  });
}());
