// Crocevia: glossary terms inside guides. Each term is a real link to its
// definition page; with JavaScript the definition also shows next to the term
// on hover and keyboard focus (WCAG 1.4.13: dismissable with Escape, hoverable,
// persistent until the pointer or focus leaves).
(function () {
  'use strict';
  var tip = null;
  var owner = null;
  function hide() {
    if (!tip) return;
    if (owner) owner.removeAttribute('aria-describedby');
    tip.remove();
    tip = null;
    owner = null;
  }
  function show(link) {
    var text = link.getAttribute('data-definition');
    if (!text || owner === link) return;
    hide();
    tip = document.createElement('div');
    tip.id = 'glossary-tip';
    tip.className = 'glossary-tip';
    tip.setAttribute('role', 'tooltip');
    tip.lang = link.closest('[lang]') ? link.closest('[lang]').lang : '';
    tip.textContent = text;
    link.insertAdjacentElement('afterend', tip);
    link.setAttribute('aria-describedby', 'glossary-tip');
    owner = link;
    tip.addEventListener('mouseleave', function (e) {
      if (e.relatedTarget !== owner) hide();
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('a.glossary-term[data-definition]').forEach(function (link) {
      link.addEventListener('mouseenter', function () { show(link); });
      link.addEventListener('focus', function () { show(link); });
      link.addEventListener('mouseleave', function (e) {
        if (e.relatedTarget !== tip) hide();
      });
      link.addEventListener('blur', hide);
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') hide();
    });
  });
})();
