/*
 * After-sales: task lists open sorted by priority (highest first), then due date (soonest first), then age (oldest
 * first), so that an overdue task (priority 90) rises above newer ones.
 *
 * Tasklist 7.24 sorts a list by the `sorting` parameter of its address and, without one, by creation date, newest
 * first, ahead of any ordering a filter's query has. Its sort menu writes that parameter; this script writes our
 * order there whenever the address has none, exactly as choosing the three sort keys in that menu would. A person
 * may still choose another order for the rest of the visit.
 */
var ORDER = JSON.stringify([
  {sortBy: 'priority', sortOrder: 'desc'},
  {sortBy: 'dueDate', sortOrder: 'asc'},
  {sortBy: 'created', sortOrder: 'asc'}
]);

function withOurOrder() {
  var hash = window.location.hash || '#/';
  if (hash.indexOf('#/login') === 0 || /[?&]sorting=/.test(hash)) {
    return;
  }
  var separator = hash.indexOf('?') === -1 ? (hash.indexOf('#/') === 0 ? '?' : '/?') : '&';
  window.location.replace(window.location.pathname + window.location.search + hash + separator
      + 'sorting=' + encodeURIComponent(ORDER));
}

window.addEventListener('hashchange', withOurOrder);
withOurOrder();
