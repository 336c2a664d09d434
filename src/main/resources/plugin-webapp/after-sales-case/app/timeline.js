/*
 * A case's timeline as a table of sections (steps passed and who did them, messages and their delivery, refunds,
 * open deadlines with the time left, the buyer's other cases), built from the answer of CaseTimelines. Plain DOM.
 * Shown by the Tasklist plugin's "Case 案件" tab (plugin.js) and by Cockpit's After-sales case lookup
 * (after-sales-kpi), which imports this module from here.
 */
export function el(tag, attributes, ...children) {
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

/** A time in the shop's zone (the timeline's zone), whatever the agent's computer is set to. */
export function when(instant, zone) {
  return instant ? new Date(instant).toLocaleString('zh-CN', {hour12: false, timeZone: zone}) : '–';
}

function timeLeft(seconds) {
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(seconds);
  const text = s < 3600 ? `${Math.round(s / 60)} min` : s < 48 * 3600 ? `${Math.round(s / 360) / 10} h` : `${Math.round(s / 8640) / 10} d`;
  return seconds < 0 ? `overdue 已超时 ${text}` : `${sign}${text} left 剩余`;
}

function table(heads, rows, empty) {
  if (!rows.length) {
    return el('p', {class: 'aftersales-empty'}, empty || 'None 无');
  }
  return el('table', {class: 'table table-condensed aftersales-timeline-table'},
    el('thead', {}, el('tr', {}, heads.map(head => el('th', {}, head)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell => el('td', {}, cell))))));
}

const STATUS = {PENDING: 'Pending 待发送', DELIVERED: 'Delivered 已送达', FAILED: 'Failed 发送失败'};

export function timeline(t) {
  const label = (type, code) => (t.labels[type] || {})[code] || code;
  // a person by name, the id beside it (the id alone where the name is not known)
  const who = id => !id ? '–' : (t.people || {})[id] && t.people[id] !== id ? `${t.people[id]} (${id})` : id;
  // status and step, the step left out where it only repeats the status (a closed case's step is "closed")
  const state = c => [label('CaseStatus', c.status), label('Step', c.step)]
    .filter((text, i, both) => text && both.indexOf(text) === i).join(' / ');
  // a message by the words the buyer or the staff read (its first, Chinese line), the whole text on hover
  const said = m => el('span', {title: m.body, 'data-phrase': m.phrase},
    m.body.split('\n')[0].length > 40 ? m.body.split('\n')[0].slice(0, 40) + '…' : m.body.split('\n')[0]);
  return el('div', {class: 'aftersales-timeline', 'data-case': t.caseId},
    el('h4', {}, `Case 案件 ${t.caseId}`),
    el('p', {}, `Order 订单 ${t.orderId || '–'} · Buyer 买家 ${t.buyerId} · Agent 客服 ${who(t.agent)} · `
      + state(t)),
    el('h5', {}, 'Open deadlines 未到期时限'),
    table(['Deadline 时限', 'Due 截止', 'Time left 剩余时间'], t.openDeadlines.map(d =>
      [d.name, when(d.dueAt, t.zone), el('span', {'data-deadline-left': d.secondsLeft}, timeLeft(d.secondsLeft))])),
    el('h5', {}, 'Steps 处理步骤'),
    table(['Step 步骤', 'By 处理人', 'Started 开始', 'Ended 结束'], t.steps.map(s =>
      [s.name || s.activityId, who(s.by), when(s.startedAt, t.zone), s.endedAt ? when(s.endedAt, t.zone) : 'open 进行中'])),
    el('h5', {}, 'Messages 消息'),
    table(['Message 话术', 'To 接收方', 'Status 状态', 'Sent 创建', 'Delivered 送达'], t.messages.map(m =>
      [said(m), `${label('Audience', m.audience)} ${m.recipient || ''}`, el('span', {'data-message-status': m.status}, STATUS[m.status] || m.status),
        when(m.createdAt, t.zone), when(m.deliveredAt, t.zone)])),
    el('h5', {}, 'Refunds 退款'),
    table(['Amount 金额', 'Status 状态'], t.refunds.map(r => [`¥${Number(r.amount).toFixed(2)}`, r.status])),
    el('h5', {}, "The buyer's other cases 买家其他案件"),
    table(['Case 案件', 'Order 订单', 'Status 状态', 'Agent 客服', 'Opened 创建'], t.otherCases.map(o =>
      [o.caseId, o.orderId || '–', state(o), who(o.agent), when(o.createdAt, t.zone)])));
}

