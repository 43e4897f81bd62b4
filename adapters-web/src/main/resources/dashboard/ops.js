// Operations panel: polls /metrics/overview every 2 s (fetch, not EventSource: an EventSource
// cannot send the Authorization header) and draws the pool, traffic and status from it.
'use strict';

(() => {
  const { $, getJson, number, errorText, chartsReady } = Dashboard;
  const POLL_MS = 2000;
  const KEPT_MS = 5 * 60 * 1000;
  const STATE_LABELS = {
    UP: '正常 UP', DOWN: '故障 DOWN', UNKNOWN: '未知 UNKNOWN', CLOSED: '关闭 CLOSED',
    OPEN: '打开 OPEN', HALF_OPEN: '半开 HALF-OPEN', FORCED_OPEN: '强制打开 FORCED OPEN',
    DISABLED: '停用 DISABLED', METRICS_ONLY: '仅统计 METRICS ONLY',
  };

  let samples = [];
  let lastSampleAt = 0;
  let poolChart;
  let trafficChart;
  let timer;
  let polling = false;
  let firstChartPending = true;

  function setState(id, state) {
    const known = Object.prototype.hasOwnProperty.call(STATE_LABELS, state) ? state : 'UNKNOWN';
    $(id).dataset.state = known;
    $(id).textContent = STATE_LABELS[known];
  }

  function showStatus(status) {
    const database = status.database || {};
    setState('db-status', database.status);
    $('db-message').textContent = database.message || '';
    $('db-pill').dataset.state = database.status || 'UNKNOWN';
    $('db-pill').textContent = '数据库 DB ' + (database.status || '…');

    const breaker = status.circuit_breaker || {};
    setState('breaker-state', breaker.state || breaker.status);
    $('breaker-detail').textContent = breaker.failure_rate === undefined ? ''
      : '失败率 failure rate ' + (breaker.failure_rate < 0 ? '–' : number(breaker.failure_rate, 1) + '%')
        + ' · 拒绝 not permitted ' + number(breaker.not_permitted_calls, 0);
    showTransitions(breaker.transitions || []);

    const migrations = status.migrations || {};
    $('migration-version').textContent = migrations.version ? 'V' + migrations.version : '–';
    $('migration-detail').textContent = migrations.message || '';
  }

  function showTransitions(transitions) {
    const body = $('breaker-history').tBodies[0];
    const rows = transitions.slice().reverse().map((t) => {
      const row = document.createElement('tr');
      for (const [text, state] of [[new Date(t.at).toLocaleTimeString(), null], [t.from, t.from], [t.to, t.to]]) {
        const cell = document.createElement('td');
        cell.textContent = state ? STATE_LABELS[state] || state : text;
        row.append(cell);
      }
      return row;
    });
    if (rows.length) body.replaceChildren(...rows);
  }

  function showPool(pool, retries) {
    $('pool-active').textContent = number(pool.active, 0);
    $('pool-idle').textContent = number(pool.idle, 0);
    $('pool-pending').textContent = number(pool.pending, 0);
    $('pool-total').textContent = number(pool.total, 0) + (pool.max ? ' / ' + pool.max : '');
    $('pool-borrowed').textContent = number(pool.borrowed, 0);
    $('pool-wait').textContent = number(pool.wait_p99_ms, 2) + ' ms';
    $('pool-leaks').textContent = number(pool.leaks, 0);
    $('pool-unleaked').textContent = number(pool.leaks_unleaked, 0);
    $('pool-timeouts').textContent = number(pool.timeouts, 0);
    $('retry-ok').textContent = number(retries.successful_calls_with_retry, 0);
    $('retry-failed').textContent = number(retries.failed_calls_with_retry, 0);
    $('retry-not-retried').textContent = number(retries.failed_calls_without_retry, 0);
  }

  function showRoutes(routes) {
    const rows = routes.map((r) => {
      const row = document.createElement('tr');
      const cells = [[r.method], [r.route, 'route'], [r.status], [number(r.count, 0), 'num'],
        [number(r.rate_per_second, 2), 'num'], [number(r.p99_ms, 1), 'num']];
      for (const [text, css] of cells) {
        const cell = document.createElement('td');
        cell.textContent = text;
        if (css) cell.className = css;
        row.append(cell);
      }
      return row;
    });
    $('routes').tBodies[0].replaceChildren(...rows);
  }

  const line = (name, key, extra = {}) => ({
    name, type: 'line', showSymbol: false, data: samples.map((s) => [s.t, s[key]]), ...extra,
  });

  function drawCharts() {
    if ($('ops').hidden || !window.echarts) return;
    poolChart = poolChart || echarts.init($('pool-chart'));
    trafficChart = trafficChart || echarts.init($('traffic-chart'));
    const base = {
      animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 45, right: 50, top: 30, bottom: 25 }, xAxis: { type: 'time' },
    };
    if (samples.length && firstChartPending) {
      // docs/BENCHMARKS.md reads this mark: the pool chart is on screen
      firstChartPending = false;
      poolChart.on('finished', function marked() {
        poolChart.off('finished', marked);
        performance.mark('first-ops-chart');
      });
    }
    poolChart.setOption({
      ...base, yAxis: { type: 'value', minInterval: 1 },
      series: [line('活跃 active', 'active'), line('空闲 idle', 'idle'),
        line('等待 pending', 'pending'), line('总数 total', 'total', { lineStyle: { type: 'dashed' } })],
    });
    trafficChart.setOption({
      ...base,
      yAxis: [{ type: 'value', name: '/s' }, { type: 'value', name: 'ms', position: 'right' }],
      series: [line('请求 req/s', 'requests_per_second'), line('借连接 borrows/s', 'borrows_per_second'),
        line('获取耗时 wait p99 ms', 'wait_p99_ms', { yAxisIndex: 1 })],
    });
  }

  function megabytes(bytes) {
    return bytes == null || bytes < 0 ? '–' : number(bytes / 1048576, 0) + ' MB';
  }

  function showStorage(storage) {
    const free = storage.data_dir_free_bytes;
    $('disk-free').textContent = free == null ? megabytes(storage.database_size_bytes)
      : megabytes(free) + ' 可用 free';
    $('disk-free').dataset.state = storage.degraded ? 'DOWN' : 'UP';
    $('disk-detail').textContent = (free == null ? '数据库大小 database size'
      : '数据库 database ' + megabytes(storage.database_size_bytes))
      + (storage.degraded ? ' · 空间不足 low on space' : '')
      + (storage.embedded_restarts ? ' · 重启 restarts ' + storage.embedded_restarts : '');
  }

  async function poll() {
    if (polling) return;
    polling = true;
    clearTimeout(timer);
    try {
      const overview = await getJson('/metrics/overview?since=' + lastSampleAt, { timeoutMs: 5000 });
      samples = samples.concat(overview.samples).filter((s) => s.t > overview.at - KEPT_MS);
      if (samples.length) lastSampleAt = samples[samples.length - 1].t;
      showStatus(overview.status);
      showPool(overview.pool, overview.retries);
      if (overview.storage) showStorage(overview.storage);
      showRoutes(overview.routes);
      await chartsReady;
      drawCharts();
      $('ops-updated').textContent = '更新于 updated ' + new Date(overview.at).toLocaleTimeString();
      $('ops-updated').classList.remove('error');
    } catch (error) {
      // the service itself is unreachable: say so rather than show stale figures as current
      setState('db-status', 'UNKNOWN');
      $('db-pill').dataset.state = 'UNKNOWN';
      $('ops-updated').textContent = errorText(error);
      $('ops-updated').classList.add('error');
    } finally {
      polling = false;
      if (!document.hidden) timer = setTimeout(poll, POLL_MS);
    }
  }

  poll();
  document.addEventListener('visibilitychange', () => { if (!document.hidden) poll(); });
  document.addEventListener('token-changed', poll);
  document.addEventListener('panel-shown', (event) => {
    if (event.detail !== 'ops') return;
    drawCharts();
    poolChart?.resize();
    trafficChart?.resize();
  });
  window.addEventListener('resize', () => { poolChart?.resize(); trafficChart?.resize(); });
})();
