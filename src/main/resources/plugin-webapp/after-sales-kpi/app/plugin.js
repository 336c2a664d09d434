/*
 * The "After-sales" Cockpit plugin: the figures a service manager (客服主管) steers by.
 * Plain DOM and CSS bars, no framework. The figures come from the plugin's resource
 * (com.aftersales.kpi.KpiResource), which answers only managers, team leads and administrators;
 * for anyone else the views stay empty.
 */
import uPlot from './vendor/uPlot.esm.js';

const PLUGIN = 'after-sales-kpi';
const CASE_PROCESS = 'after-sales-case';
const PERIODS = [['today', 'Today 今天'], ['7d', '7 days 近7天'], ['30d', '30 days 近30天']];

/*
 * Codes are shown by their labels from the application's label catalogue (messages/labels.properties), which every
 * report carries (report.labels: type -> code -> "中文 English"); a code without a label is shown as it is.
 */
function labeller(labels, type) {
  const known = (labels || {})[type] || {};
  return (code, none) => code == null ? none : (known[code] || code);
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value != null) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => {
    if (child != null) {
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

function percent(share) {
  return share == null ? '–' : `${Math.round(share * 1000) / 10} %`;
}

function duration(seconds) {
  if (seconds < 3600) {
    return `${Math.round(seconds / 60)} min`;
  }
  if (seconds < 48 * 3600) {
    return `${Math.round(seconds / 360) / 10} h`;
  }
  return `${Math.round(seconds / 8640) / 10} d`;
}

function yuan(amount) {
  return `¥${Number(amount).toFixed(2)}`;
}

/** Where Cockpit lists the matching running instances: the definition's page with its instance search. */
function href(link) {
  return `#/process-definition/${link.processDefinitionId}/runtime?searchQuery=${encodeURIComponent(JSON.stringify(link.search))}`;
}

/** A count that links to its instances; with instances in several versions, one link per version. */
function figure(kpi, cases, links) {
  const number = links && links.length === 1
    ? el('a', {href: href(links[0]), 'data-kpi': kpi, title: 'Show these cases 查看实例'}, cases)
    : el('span', {'data-kpi': kpi}, cases);
  const versions = links && links.length > 1
    ? el('span', {class: 'aftersales-versions'}, links.map(link =>
      el('a', {href: href(link), title: `version ${link.version}`}, `v${link.version}: ${link.cases}`)))
    : null;
  return el('span', {}, number, versions);
}

function bar(value, max) {
  const width = max > 0 ? Math.round(100 * value / max) : 0;
  return el('div', {class: 'aftersales-bar'}, el('div', {style: `width: ${width}%`}));
}

function table(heads, rows, empty) {
  if (!rows.length) {
    return el('p', {class: 'aftersales-empty'}, empty || 'None 无');
  }
  return el('table', {class: 'cam-table aftersales-table'},
    el('thead', {}, el('tr', {}, heads.map(head => el('th', {}, head)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell => el('td', {}, cell))))));
}

function section(title, hint, ...content) {
  return el('section', {class: 'aftersales-section'}, el('h4', {title: hint}, title), content);
}

function tile(kpi, title, value, detail) {
  return el('div', {class: 'aftersales-tile'},
    el('div', {class: 'aftersales-tile-title'}, title),
    el('div', {class: 'aftersales-tile-value', 'data-kpi': kpi}, value),
    el('div', {class: 'aftersales-tile-detail'}, detail));
}

function counts(kpiPrefix, list, none, label) {
  const max = Math.max(0, ...list.map(item => item.cases));
  return table(['', 'cases 件', ''], list.map(item =>
    [label(item.value, none), el('span', {'data-kpi': `${kpiPrefix}-${item.value || 'NONE'}`}, item.cases), bar(item.cases, max)]));
}

function render(report) {
  const open = report.openByStep;
  const maxOpen = Math.max(0, ...open.map(step => step.cases));
  const ex = report.exchangeRate;
  const disputes = report.disputes;
  const satisfaction = report.satisfaction;
  const refunds = report.refunds;
  const step = labeller(report.labels, 'Step');
  const issueType = labeller(report.labels, 'IssueType');
  return el('div', {class: 'aftersales-report'},
    el('div', {class: 'aftersales-tiles'},
      tile('open-cases', 'Open cases 进行中', report.openCases, `${report.pastDeadline.reduce((n, d) => n + d.cases, 0)} past a deadline 已超时`),
      tile('closed-cases', 'Closed 已结案', report.closed.cases, 'in the period 本期'),
      tile('exchange-rate', 'Exchange rate 换货率', percent(ex.rate), `${ex.exchanges} exchanges of ${ex.exchanges + ex.returns} returns`),
      tile('dispute-rate', 'Dispute rate 纠纷率', percent(disputes.rate), `${disputes.disputes} of ${disputes.closedCases} closed`),
      tile('satisfied-share', 'Satisfied 满意率', percent(satisfaction.shareSatisfied),
        satisfaction.averageScore == null ? 'no scores yet' : `average score ${satisfaction.averageScore.toFixed(2)} / 5`),
      tile('refunds-paid', 'Refunds paid 已退款', refunds.paid, yuan(refunds.amount))),
    el('div', {class: 'aftersales-columns'},
      section('Open cases by step 各步骤进行中', 'Running cases, each at the latest step it waits at',
        table(['step 步骤', 'cases 件', ''], open.map(row =>
          [step(row.step), figure(`open-${row.step}`, row.cases, row.links), bar(row.cases, maxOpen)]), 'No open cases 无')),
      section('Past a deadline now 当前超时', 'Open cases still waiting where a deadline has run out',
        table(['deadline 时限', 'cases 件'], report.pastDeadline.map(deadline =>
          [deadline.name, figure(`past-${deadline.deadline}`, deadline.cases, deadline.links)]))),
      section('Resolution mix 解决方式', 'Cases closed in the period by resolution',
        counts('resolution', report.closed.byResolution, 'none 无', labeller(report.labels, 'Resolution'))),
      section('Outcomes 结案结果', 'Cases closed in the period by outcome',
        counts('outcome', report.closed.byOutcome, 'none 无', labeller(report.labels, 'Outcome'))),
      section('Disputes 争议', 'Closed cases that went through the dispute path, and the platform verdicts',
        table(['', ''], [
          ['Seller liable 卖家责任', el('span', {'data-kpi': 'seller-liable'}, disputes.sellerLiable)],
          ['Buyer liable 买家责任', el('span', {'data-kpi': 'buyer-liable'}, disputes.buyerLiable)],
          ['Penalties recorded 处罚', el('span', {'data-kpi': 'penalties'}, disputes.penalties)],
          ['Refunds the verdicts ordered 判罚退款', el('span', {'data-kpi': 'penalty-refunds'}, yuan(disputes.penaltyRefunds))]])),
      section('Time to close 处理时长', 'From the inquiry to the close, cases closed in the period',
        table(['issue type 问题类型', 'cases 件', 'median 中位数', '90th pct. 90%'], report.timeToClose.map(row =>
          [issueType(row.issueType, 'not classified 未分类'), row.cases,
            el('span', {'data-kpi': `median-${row.issueType || 'NONE'}`}, duration(row.medianSeconds)),
            el('span', {'data-kpi': `p90-${row.issueType || 'NONE'}`}, duration(row.p90Seconds))]))),
      section('Satisfaction 满意度', 'Follow-up answers of cases closed in the period',
        table(['', ''], [
          ['Answered 回访', satisfaction.answered],
          ['Satisfied 满意', el('span', {'data-kpi': 'satisfied'}, satisfaction.satisfied)],
          ['Average score 平均分', el('span', {'data-kpi': 'average-score'},
            satisfaction.averageScore == null ? '–' : satisfaction.averageScore.toFixed(2))],
          ['Negative reviews revised 差评修改', el('span', {'data-kpi': 'reviews-revised'},
            `${satisfaction.reviewsRevised} of ${satisfaction.reviewsClosed}`)]])),
      section('Refunds 退款', 'Paid in the period; stuck now in an incident for finance',
        table(['', ''], [
          ['Paid 已退款', el('span', {'data-kpi': 'refunds-count'}, refunds.paid)],
          ['Amount 金额', el('span', {'data-kpi': 'refunds-amount'}, yuan(refunds.amount))],
          ['In incidents 异常', figure('refunds-incidents', refunds.inIncidents, refunds.incidentLinks)]])),
      section('Remedies given 补偿发放', 'Paid or issued in the period, by kind, with what they cost',
        table(['kind 类型', 'given 次', 'amount 金额'], report.remedies.map(remedy =>
          [labeller(report.labels, 'RemedyKind')(remedy.kind), el('span', {'data-kpi': `remedies-${remedy.kind}`}, remedy.given),
            el('span', {'data-kpi': `remedies-amount-${remedy.kind}`}, yuan(remedy.amount))]), 'None 无')),
      section('Logistics contacts 物流与发货', 'Closed in the period by type; urges to ship; orders kept (挽单)',
        counts('logistics', report.logistics.contacts, 'none 无', labeller(report.labels, 'IssueType')),
        table(['', ''], [
          ['Orders urged 催发货订单', el('span', {'data-kpi': 'orders-urged'}, report.logistics.ordersUrged)],
          ['Urges 催发货次数', el('span', {'data-kpi': 'urges'}, report.logistics.urges)],
          ['Urged more than once 多次催发货', el('span', {'data-kpi': 'orders-urged-again'}, report.logistics.ordersUrgedAgain)],
          ['Orders kept 挽单成功', el('span', {'data-kpi': 'orders-kept'},
            `${report.logistics.kept} of ${report.logistics.keepAttempts} · ${percent(report.logistics.keepRate)}`)]])),
      section('Buyer tiers 买家等级', 'Open cases now; cases closed in the period',
        el('div', {}, el('h5', {}, 'Open 进行中'), counts('tier-open', report.tiers.open, 'not known 未知', labeller(report.labels, 'CustomerTier')),
          el('h5', {}, 'Closed 已结案'), counts('tier-closed', report.tiers.closed, 'not known 未知', labeller(report.labels, 'CustomerTier')))),
      section('Deadlines run out 超时次数', 'Deadlines whose timers fired in the period',
        table(['deadline 时限', 'times 次'], report.breaches.map(deadline =>
          [deadline.name, el('span', {'data-kpi': `breach-${deadline.deadline}`}, deadline.cases)]))),
      section('Cases per agent 客服工作量', 'Open now; closed and deadlines run out in the period',
        table(['agent 客服', 'open 进行中', 'closed 已结案', 'deadlines run out 超时'], report.agents.map(agent =>
          [agent.agent || 'team queue 团队待办', figure(`agent-open-${agent.agent || 'NONE'}`, agent.open, agent.links),
            el('span', {'data-kpi': `agent-closed-${agent.agent || 'NONE'}`}, agent.closed),
            el('span', {'data-kpi': `agent-breaches-${agent.agent || 'NONE'}`}, agent.breaches)])))));
}

/**
 * The engine's name. Cockpit 7.24 hands diagram plugins the page's address as {@code api.engine}, so
 * the name is read from the address where it is not a plain name, as Cockpit itself reads it.
 */
function engineOf(api) {
  if (/^[\w-]+$/.test(api.engine || '')) {
    return api.engine;
  }
  const match = window.location.pathname.match(/\/app\/cockpit\/([\w-]+)/);
  return match ? match[1] : 'default';
}

/** The address of a path of the plugin's resource, for this engine (requests and download links). */
function pluginUrl(api, path) {
  return `${api.cockpitApi || '/camunda/api/cockpit'}/plugin/${PLUGIN}/${engineOf(api)}/${path}`
    .replace(/([^:])\/\/+/g, '$1/');
}

function request(api, path) {
  return fetch(pluginUrl(api, path), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken}
  });
}

/**
 * A part of the view that loads on its own: its place is kept in the page's order and filled when its figures
 * arrive; it stays empty when they cannot be read.
 */
function loadedLater(api, path, build) {
  const place = el('div', {});
  request(api, path)
    .then(response => response.ok ? response.json() : null)
    .then(data => data && place.replaceChildren(build(data)));
  return place;
}

/** Parcels marked shipped that the carrier has not picked up in time: a fake-shipment complaint waiting to happen. */
function notPickedUp(shipments) {
  return section('Shipped, not picked up 已发货未揽收', 'Tracking number uploaded, no carrier scan since: 虚假发货 risk',
    el('p', {}, 'Parcels 件数 ', el('span', {'data-kpi': 'not-picked-up'}, shipments.length)),
    table(['order 订单', 'carrier 快递', 'tracking 运单号', 'shipped 发货时间'], shipments.map(shipment =>
      [shipment.orderId, shipment.carrier, shipment.trackingNumber, new Date(shipment.shippedAt).toLocaleString()]),
      'None 无'));
}

const REGISTER_KINDS = {LOST: 'Lost parcels 丢件', MISSING_ITEM: 'Missing items 漏发', WRONG_ITEM: 'Wrong items 错发'};

/**
 * This month's lost parcels and mis-shipments (DOMAIN.md, "Records"): counts and amounts per kind, lost parcels per
 * carrier for the claim, and the register as CSV.
 */
function shippingRegister(register, api) {
  const csv = el('a', {class: 'btn btn-default btn-sm', 'data-register-csv': '', download: '',
    href: pluginUrl(api, `shipping-register.csv?month=${register.month}`)},
    'Register as CSV 导出台账');
  return section(`Lost parcels and mis-shipments 丢件与错漏发 · ${register.month}`,
    'Registered this month: for the carrier claim and the warehouse',
    table(['kind 类型', 'count 件', 'amount 金额'], register.totals.map(total =>
      [REGISTER_KINDS[total.key] || total.key, el('span', {'data-kpi': `register-${total.key}`}, total.count), yuan(total.amount)]),
      'None this month 本月无'),
    table(['carrier 快递', 'lost 丢件', 'amount 金额'], register.lostByCarrier.map(total =>
      [total.key, el('span', {'data-kpi': `lost-${total.key}`}, total.count), yuan(total.amount)]), 'No lost parcels 无丢件'),
    csv);
}

/**
 * Messages that did not reach people: how many wait, how many the relay gave up on, and the latest of those with
 * why. A manager sends one again with POST /api/messages/{id}/resend.
 */
function undelivered(messages, labels) {
  const audience = labeller(labels, 'Audience');
  return section('Messages not delivered 未送达消息',
    'The outbox relay gave up on these after its attempts; send one again with POST /api/messages/{id}/resend',
    el('p', {},
      'Pending 待发送 ', el('span', {'data-kpi': 'messages-pending'}, messages.pending),
      ' · Failed 发送失败 ', el('span', {'data-kpi': 'messages-failed'}, messages.failed)),
    table(['message 消息', 'case 案件', 'to 接收人', 'attempts 次数', 'last error 错误'],
      messages.latestFailed.map(message => [
        el('span', {'data-failed-message': message.id}, `#${message.id} ${message.phrase}`), message.caseId,
        `${audience(message.audience)} ${message.recipient}`, message.attempts, message.lastError || '']),
      'None 无'));
}

/** The view: a period chooser and the figures, for all cases or for one definition's. */
function mount(node, api, processDefinitionId) {
  const root = el('div', {class: 'aftersales-kpi', 'data-plugin': PLUGIN});
  const periods = el('div', {class: 'btn-group aftersales-periods'});
  const body = el('div', {class: 'aftersales-body'}, 'Loading… 加载中');
  let current = '7d';

  function load() {
    periods.querySelectorAll('button').forEach(button =>
      button.classList.toggle('active', button.getAttribute('data-period') === current));
    const query = `period=${current}` + (processDefinitionId ? `&processDefinitionId=${encodeURIComponent(processDefinitionId)}` : '');
    request(api, `kpis?${query}`)
      .then(response => {
        if (response.status === 403) {
          node.innerHTML = '';
          return null;
        }
        if (!response.ok) {
          throw new Error(`HTTP ${response.status}`);
        }
        return response.json();
      })
      .then(report => {
        if (report) {
          body.replaceChildren(render(report));
          root.setAttribute('data-loaded-period', report.scope.period);
          if (!processDefinitionId) {
            body.append(
              loadedLater(api, 'undelivered-messages', messages => undelivered(messages, report.labels)),
              loadedLater(api, 'shipments-not-picked-up', notPickedUp),
              loadedLater(api, 'shipping-register', register => shippingRegister(register, api)));
          }
        }
      })
      .catch(error => body.replaceChildren(el('p', {class: 'aftersales-error'}, `The figures could not be loaded: ${error.message}`)));
  }

  PERIODS.forEach(([code, text]) => {
    const button = el('button', {type: 'button', class: 'btn btn-default btn-sm', 'data-period': code}, text);
    button.addEventListener('click', () => {
      current = code;
      load();
    });
    periods.appendChild(button);
  });
  root.append(el('div', {class: 'aftersales-header'},
    el('h3', {}, processDefinitionId ? 'After-sales KPIs of this version 本版本售后指标' : 'After-sales 售后服务'), periods), body);
  node.replaceChildren(root);
  load();
}

/*
 * Trends: daily series over 30 or 90 days (days in the shop's zone), drawn with uPlot (vendor/, MIT, bundled: no
 * CDN), and the period's cases as CSV.
 */
const TREND_DAYS = [['30', '30 days 近30天'], ['90', '90 days 近90天']];
const TREND_CHARTS = [
  ['cases', 'Cases opened and closed 新建与结案', [['opened', 'opened 新建', '#1f77b4'], ['closed', 'closed 结案', '#2ca02c'],
    ['breaches', 'deadline breaches 超时', '#d62728']]],
  ['rates', 'Exchange rate and satisfied buyers 换货率与满意率', [['exchangeRate', 'exchange rate 换货率', '#9467bd'],
    ['satisfied', 'satisfied 满意', '#ff7f0e']]],
  ['refunds', 'Refunds paid (yuan) 已退款金额', [['refundsPaid', 'refunds paid 已退款', '#8c564b']]]
];

function ensureChartStyles() {
  if (!document.querySelector('link[data-aftersales-uplot]')) {
    document.head.appendChild(el('link', {rel: 'stylesheet', 'data-aftersales-uplot': '',
      href: new URL('./vendor/uPlot.min.css', import.meta.url).href}));
  }
}

function chart(days, [id, title, series], width) {
  const x = days.map(day => Date.parse(`${day.day}T00:00:00`) / 1000);
  const data = [x, ...series.map(([key]) => days.map(day => day[key] == null ? null : Number(day[key])))];
  const holder = el('div', {class: 'aftersales-chart', 'data-chart': id});
  const plot = new uPlot({
    title, width, height: 220,
    series: [{}, ...series.map(([, label, stroke]) => ({label, stroke, width: 2, spanGaps: false}))],
    axes: [{}, {}],
    scales: {x: {time: true}}
  }, data, holder);
  holder.setAttribute('data-points', String(days.length));
  holder.plot = plot;
  return holder;
}

function mountTrends(node, api) {
  ensureChartStyles();
  const root = el('div', {class: 'aftersales-kpi aftersales-trends'});
  const chooser = el('div', {class: 'btn-group aftersales-periods'});
  const csv = el('a', {class: 'btn btn-default btn-sm', 'data-csv': '', download: ''}, 'Cases as CSV 导出案件');
  const body = el('div', {class: 'aftersales-body'}, 'Loading… 加载中');
  let current = '30';

  function load() {
    chooser.querySelectorAll('button').forEach(button =>
      button.classList.toggle('active', button.getAttribute('data-days') === current));
    csv.setAttribute('href', pluginUrl(api, `cases.csv?days=${current}`));
    request(api, `trends?days=${current}`)
      .then(response => {
        if (response.status === 403) {
          node.innerHTML = '';
          return null;
        }
        if (!response.ok) {
          throw new Error(`HTTP ${response.status}`);
        }
        return response.json();
      })
      .then(days => {
        if (days) {
          const width = Math.max(320, Math.min(900, (node.clientWidth || 900) - 20));
          body.replaceChildren(...TREND_CHARTS.map(definition => chart(days, definition, width)));
          root.setAttribute('data-loaded-days', current);
        }
      })
      .catch(error => body.replaceChildren(el('p', {class: 'aftersales-error'}, `The trends could not be loaded: ${error.message}`)));
  }

  TREND_DAYS.forEach(([days, text]) => {
    const button = el('button', {type: 'button', class: 'btn btn-default btn-sm', 'data-days': days}, text);
    button.addEventListener('click', () => {
      current = days;
      load();
    });
    chooser.appendChild(button);
  });
  root.append(el('div', {class: 'aftersales-header'}, el('h3', {}, 'Trends 趋势'), chooser, csv), body);
  node.replaceChildren(root);
  load();
}

/*
 * Cases 案件: any case by its number, open or closed, with its history - Cockpit's own instance view ends with the
 * instance ("has been completed. Redirecting…") and its history views are not in the community edition - and the
 * open cases with their step, agent and buyer, each linking to its process instance. The timeline is drawn by the
 * Tasklist plugin's module (after-sales-case/app/timeline.js), the same the agents see beside a task.
 */
function timelineModule(api) {
  return import(`${api.tasklistApi || '/camunda/api/tasklist'}/plugin/after-sales-case/static/app/timeline.js`
    .replace(/([^:])\/\/+/g, '$1/'));
}

function mountCases(node, api) {
  const input = el('input', {type: 'search', class: 'form-control input-sm', 'data-case-lookup': '',
    placeholder: 'Case number 案件号', 'aria-label': 'Case number 案件号'});
  const lookup = el('form', {class: 'form-inline aftersales-case-lookup'}, input,
    el('button', {type: 'submit', class: 'btn btn-default btn-sm'}, 'Open 查看'));
  const shown = el('div', {class: 'aftersales-case-shown'});
  const open = el('div', {class: 'aftersales-body'}, 'Loading… 加载中');
  const root = el('div', {class: 'aftersales-kpi aftersales-cases'},
    el('div', {class: 'aftersales-header'}, el('h3', {}, 'Cases 案件'), lookup), shown,
    el('h4', {}, 'Open cases 进行中的案件'), open);

  function show(caseId) {
    shown.replaceChildren(el('p', {class: 'aftersales-empty'}, 'Loading… 加载中'));
    Promise.all([timelineModule(api), request(api, `cases/${encodeURIComponent(caseId)}/timeline`)])
      .then(([module, response]) => response.ok ? response.json().then(t => shown.replaceChildren(module.timeline(t)))
        : shown.replaceChildren(el('p', {class: 'aftersales-error', 'data-no-case': caseId},
          response.status === 404 ? `No case ${caseId} 无此案件` : `HTTP ${response.status}`)))
      .catch(error => shown.replaceChildren(el('p', {class: 'aftersales-error'}, `The case could not be loaded: ${error.message}`)));
  }

  lookup.addEventListener('submit', event => {
    event.preventDefault();
    if (input.value.trim()) {
      show(input.value.trim());
    }
  });

  Promise.all([timelineModule(api), request(api, 'open-cases')])
    .then(([module, response]) => {
      if (response.status === 403) {
        node.innerHTML = '';
        return;
      }
      return response.json().then(({zone, cases}) => open.replaceChildren(cases.length === 0
        ? el('p', {class: 'aftersales-empty'}, 'None 无')
        : el('table', {class: 'table table-condensed aftersales-table aftersales-open-cases'},
          el('thead', {}, el('tr', {}, ['Case 案件', 'Step 步骤', 'Agent 客服', 'Buyer 买家', 'Order 订单', 'Opened 创建', '']
            .map(head => el('th', {}, head)))),
          el('tbody', {}, cases.map(c => {
            const caseLink = el('a', {href: '', 'data-open-case': c.caseId}, c.caseId);
            caseLink.addEventListener('click', event => {
              event.preventDefault();
              input.value = c.caseId;
              show(c.caseId);
            });
            return el('tr', {'data-case': c.caseId}, [caseLink, el('span', {'data-step': c.step}, c.stepLabel),
              c.agent ? `${c.agentName} (${c.agent})` : '–', c.buyerId, c.orderId || '–', module.when(c.createdAt, zone),
              el('a', {href: `#/process-instance/${c.processInstanceId}/runtime`, 'data-instance': c.processInstanceId},
                'Instance 流程实例')].map(cell => el('td', {}, cell)));
          })))));
    })
    .catch(error => open.replaceChildren(el('p', {class: 'aftersales-error'}, `The cases could not be loaded: ${error.message}`)));

  node.replaceChildren(root);
}

export default [
  {
    id: 'after-sales-cases',
    pluginPoint: 'cockpit.dashboard',
    priority: 21,
    render: (node, {api}) => mountCases(node, api)
  },
  {
    id: 'after-sales-kpi-trends',
    pluginPoint: 'cockpit.dashboard',
    priority: 19,
    render: (node, {api}) => mountTrends(node, api)
  },
  {
    id: 'after-sales-kpi-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, {api}) => mount(node, api, null)
  },
  {
    id: 'after-sales-kpi-tab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 0,
    properties: {label: 'After-sales KPIs 售后指标'},
    render: (node, {api, processDefinitionId}) => {
      fetch(`${api.engineApi}/process-definition/${processDefinitionId}`.replace(/([^:])\/\/+/g, '$1/'),
        {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(response => response.json())
        .then(definition => definition.key === CASE_PROCESS
          ? mount(node, api, processDefinitionId)
          : node.replaceChildren(el('p', {class: 'aftersales-empty'}, `After-sales KPIs are kept for ${CASE_PROCESS} only.`)));
    }
  },
  {
    id: 'after-sales-kpi-overdue-overlay',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 20,
    render: (viewer, {api, processDefinitionId}) => {
      request(api, `waiting-past-deadline?processDefinitionId=${encodeURIComponent(processDefinitionId)}`)
        .then(response => response.ok ? response.json() : {})
        .then(waiting => {
          const overlays = viewer.get('overlays');
          const registry = viewer.get('elementRegistry');
          Object.entries(waiting).forEach(([taskId, cases]) => {
            if (registry.get(taskId)) {
              overlays.add(taskId, 'after-sales-overdue', {
                position: {top: -10, right: 10},
                html: `<span class="badge aftersales-overdue" data-overdue="${taskId}" `
                  + `title="Open cases waiting here past a deadline 超时等待">${cases}</span>`
              });
            }
          });
        })
    }
  }
];
