window.PagedConfig = window.PagedConfig || {};
window.PagedConfig.before = function () {
  var els = Array.prototype.slice.call(document.querySelectorAll("link[rel='stylesheet']:not([data-pagedjs-ignore], [media~='screen']), style:not([data-pagedjs-inserted-styles], [data-pagedjs-ignore], [media~='screen'])"));
  window.__sheets = els.map(function (el) { if (el.nodeName === "LINK") return new URL(el.getAttribute("href"), document.baseURI).href; var o = {}; o[location.href] = el.textContent; return o; });
  window.__source = document.body.innerHTML;
};
