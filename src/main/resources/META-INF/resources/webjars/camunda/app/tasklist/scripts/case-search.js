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
 * engine answers: a search of the task's own card variable `card` (set on every task by TaskCard, so agents and the
 * warehouse find tasks whose process they may not read), ignoring case. The card is one line,
 * "AS-… · item · 买家 buyer · 订单 order · problem": "contains" (LIKE) looks for the text anywhere on it (an item's
 * words find the task too), "=" for a case number, buyer or order equal to the text, each in its place on the card.
 * As with Tasklist's own kinds other than variables, a list takes one search of this kind: a second replaces the
 * first.
 * WebappCustomisationTest holds the module numbers and the shapes used here to the webjar.
 */
var SEARCH_TYPES_MODULE = 23972;
var FILTER_RESOURCE_MODULE = 43158;
var KIND = 'caseOrderBuyer';
var CARD_VARIABLE = 'card';
// TaskCard's separator and the prefixes of the buyer and the order on the card
var SEPARATOR = ' · ';
var BUYER = '买家 ';
var ORDER = '订单 ';

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
      if (operator === 'like') {
        return [{name: CARD_VARIABLE, operator: 'like', value: value}];
      }
      // "=": the case number opens the card, buyer and order follow their prefix, each ending a part or the card
      return [
        value, value + SEPARATOR + '%',
        '%' + SEPARATOR + BUYER + value, '%' + SEPARATOR + BUYER + value + SEPARATOR + '%',
        '%' + SEPARATOR + ORDER + value, '%' + SEPARATOR + ORDER + value + SEPARATOR + '%'
      ].map(function (pattern) {
        return {name: CARD_VARIABLE, operator: 'like', value: pattern};
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
        // otherwise ours must hold with the others: one of its conditions matches
        var conditions = cardConditions(query);
        if (conditions.length) {
          query.orQueries = orQueries.concat([{taskVariables: conditions, variableValuesIgnoreCase: true}]);
        }
      }
      return getTasks.apply(this, arguments);
    };
  }
]);
