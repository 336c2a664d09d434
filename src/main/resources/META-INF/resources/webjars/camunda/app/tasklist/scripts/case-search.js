/*
 * After-sales: what is typed into the list's search box finds the task by its case number, order or buyer.
 *
 * Tasklist 7.24 turns typed text into a search of its default kind, "Task Name like …", so an agent typing a case
 * number found nothing (only the "Process Instance Business Key" search, chosen from a menu, did). Its kinds of
 * search are fixed (webpack module 23972, no setting), and a kind's search goes to the server as `<key><Operator>`:
 * a task-variable search needs a variable name chosen for each search, and one search names one variable.
 *
 * This script adds a kind "案件号、订单号或买家 Case, order or buyer", the default for typed text (the others stay
 * in its menu), and, where the list is fetched (the Filter resource of module 43158), turns it into what the
 * engine answers: the task's own card variables cardCase, cardOrder or cardBuyer (set on every task by TaskCard,
 * so agents and the warehouse find tasks whose process they may not read) like the text, ignoring case. As with
 * Tasklist's own kinds other than variables, a list takes one search of this kind: a second replaces the first.
 * WebappCustomisationTest holds the module numbers and the shapes used here to the webjar.
 */
var SEARCH_TYPES_MODULE = 23972;
var FILTER_RESOURCE_MODULE = 43158;
var KIND = 'caseOrderBuyer';
var CARD_VARIABLES = ['cardCase', 'cardOrder', 'cardBuyer'];

(self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []).push([
  ['after-sales-case-search'],
  {},
  function (require) {
    var search = require(SEARCH_TYPES_MODULE);
    var Filter = require(FILTER_RESOURCE_MODULE);
    if (!search || !Array.isArray(search.types) || !Filter || typeof Filter.getTasks !== 'function') {
      console.error('after-sales: Tasklist search not found; typed text searches task names only');
      return;
    }

    search.types.forEach(function (type) {
      delete type['default'];
    });
    search.types.unshift({
      id: {key: KIND, value: '案件号、订单号或买家 Case, order or buyer'},
      operators: [{key: 'Like', value: 'LIKE'}, {key: 'eq', value: '='}],
      enforceString: true,
      'default': true
    });

    /** Our search in a query (the list's own, or its "match any" part): the card variables it asks for, or none. */
    function cardConditions(query) {
      var operator = query.hasOwnProperty(KIND + 'Like') ? 'like' : query.hasOwnProperty(KIND) ? 'eq' : null;
      if (!operator) {
        return [];
      }
      // ids hold no spaces: a pasted "AS-20261126- 7KQ2M9XD" still finds its case
      var value = String(operator === 'like' ? query[KIND + 'Like'] : query[KIND]).replace(/\s+/g, '');
      delete query[KIND + 'Like'];
      delete query[KIND];
      return CARD_VARIABLES.map(function (name) {
        return {name: name, operator: operator, value: value};
      });
    }

    var getTasks = Filter.getTasks;
    Filter.getTasks = function (query, done) {
      if (query && typeof query === 'object') {
        var orQueries = Array.isArray(query.orQueries) ? query.orQueries : [];
        // "match any" puts every search in one or-query: ours is one more alternative there
        orQueries.forEach(function (anyOf) {
          var conditions = cardConditions(anyOf);
          if (conditions.length) {
            anyOf.taskVariables = (anyOf.taskVariables || []).concat(conditions);
            anyOf.variableValuesIgnoreCase = true;
          }
        });
        // otherwise ours must hold with the others: one of the three variables matches
        var conditions = cardConditions(query);
        if (conditions.length) {
          query.orQueries = orQueries.concat([{taskVariables: conditions, variableValuesIgnoreCase: true}]);
        }
      }
      return getTasks.apply(this, arguments);
    };
  }
]);
