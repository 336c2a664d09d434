/*
 * After-sales: Camunda Forms in Tasklist keep every keystroke.
 *
 * Tasklist 7.24 renders a Camunda Form with `new Form({container})` from form-js (webpack module 57661 of
 * lib/deps.js), so form-js debounces every field: what is typed reaches the form's data only 300 ms after the
 * last key. Any render in between - another field's delayed change arriving, a FEEL text or `conditional`
 * being evaluated anew - writes the field's older value back into the input. Typed at human speed (100-250 ms
 * a key) this lost the first word of a note typed after an amount, and turned a retyped "12.50" into 120, 12,
 * 150 or 1.50. With `debounce: false` each key updates the form's data at once, so a render always writes
 * back what the person typed.
 *
 * Tasklist offers no setting for this; the form-js Form reads `config.debounce` from the options it is built
 * with, so this script adds the option to every Form Tasklist builds. WebappCustomisationTest holds the module
 * number and the way Tasklist builds the Form to the webjar, so an upgrade that changes them fails a test.
 */
var FORM_JS_MODULE = 57661;

(self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []).push([
  ['after-sales-form-input'],
  {},
  function (require) {
    var Form = require(FORM_JS_MODULE).Form;
    var build = Form && Form.prototype._createInjector;
    if (typeof build !== 'function') {
      console.error('after-sales: form-js Form not found; Camunda Forms keep their 300 ms debounce');
      return;
    }
    Form.prototype._createInjector = function (options, container) {
      return build.call(this, Object.assign({debounce: false}, options), container);
    };
  }
]);
