/*
 * After-sales: a team lead gives a task to a person by name. Tasklist's assignee field takes a user id typed by hand,
 * and shows a lead the assignee's id where the lead may not read users. For those who reassign tasks (team leads,
 * managers, administrators) this script puts "转派给 Reassign to" beside the assignee: a list of the task's candidate
 * group by full name, the assignee chosen. It asks the Tasklist plugin's resource (after-sales-case …/assignees, 404
 * for anyone else, who sees nothing) and assigns through Tasklist itself (the task header's own setAssignee), so the
 * engine checks the lead's permission and Tasklist refreshes and notifies as for a typed id.
 */
/**
 * The answers by person logged in, task and assignee shown (null: none, or still under way): one question each, however often the
 * page redraws. An answer may list a person who left the group since; the engine then refuses the assignment.
 */
var answers = {};

function pluginApi() {
  var match = window.location.pathname.match(/^(.*)\/app\/tasklist\/([^/]+)/);
  return match ? match[1] + '/api/tasklist/plugin/after-sales-case/' + match[2] : null;
}

function shownTask() {
  var hash = window.location.hash || '';
  return new URLSearchParams(hash.indexOf('?') < 0 ? '' : hash.slice(hash.indexOf('?') + 1)).get('task');
}

function option(person, chosen) {
  var item = document.createElement('option');
  item.value = person.id;
  item.textContent = person.name === person.id ? person.id : person.name + ' (' + person.id + ')';
  item.selected = chosen;
  return item;
}

function assign(anchor, userId) {
  var scope = window.angular && window.angular.element(anchor).scope();
  if (scope && typeof scope.setAssignee === 'function') {
    scope.$apply(function () { scope.setAssignee(userId); });
  }
}

function reassignment(taskId, answer) {
  var item = document.createElement('li');
  item.className = 'aftersales-reassign';
  item.setAttribute('data-task', taskId);
  var label = document.createElement('label');
  label.textContent = '转派给 Reassign to ';
  var list = document.createElement('select');
  list.className = 'form-control input-sm';
  list.setAttribute('aria-label', '转派给 Reassign to');
  var assignee = answer.assignee ? answer.assignee.id : null;
  if (!assignee) {
    list.appendChild(option({id: '', name: '— 选择 Choose —'}, true));
  }
  var people = answer.candidates.slice();
  if (answer.assignee && !people.some(function (person) { return person.id === assignee; })) {
    people.unshift(answer.assignee);
  }
  people.forEach(function (person) { list.appendChild(option(person, person.id === assignee)); });
  list.addEventListener('change', function () {
    if (list.value && list.value !== assignee) {
      assign(item, list.value);
    }
  });
  label.appendChild(list);
  item.appendChild(label);
  return item;
}

function show(taskId, key, answer) {
  var current = document.querySelector('.task-details li.assignee');
  if (!answer || shownTask() !== taskId || !current) {
    return; // not someone who reassigns (404), or the person has moved on
  }
  var old = document.querySelector('.task-details li.aftersales-reassign');
  if (old) {
    old.remove();
  }
  var item = reassignment(taskId, answer);
  item.setAttribute('data-key', key);
  current.parentNode.insertBefore(item, current.nextSibling);
}

function offerNames() {
  var taskId = shownTask();
  var header = document.querySelector('.task-details li.assignee');
  if (!taskId || !header || !pluginApi()) {
    return;
  }
  var shown = document.querySelector('.task-details li.aftersales-reassign');
  // who is logged in, the task, its assignee: a new login or another assignee asks anew
  var user = document.querySelector('li.account > a');
  var key = [user ? user.textContent.trim() : '', taskId, header.textContent.trim()].join('|');
  if (shown && shown.getAttribute('data-key') === key) {
    return;
  }
  if (key in answers) {
    // asked already (the answer, none for a 404, or pending): Tasklist redrew the header, show it again
    if (answers[key]) {
      show(taskId, key, answers[key]);
    }
    return;
  }
  answers[key] = null;
  fetch(pluginApi() + '/assignees?taskId=' + encodeURIComponent(taskId),
    {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (answer) {
      answers[key] = answer;
      show(taskId, key, answer);
    }, function () { delete answers[key]; });
}

var pending = false;
new MutationObserver(function () {
  if (!pending) {
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      offerNames();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true});
