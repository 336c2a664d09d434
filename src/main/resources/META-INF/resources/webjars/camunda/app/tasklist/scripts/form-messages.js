/*
 * After-sales: a Camunda Form speaks to the agent Chinese first, and a field the server refuses is marked in the form.
 *
 * 1. form-js writes its own checks' messages in English only ("Field is required.", "Field must have maximum value
 *    of 39."), with no translation hook. Its Validator (the form's `validator` service) returns them as a list per
 *    field; this script wraps the Validator of every Form Tasklist builds (form-js's Form of webpack module 57661, as
 *    scripts/form-input.js does) and puts the Chinese before each message it knows: "此项必填 Field is required.".
 * 2. A completion the server refuses answers 400 with `errors` (`/variables/<field key>`) and a `message` whose lines
 *    after the first name each field in the same order (RefusedCompletions). Tasklist shows the message as a notice
 *    only; this script also puts each line under its field, as form-js shows its own errors (the field outlined in
 *    red), and brings the first such field into view. The next edit of the field checks it anew and clears the mark.
 * WebappCustomisationTest holds the module number and the Validator's messages to the webjar.
 */
var FORM_JS_MODULE = 57661;

var CHINESE = [
  [/^Field is required\.$/, function () { return '此项必填'; }],
  [/^Field must match pattern (.*)\.$/, function () { return '格式不正确'; }],
  [/^Field must have minimum value of (.*)\.$/, function (m) { return '不能小于 ' + m[1]; }],
  [/^Field must have maximum value of (.*)\.$/, function (m) { return '不能大于 ' + m[1]; }],
  [/^Field must have minimum length of (.*)\.$/, function (m) { return '至少 ' + m[1] + ' 个字'; }],
  [/^Field must have maximum length of (.*)\.$/, function (m) { return '最多 ' + m[1] + ' 个字'; }],
  [/^Value is not a number\.$/, function () { return '请输入数字'; }],
  [/^Value is expected to be an integer\.$/, function () { return '请输入整数'; }],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, function (m) { return '最多 ' + m[1] + ' 位小数'; }],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    function (m) { return '请填写有效的值，最接近的是 ' + m[1] + ' 或 ' + m[2]; }],
  [/^Field must be a valid email\.$/, function () { return '请填写有效的电子邮箱'; }],
  [/^Field must be a valid\s+international phone number\./, function () { return '请填写有效的国际电话号码'; }]
];

function chineseFirst(message) {
  for (var i = 0; i < CHINESE.length; i++) {
    var match = String(message).match(CHINESE[i][0]);
    if (match) {
      return CHINESE[i][1](match) + ' ' + message;
    }
  }
  return message;
}

function translated(check) {
  return function () {
    var messages = check.apply(this, arguments);
    return Array.isArray(messages) ? messages.map(chineseFirst) : messages;
  };
}

/** The Forms Tasklist built, newest last: the one shown is the one whose container is on the page. */
var forms = [];

function shownForm() {
  for (var i = forms.length - 1; i >= 0; i--) {
    if (forms[i]._container && document.body.contains(forms[i]._container)) {
      return forms[i];
    }
  }
  return null;
}

(self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []).push([
  ['after-sales-form-messages'],
  {},
  function (require) {
    var Form = require(FORM_JS_MODULE).Form;
    var build = Form && Form.prototype._createInjector;
    if (typeof build !== 'function') {
      console.error('after-sales: form-js Form not found; form messages stay English only');
      return;
    }
    Form.prototype._createInjector = function (options, container) {
      var injector = build.call(this, options, container);
      var validator = injector.get('validator', false);
      if (validator) {
        validator.validateField = translated(validator.validateField);
        validator.validateFieldInstance = translated(validator.validateFieldInstance);
      }
      forms = forms.filter(function (form) { return form._container && document.body.contains(form._container); });
      forms.push(this);
      return injector;
    };
  }
]);

/** Puts each refused field's line of the server's answer under that field. */
function markRefusedFields(answer) {
  var form = shownForm();
  if (!form || !answer || !Array.isArray(answer.errors)) {
    return;
  }
  var lines = String(answer.message || '').split('\n').slice(1);
  var fields = form.get('formFieldRegistry').getAll();
  var errors = Object.assign({}, form._getState().errors);
  var first = null;
  answer.errors.forEach(function (problem, index) {
    var key = /^\/variables\/(.+)$/.exec(problem.pointer || '');
    var field = key && fields.filter(function (candidate) { return candidate.key === key[1]; })[0];
    if (field) {
      var line = lines.length === answer.errors.length ? lines[index] : problem.detail;
      // the line names the field by its label, which the form shows above it already
      errors[field.id] = [line.indexOf('：') > 0 ? line.slice(line.indexOf('：') + 1) : line];
      first = first || field;
    }
  });
  if (first) {
    form._setState({errors: errors});
    var input = form._container.querySelector('.fjs-has-errors');
    if (input) {
      input.scrollIntoView({block: 'center'});
    }
  }
}

var open = XMLHttpRequest.prototype.open;
var send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.afterSalesSubmit = /^post$/i.test(method) && /\/task\/[^/]+\/submit-form/.test(String(url));
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  var request = this;
  if (request.afterSalesSubmit) {
    request.addEventListener('load', function () {
      if (request.status === 400) {
        try {
          markRefusedFields(JSON.parse(request.responseText));
        } catch (notJson) {
          // not the refusal's answer: Tasklist's own notice says what happened
        }
      }
    });
  }
  return send.apply(this, arguments);
};
