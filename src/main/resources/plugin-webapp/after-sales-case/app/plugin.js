/*
 * The "Case 案件" tab of a task in Tasklist: the case at a glance (steps passed and who did them, messages and their
 * delivery, refunds, open deadlines with the time left, the buyer's other cases) and the agent's own availability.
 * Plain DOM, no framework. The data comes from the plugin's resource (com.aftersales.timeline.TimelineResource),
 * which answers only for a case the user may see; for anyone else the tab says so and shows nothing of the case.
 */
import {el, timeline} from './timeline.js';

const PLUGIN = 'after-sales-case';

function engineOf(api) {
  if (/^[\w-]+$/.test(api.engine || '')) {
    return api.engine;
  }
  const match = window.location.pathname.match(/\/app\/tasklist\/([\w-]+)/);
  return match ? match[1] : 'default';
}

function request(api, path, options) {
  const base = api.tasklistApi || '/camunda/api/tasklist';
  return fetch(`${base}/plugin/${PLUGIN}/${engineOf(api)}/${path}`.replace(/([^:])\/\/+/g, '$1/'), Object.assign({
    credentials: 'same-origin',
    headers: {Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken}
  }, options || {}));
}

function availability(api) {
  const box = el('div', {class: 'aftersales-availability'});
  const show = own => {
    const away = own.status === 'AWAY';
    const button = el('button', {class: 'btn btn-default btn-sm', 'data-availability': own.status},
      away ? 'I am back 我回来了' : 'Mark me away 设为离开');
    button.addEventListener('click', () => request(api, 'availability',
      {method: 'PUT', body: JSON.stringify({status: away ? 'AVAILABLE' : 'AWAY'})})
      .then(response => response.ok ? response.json() : own).then(show));
    box.replaceChildren(el('span', {}, away
      ? 'You are away: your buyers\' new cases go to the group 您已离开：新案件转给客服组 '
      : 'You are available: your buyers\' new cases come to you 您在线：买家新案件分配给您 '), button);
  };
  request(api, 'availability').then(response => response.ok ? response.json() : null)
    .then(own => own && show(own));
  return box;
}

export default [
  {
    id: 'after-sales-case-timeline',
    pluginPoint: 'tasklist.task.detail',
    priority: 5,
    properties: {label: 'Case 案件'},
    render: (node, {api, taskId}) => {
      const body = el('div', {}, el('p', {class: 'aftersales-empty'}, 'Loading 加载中…'));
      node.replaceChildren(el('div', {class: 'aftersales-case'}, availability(api), body));
      request(api, `timeline?taskId=${encodeURIComponent(taskId)}`)
        .then(response => response.ok ? response.json() : null)
        .then(t => body.replaceChildren(t ? timeline(t)
          : el('p', {class: 'aftersales-no-case'}, 'No case for you to see here 此任务无可查看的案件')));
    }
  }
];
