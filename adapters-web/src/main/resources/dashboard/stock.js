// Stock panel: look a stock up, then candlesticks with volume, MA5/10/20 and PE/PB beneath.
// It asks only for what it draws: one code, one range, at the period chosen (a 30-year view
// is monthly bars, drawn on a canvas, not thousands of DOM nodes).
'use strict';

(() => {
  const { $, getJson, HttpError, show, number, compact, errorText, chartsReady } = Dashboard;
  const RISE = '#e03131';   // A-share convention: red is a rise
  const FALL = '#2f9e44';   // and green a fall
  const MA_COLOURS = { 5: '#f08c00', 10: '#1c7ed6', 20: '#ae3ec9' };
  const CODE = /^[0-9]{6}\.(SH|SZ|BJ)$/;
  // calendar days fetched before the range, so MA20 is defined from the first bar drawn
  const LOOKBACK_DAYS = { daily: 45, weekly: 170, monthly: 700 };
  const EARLIEST = '1990-01-01';

  const state = { code: null, period: 'daily', adj: '', start: null, end: null, latest: null };
  let chart;
  let drawing = 0;
  let searchAbort;
  let searchTimer;
  let firstChartPending = true;

  // ---- dates, as ISO strings in UTC so no time zone shifts a trading day
  const iso = (date) => date.toISOString().slice(0, 10);
  const parse = (text) => new Date(text + 'T00:00:00Z');
  const minusDays = (text, days) => iso(new Date(parse(text).getTime() - days * 86400000));
  function minusMonths(text, months) {
    const date = parse(text);
    date.setUTCMonth(date.getUTCMonth() - months);
    return iso(date);
  }
  /** Daily up to ~4 years, weekly up to ~15, monthly beyond: a few hundred candles at most. */
  function periodFor(start, end) {
    const years = (parse(end) - parse(start)) / (365.25 * 86400000);
    return years <= 4 ? 'daily' : years <= 15 ? 'weekly' : 'monthly';
  }

  function note(text, isError = false) {
    $('stock-note').textContent = text;
    $('stock-note').classList.toggle('error', isError);
  }

  // ---- looking a stock up
  async function suggest() {
    const text = $('search').value.trim();
    if (!text) return hideSuggestions();
    searchAbort?.abort();
    searchAbort = new AbortController();
    try {
      const found = await getJson('/api/v1/stocks/search?limit=10&q=' + encodeURIComponent(text),
        { signal: searchAbort.signal });
      showSuggestions(found.items);
    } catch (error) {
      if (error.name !== 'AbortError') note(errorText(error), true);
    }
  }

  function showSuggestions(stocks) {
    const items = stocks.map((stock) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'option');
      button.textContent = stock.third_code + '  ' + stock.name;
      button.addEventListener('click', () => openStock(stock.third_code));
      item.append(button);
      return item;
    });
    $('suggestions').replaceChildren(...items);
    $('suggestions').hidden = items.length === 0;
  }

  function hideSuggestions() {
    clearTimeout(searchTimer);
    searchAbort?.abort();
    $('suggestions').hidden = true;
  }

  async function lookUp(event) {
    event.preventDefault();
    const text = $('search').value.trim();
    if (!text) return;
    if (CODE.test(text.toUpperCase())) return openStock(text.toUpperCase());
    try {
      const found = await getJson('/api/v1/stocks/search?limit=1&q=' + encodeURIComponent(text));
      if (found.items.length) openStock(found.items[0].third_code);
      else note('未找到 no stock matches “' + text + '”', true);
    } catch (error) {
      note(errorText(error), true);
    }
  }

  /** Opens a stock on its last year of bars, or on the range already set (a shared link). */
  async function openStock(code, keepRange = false) {
    hideSuggestions();
    show('stock');
    state.code = code;
    $('search').value = code;
    $('stock-name').textContent = '';
    $('stock-code').textContent = code;
    $('stock-meta').textContent = '';
    // both answer 200 whether or not the code is stored (bars often arrive before the stock
    // list), so a missing stock or missing bars is a state to show, never a failed request
    const [stocks, latest] = await Promise.allSettled([
      getJson('/api/v1/stocks?third_codes=' + code),
      getJson('/api/v1/quotes/daily/' + code + '/latest-trade-date')]);
    if (state.code !== code) return;
    const s = stocks.status === 'fulfilled' ? stocks.value.items[0] : undefined;
    if (s) {
      $('stock-name').textContent = s.name;
      $('stock-meta').textContent = [s.industry, s.market, s.list_date && '上市 listed ' + s.list_date]
        .filter(Boolean).join(' · ');
    } else if (stocks.status === 'fulfilled') {
      $('stock-name').textContent = '名称未知 name unknown';
    }
    state.latest = latest.status === 'fulfilled' ? latest.value.latest_trade_date : null;
    if (!keepRange || !state.end) state.end = state.latest || iso(new Date());
    if (!keepRange || !state.start) state.start = minusMonths(state.end, 12);
    if (!keepRange) state.period = periodFor(state.start, state.end);
    const failed = [stocks, latest].find((answer) => answer.status === 'rejected');
    if (failed) note(errorText(failed.reason), true);
    else if (!state.latest && !s) note('未找到 no stock and no bars are stored for ' + code, true);
    else if (!state.latest) note('没有日线数据 no bars stored for ' + code, true);
    await draw();
  }

  // ---- fetching and drawing
  async function barsOf(period, query) {
    try {
      return { period, bars: (await getJson('/api/v1/quotes/' + period + '/' + state.code + query)).items };
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 404 || period === 'daily') throw error;
      // weekly/monthly endpoints arrive with API v1.1; until then, say so and draw daily bars
      const daily = await getJson('/api/v1/quotes/daily/' + state.code + query);
      return { period: 'daily', bars: daily.items, fallback: true };
    }
  }

  async function draw() {
    if (!state.code) return;
    const mine = ++drawing;
    const { code, period, adj, start, end } = state;
    syncControls();
    $('kline').setAttribute('aria-busy', 'true');
    try {
      const query = '?start=' + minusDays(start, LOOKBACK_DAYS[period]) + '&end=' + end + (adj ? '&adj=' + adj : '');
      const [prices, valuation] = await Promise.all([barsOf(period, query),
        getJson('/api/v1/quotes/valuation/' + code + '?start=' + start + '&end=' + end)]);
      await chartsReady;
      if (mine !== drawing) return;
      render(prices.bars, valuation.items);
      if (prices.fallback) note('周/月线接口尚未提供，显示日线 weekly/monthly bars are not served here yet: showing daily bars');
      else if (state.latest) note('');
    } catch (error) {
      if (mine === drawing) note(errorText(error), true);
    } finally {
      if (mine === drawing) $('kline').setAttribute('aria-busy', 'false');
    }
  }

  function movingAverage(closes, days) {
    let sum = 0;
    let missing = 0;
    return closes.map((close, i) => {
      sum += close ?? 0;
      missing += close === null || close === undefined ? 1 : 0;
      if (i >= days) {
        sum -= closes[i - days] ?? 0;
        missing -= closes[i - days] === null || closes[i - days] === undefined ? 1 : 0;
      }
      return i >= days - 1 && missing === 0 ? +(sum / days).toFixed(4) : '-';
    });
  }

  function render(allBars, valuationRows) {
    const first = allBars.findIndex((bar) => bar.trade_date >= state.start);
    const bars = first < 0 ? [] : allBars.slice(first);
    const averages = Object.fromEntries(Object.keys(MA_COLOURS).map((days) =>
      [days, movingAverage(allBars.map((bar) => bar.close), Number(days)).slice(Math.max(first, 0))]));
    const valuation = new Map(valuationRows.map((row) => [row.trade_date, row]));
    const dash = (value) => (value === null || value === undefined ? '-' : value);
    const rises = (bar) => bar.close >= bar.open;

    chart = chart || echarts.init($('kline'));
    if (bars.length && firstChartPending) {
      // when the first candles are on screen: docs/BENCHMARKS.md reads this mark
      firstChartPending = false;
      chart.on('finished', function marked() {
        chart.off('finished', marked);
        performance.mark('first-chart');
      });
    }
    const axes = [0, 1, 2].map((grid) => ({
      type: 'category', gridIndex: grid, data: bars.map((bar) => bar.trade_date), boundaryGap: true,
      axisLabel: { show: grid === 2 }, axisTick: { show: grid === 2 }, axisPointer: { label: { show: grid === 2 } },
    }));
    chart.setOption({
      animation: false,
      legend: { top: 0, data: ['K线 K', 'MA5', 'MA10', 'MA20', '市盈率 PE', '市净率 PB'] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'cross' }, formatter: (params) => tooltip(bars, valuation, params) },
      axisPointer: { link: [{ xAxisIndex: 'all' }] },
      grid: [{ left: 60, right: 60, top: 30, height: '50%' }, { left: 60, right: 60, top: '61%', height: '12%' },
        { left: 60, right: 60, top: '76%', height: '12%' }],
      xAxis: axes,
      yAxis: [
        { scale: true, gridIndex: 0, splitArea: { show: true } },
        { gridIndex: 1, splitNumber: 2, axisLabel: { formatter: compact }, name: '成交量 Vol', nameGap: 5 },
        { gridIndex: 2, scale: true, splitNumber: 2, name: 'PE', nameGap: 5 },
        { gridIndex: 2, scale: true, splitNumber: 2, name: 'PB', nameGap: 5, position: 'right' },
      ],
      dataZoom: [{ type: 'inside', xAxisIndex: [0, 1, 2] }, { type: 'slider', xAxisIndex: [0, 1, 2], bottom: 8, height: 20 }],
      series: [
        { name: 'K线 K', type: 'candlestick', data: bars.map((b) => [dash(b.open), dash(b.close), dash(b.low), dash(b.high)]),
          itemStyle: { color: RISE, color0: FALL, borderColor: RISE, borderColor0: FALL } },
        ...Object.entries(averages).map(([days, values]) => ({
          name: 'MA' + days, type: 'line', data: values, showSymbol: false, lineStyle: { width: 1 }, color: MA_COLOURS[days] })),
        { name: '成交量 Vol', type: 'bar', xAxisIndex: 1, yAxisIndex: 1,
          data: bars.map((b) => ({ value: dash(b.vol), itemStyle: { color: rises(b) ? RISE : FALL } })) },
        { name: '市盈率 PE', type: 'line', xAxisIndex: 2, yAxisIndex: 2, showSymbol: false, connectNulls: true,
          data: bars.map((b) => dash(valuation.get(b.trade_date)?.pe)) },
        { name: '市净率 PB', type: 'line', xAxisIndex: 2, yAxisIndex: 3, showSymbol: false, connectNulls: true,
          data: bars.map((b) => dash(valuation.get(b.trade_date)?.pb)) },
      ],
    }, true);
    $('kline').dataset.candles = String(bars.length);
  }

  function tooltip(bars, valuation, params) {
    const bar = bars[params[0]?.dataIndex];
    if (!bar) return '';
    const row = valuation.get(bar.trade_date) || {};
    const sign = bar.pct_chg > 0 ? RISE : bar.pct_chg < 0 ? FALL : 'inherit';
    const ma = params.filter((p) => p.seriesName.startsWith('MA'))
      .map((p) => p.seriesName + ' ' + number(p.value === '-' ? null : p.value));
    const lines = [
      '<b>' + escape(bar.trade_date) + '</b>',
      '开 open ' + number(bar.open) + ' · 收 close ' + number(bar.close),
      '高 high ' + number(bar.high) + ' · 低 low ' + number(bar.low),
      '<span style="color:' + sign + '">涨跌 change ' + number(bar.pct_chg) + '%</span>',
      '量 vol ' + compact(bar.vol) + ' · 额 amount ' + compact(bar.amount),
      escape(ma.join(' · ')),
      'PE ' + number(row.pe) + ' · PB ' + number(row.pb),
    ];
    return lines.join('<br>');
  }

  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');

  // ---- controls and the shareable address
  function syncControls() {
    for (const [group, value] of [['period', state.period], ['adj', state.adj]]) {
      for (const button of $(group).querySelectorAll('button')) {
        button.setAttribute('aria-pressed', String(button.dataset.value === value));
      }
    }
    $('start').value = state.start || '';
    $('end').value = state.end || '';
    const query = new URLSearchParams({ code: state.code });
    if (state.period !== 'daily') query.set('period', state.period);
    if (state.adj) query.set('adj', state.adj);
    query.set('start', state.start);
    query.set('end', state.end);
    history.replaceState(null, '', '/dashboard?' + query);
  }

  function setUpControls() {
    $('search-form').addEventListener('submit', lookUp);
    $('search').addEventListener('input', () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(suggest, 200);
    });
    $('search').addEventListener('keydown', (event) => { if (event.key === 'Escape') hideSuggestions(); });
    $('period').addEventListener('click', (event) => {
      if (event.target.dataset.value === undefined) return;
      state.period = event.target.dataset.value;
      draw();
    });
    $('adj').addEventListener('click', (event) => {
      if (event.target.dataset.value === undefined) return;
      state.adj = event.target.dataset.value;
      draw();
    });
    $('range').addEventListener('click', (event) => {
      const months = event.target.dataset.months;
      if (!months) return;
      state.end = state.latest || state.end;
      state.start = months === 'all' ? EARLIEST : minusMonths(state.end, Number(months));
      state.period = periodFor(state.start, state.end);
      draw();
    });
    for (const id of ['start', 'end']) {
      $(id).addEventListener('change', () => {
        if (!$(id).value) return;
        state[id] = $(id).value;
        if (state.start > state.end) return note('起始日期晚于结束日期 the start is after the end', true);
        draw();
      });
    }
    document.addEventListener('panel-shown', (event) => { if (event.detail === 'stock') chart?.resize(); });
    window.addEventListener('resize', () => chart?.resize());
  }

  function start() {
    setUpControls();
    const query = new URLSearchParams(location.search);
    const code = (query.get('code') || '').toUpperCase();
    if (!CODE.test(code)) return;
    state.period = ['daily', 'weekly', 'monthly'].includes(query.get('period')) ? query.get('period') : 'daily';
    state.adj = ['qfq', 'hfq'].includes(query.get('adj')) ? query.get('adj') : '';
    const date = /^\d{4}-\d{2}-\d{2}$/;
    state.start = date.test(query.get('start')) ? query.get('start') : null;
    state.end = date.test(query.get('end')) ? query.get('end') : null;
    openStock(code, true);
  }

  start();
})();
