/*
 * After-sales: "Start process" and "Create task" only for those who may use them. Tasklist offers both to everyone,
 * and a warehouse clerk or someone in finance would open a dialog that cannot start anything. This script asks the
 * web apps' engine API, as the person logged in, whether any process may be started from Tasklist (the start
 * permission checked) and whether tasks may be created, and hides what the answer rules out (classes on <body>,
 * user-styles.css). Asked again whenever the address changes, so a new login gets its own answer.
 */
function engineApi() {
  var match = window.location.pathname.match(/^(.*)\/app\/tasklist\/([^/]+)/);
  return match ? match[1] + '/api/engine/engine/' + match[2] : null;
}

function ask(path) {
  return fetch(engineApi() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(function (response) { return response.ok ? response.json() : null; });
}

function showOnlyWhatThePersonMayUse() {
  if (!engineApi() || (window.location.hash || '').indexOf('#/login') === 0) {
    return;
  }
  Promise.all([
    ask('/process-definition/count?latestVersion=true&active=true&startableInTasklist=true'
        + '&startablePermissionCheck=true').then(function (answer) {
      if (answer) {
        document.body.classList.toggle('aftersales-no-start', answer.count === 0);
      }
    }),
    ask('/authorization/check?permissionName=CREATE&resourceName=task&resourceType=7').then(function (answer) {
      if (answer) {
        document.body.classList.toggle('aftersales-no-create-task', answer.authorized !== true);
      }
    })
  ]).then(function () {
    // for whoever waits on the answer (the browser tests)
    document.body.setAttribute('data-aftersales-actions', 'checked');
  });
}

window.addEventListener('hashchange', showOnlyWhatThePersonMayUse);
showOnlyWhatThePersonMayUse();
