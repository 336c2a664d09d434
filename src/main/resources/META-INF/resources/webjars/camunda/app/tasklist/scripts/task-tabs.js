/*
 * After-sales: the next task opens on its form. Tasklist keeps the chosen detail tab in the address
 * (&detailsTab=task-detail-diagram) and every task card links with it, so an agent who looked at the Diagram once
 * got the diagram - the whole model shrunk into the panel - for every task after, and had to click back to the
 * form each time. When the address changes to another task, this script drops the tab from it: Tasklist then shows
 * its first tab, the form. A tab opened for the same task (or a link that opens a task on a tab) stays as it is.
 */
var FORM_TAB = 'task-detail-form';
var shownTask = null;

function searchOf(hash) {
  var query = hash.indexOf('?') < 0 ? '' : hash.slice(hash.indexOf('?') + 1);
  return new URLSearchParams(query);
}

function openNextTaskOnItsForm() {
  var hash = window.location.hash || '';
  var search = searchOf(hash);
  var task = search.get('task');
  var tab = search.get('detailsTab');
  if (task && shownTask && task !== shownTask && tab && tab !== FORM_TAB) {
    search.delete('detailsTab');
    shownTask = task;
    window.location.replace(hash.slice(0, hash.indexOf('?')) + '?' + search.toString());
    return;
  }
  shownTask = task;
}

window.addEventListener('hashchange', openNextTaskOnItsForm);
openNextTaskOnItsForm();
