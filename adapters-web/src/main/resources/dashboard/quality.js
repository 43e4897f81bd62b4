// Quality panel: the datasets' freshness when the panel opens (cheap), the audit on request
// (it reads the whole store: seconds to a minute), both from /api/v1/quality.
'use strict';

(() => {
  const { $, getJson, number, errorText } = Dashboard;

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  function empty(body, columns, text) {
    body.replaceChildren();
    const td = body.insertRow().insertCell();
    td.colSpan = columns;
    td.className = 'empty';
    td.textContent = text;
  }

  async function loadFreshness() {
    const body = $('freshness').tBodies[0];
    try {
      const report = await getJson('/api/v1/quality/freshness');
      body.replaceChildren();
      for (const [name, dataset] of Object.entries(report.datasets)) {
        const row = body.insertRow();
        row.dataset.clean = String(dataset.age_days === 0);
        cell(row, name);
        cell(row, dataset.newest_stored || '–');
        cell(row, dataset.newest_open_day || '–');
        cell(row, dataset.age_days === null ? '–' : number(dataset.age_days, 0), 'num');
      }
      $('freshness-note').textContent = '（今天 today ' + report.today + '，按 counted in '
        + (report.calendar === 'SSE' ? '上交所交易日 SSE open days' : '工作日 weekdays: no calendar stored') + '）';
    } catch (error) {
      empty(body, 4, errorText(error));
    }
  }

  function example(finding) {
    const values = Object.entries(finding.values).map(([key, value]) => key + '=' + value).join(' ');
    return finding.rule + ' ' + finding.code + ' ' + finding.day + (values ? ' ' + values : '');
  }

  async function runAudit(event) {
    event.preventDefault();
    const params = new URLSearchParams({ examples: '5' });
    if ($('audit-from').value) params.set('from', $('audit-from').value);
    if ($('audit-to').value) params.set('to', $('audit-to').value);
    if ($('audit-code').value.trim()) params.set('code', $('audit-code').value.trim());
    const body = $('audit').tBodies[0];
    $('audit-note').textContent = '检查中 auditing…';
    $('audit-note').classList.remove('error');
    try {
      const report = await getJson('/api/v1/quality?' + params, { timeoutMs: 180000 });
      body.replaceChildren();
      for (const check of report.checks) {
        const row = body.insertRow();
        row.dataset.clean = String(check.count === 0);
        cell(row, check.name).title = check.rule;
        cell(row, check.skipped ? '跳过 skipped' : number(check.count, 0), 'num');
        let rules = Object.entries(check.rules).map(([rule, count]) => rule + ' ' + count).join(', ');
        if (check.suspended && check.suspended.days > 0) {
          rules += (rules ? '; ' : '') + '停牌 suspended ' + check.suspended.days + ' 天 days / '
            + check.suspended.codes + ' 只 codes';
        }
        cell(row, check.skipped || rules || '–');
        cell(row, check.examples.map(example).join('\n'), 'examples').style.whiteSpace = 'pre-line';
      }
      $('audit-note').textContent = (report.clean ? '无问题 clean' : number(report.findings, 0)
        + ' 个问题 findings') + ' · ' + number(report.codes, 0) + ' 只 codes · '
        + number(report.elapsed_ms / 1000, 1) + ' s';
    } catch (error) {
      $('audit-note').textContent = errorText(error);
      $('audit-note').classList.add('error');
    }
  }

  document.addEventListener('panel-shown', (event) => {
    if (event.detail === 'quality') loadFreshness();
  });
  document.addEventListener('token-changed', () => {
    if (!$('quality').hidden) loadFreshness();
  });
  $('audit-form').addEventListener('submit', runAudit);
})();
