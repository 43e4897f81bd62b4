// Shared by the two panels: requests with the bearer token, tabs, small formatting helpers.
// Deferred scripts run once the document is parsed, so they may touch the DOM at once; ECharts
// comes last and is ready when DOMContentLoaded fires: draw only after `chartsReady`.
'use strict';

const Dashboard = (() => {
  // sessionStorage: the token lives as long as the tab and is never written to disk by us
  const TOKEN_KEY = 'stock-assistant.token';
  const $ = (id) => document.getElementById(id);

  class HttpError extends Error {
    constructor(status, detail, retryAfter) {
      super(detail || 'HTTP ' + status);
      this.status = status;
      this.retryAfter = retryAfter;
    }
  }

  const token = () => sessionStorage.getItem(TOKEN_KEY) || '';

  /** GET a JSON body; problem+json answers become HttpError with the server's detail. */
  async function getJson(path, { timeoutMs = 15000, signal } = {}) {
    const headers = { Accept: 'application/json' };
    if (token()) headers.Authorization = 'Bearer ' + token();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    if (signal) signal.addEventListener('abort', () => timeout.abort());
    try {
      const response = await fetch(path, { headers, signal: timeout.signal, cache: 'no-store' });
      if (response.status === 401) askForToken();
      if (!response.ok) {
        let detail = '';
        try { detail = (await response.json()).detail; } catch (notJson) { /* keep the status */ }
        throw new HttpError(response.status, detail, response.headers.get('Retry-After'));
      }
      return await response.json();
    } finally {
      clearTimeout(timer);
    }
  }

  function askForToken() {
    $('token-note').textContent = '此服务器需要令牌 this server needs a bearer token for reads';
    $('token-note').classList.add('error');
    $('token').focus();
  }

  function setUpToken() {
    $('token').value = token();
    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const value = $('token').value.trim();
      if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
      $('token-note').textContent = value ? '已保存（本标签页）saved for this tab' : '已清除 cleared';
      $('token-note').classList.remove('error');
      document.dispatchEvent(new CustomEvent('token-changed'));
    });
  }

  /** Shows one panel; listeners learn through a 'panel-shown' event (charts resize then). */
  function show(panel) {
    for (const name of ['ops', 'stock', 'quality']) {
      $(name).hidden = name !== panel;
      $('tab-' + name).setAttribute('aria-selected', String(name === panel));
    }
    document.dispatchEvent(new CustomEvent('panel-shown', { detail: panel }));
  }

  function setUpTabs() {
    $('tab-ops').addEventListener('click', () => show('ops'));
    $('tab-stock').addEventListener('click', () => show('stock'));
    $('tab-quality').addEventListener('click', () => show('quality'));
  }

  const number = (value, digits = 2) =>
    value === null || value === undefined || Number.isNaN(value) ? '–'
      : Number(value).toLocaleString('en-US', { maximumFractionDigits: digits });

  /** Chinese magnitudes, as A-share volumes are read: 万 = 10^4, 亿 = 10^8. */
  function compact(value) {
    if (value === null || value === undefined) return '–';
    const size = Math.abs(value);
    if (size >= 1e8) return (value / 1e8).toFixed(2) + '亿';
    if (size >= 1e4) return (value / 1e4).toFixed(1) + '万';
    return number(value, 0);
  }

  function errorText(error) {
    if (error.name === 'AbortError') return '服务器无响应 the server did not answer in time';
    if (!(error instanceof HttpError)) return '无法连接服务器 cannot reach the server';
    if (error.status === 503) {
      return '数据库不可用 database unavailable' + (error.retryAfter ? '，' + error.retryAfter + ' 秒后重试 retry in '
        + error.retryAfter + ' s' : '') + ': ' + error.message;
    }
    return error.status + ': ' + error.message;
  }

  const chartsReady = new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve));
  setUpToken();
  setUpTabs();

  return { $, getJson, HttpError, show, number, compact, errorText, chartsReady };
})();
