package com.aftersales.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.workbench.TaskCard;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our replacements of the web apps' customisation files ({@code scripts/config.js}, {@code styles/user-styles.css})
 * still fit the 7.24 webjar they replace: a Camunda upgrade that changes the shipped config.js or renames the
 * end-of-life banner fails here rather than silently dropping its new settings or showing agents the banner again.
 */
class WebappCustomisationTest {

    static final List<String> APPS = Webjar.APPS;

    private static final Pattern AVAILABLE_LOCALES = Pattern.compile("availableLocales:\\s*\\[([^\\]]*)\\]");
    private static final Pattern FALLBACK_LOCALE = Pattern.compile("fallbackLocale:\\s*'([a-z]+)'");
    /** Our block in config.js: the comment saying why and the locales setting. */
    private static final Pattern OUR_LOCALES = Pattern.compile(
            "  // After-sales: .*?\\n  locales: \\{.*?\\n  \\},\\n", Pattern.DOTALL);
    /** The shipped config.js's commented-out example of the same setting. */
    private static final Pattern SHIPPED_LOCALES_EXAMPLE = Pattern.compile(
            "  // ['\"]locales['\"]: \\{\\n.*?\\n  //\\s*\\},\\n", Pattern.DOTALL);
    /** Our customScripts setting in Tasklist's config.js (scripts/form-input.js), with its comment. */
    private static final Pattern OUR_CUSTOM_SCRIPTS = Pattern.compile(
            "  // After-sales: Camunda Forms without .*?\\n  customScripts: \\['scripts/form-input', 'scripts/task-order', 'scripts/case-search', "
                    + "'scripts/header-actions',\\n    'scripts/task-tabs', 'scripts/form-messages', 'scripts/assign-by-name'\\],\\n",
            Pattern.DOTALL);
    private static final String BANNER_MARKUP = "class=\"ce-eol-banner\"";
    private static final Pattern BANNER_HIDDEN = Pattern.compile(
            "\\[cam-widget-header\\] \\.ce-eol-banner \\{\\s*display: none;\\s*\\}");

    @ParameterizedTest(name = "{0}")
    @FieldSource("APPS")
    void eachAppOffersEnglishAndChineseWithEnglishAsTheFallback(String app) {
        String config = withoutComments(Webjar.served(app, "scripts/config.js"));

        List<String> available = Arrays.stream(match(AVAILABLE_LOCALES, config).split(","))
                .map(language -> language.replace("'", "").trim()).toList();
        assertThat(available).containsExactly("en", "zh");
        assertThat(match(FALLBACK_LOCALE, config)).isEqualTo("en");
        // a language on offer without its file makes the web apps show an error on every page
        available.forEach(language -> assertThat(Webjar.exists(app, "locales/" + language + ".json"))
                .as("%s locales/%s.json", app, language).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("APPS")
    void ourConfigIsTheShippedOneWithOnlyTheLocalesSet(String app) {
        assertThat(Webjar.overridden(app, "scripts/config.js")).as("%s has our config.js", app).isTrue();
        String ours = Webjar.served(app, "scripts/config.js");
        String shipped = Webjar.shipped(app, "scripts/config.js");
        if (app.equals("tasklist")) {
            assertThat(OUR_CUSTOM_SCRIPTS.matcher(ours).results().count()).as("our customScripts in tasklist").isOne();
            ours = OUR_CUSTOM_SCRIPTS.matcher(ours).replaceFirst("");
        }

        assertThat(OUR_LOCALES.matcher(ours).results().count()).as("our locales block in %s", app).isOne();
        assertThat(OUR_LOCALES.matcher(ours).replaceFirst(""))
                .isEqualTo(SHIPPED_LOCALES_EXAMPLE.matcher(shipped).replaceFirst(""));
    }

    /**
     * scripts/form-input.js turns form-js's input debounce off by patching the Form class of webpack module 57661,
     * which Tasklist builds with {@code new Form({container})}: both must still be so in the webjar.
     */
    @Test
    void theFormInputScriptFitsTheFormLibraryTasklistUses() {
        String script = Webjar.served("tasklist", "scripts/form-input.js");
        assertThat(script).contains("var FORM_JS_MODULE = 57661;", "Form.prototype._createInjector",
                "{debounce: false}");
        assertThat(Webjar.served("tasklist", "scripts/config.js")).containsPattern(OUR_CUSTOM_SCRIPTS);

        String tasklist = Webjar.shipped("tasklist", "camunda-tasklist-bootstrap.js");
        assertThat(tasklist).as("Tasklist takes form-js's Form from module 57661 and builds it with a container only")
                .contains("=n(57661).Form", "new p({container:l[0]})");
        String libraries = Webjar.library("deps.js");
        assertThat(libraries).as("module 57661 re-exports form-js").contains("57661:function(e,t,n){\"use strict\"");
        // the form-js viewer debounces every field unless config.debounce is false, and reads it from the Form's options
        assertThat(libraries).contains("i=ee(\"config\",!1),r=i&&i.debounce,o=!1!==r&&0!==r",
                "_createInjector(e,t){const{modules:n=this._getModules(),additionalModules:i=[],...r}=e;"
                        + "return z([{config:[\"value\",{...r,renderer:{container:t}}]}");
    }

    /**
     * scripts/form-messages.js wraps the form's {@code validator} service (form-js's Validator, with validateField and
     * validateFieldInstance returning a list of English messages) and knows these messages; scripts/task-tabs.js drops
     * any tab but Tasklist's form tab, {@code task-detail-form}. Both must still be so in the webjar.
     */
    @Test
    void theFormMessagesAndTaskTabScriptsFitTheWebjar() {
        String script = Webjar.served("tasklist", "scripts/form-messages.js");
        assertThat(script).contains("var FORM_JS_MODULE = 57661;", "injector.get('validator', false)",
                "validator.validateField = translated(", "validator.validateFieldInstance = translated(");
        String libraries = Webjar.library("deps.js");
        assertThat(libraries).as("form-js's validator service and its two checks")
                .contains("validator:[\"type\",oo]", "class oo{constructor(e,t,n,i){", "validateField(e,t){",
                        "validateFieldInstance(e,t){");
        assertThat(libraries).as("the messages form-messages.js puts Chinese before").contains("\"Field is required.\"",
                "`Field must match pattern ${t.pattern}.`", "`Field must have minimum value of ${t.min}.`",
                "`Field must have maximum value of ${t.max}.`", "`Field must have minimum length of ${t.minLength}.`",
                "`Field must have maximum length of ${t.maxLength}.`", "\"Value is not a number.\"",
                "\"Field must be a valid email.\"");
        assertThat(Webjar.served("tasklist", "scripts/task-tabs.js")).contains("var FORM_TAB = 'task-detail-form';");
        assertThat(Webjar.shipped("tasklist", "camunda-tasklist-bootstrap.js"))
                .contains("registerDefaultView(\"tasklist.task.detail\",{id:\"task-detail-form\"");
    }

    /**
     * scripts/case-search.js adds a kind of search to Tasklist's fixed list (webpack module 23972), the default for
     * typed text, and turns it into a search of the card variables where the Filter resource (module 43158) fetches
     * the list: Tasklist must still take its kinds and its default from that module, send a kind's search as
     * {@code <key><Operator>}, and fetch its lists through that resource.
     */
    @Test
    void theCaseSearchScriptFitsTasklistsSearch() {
        String script = Webjar.served("tasklist", "scripts/case-search.js");
        assertThat(script).contains("var SEARCH_TYPES_MODULE = 23972;", "var FILTER_RESOURCE_MODULE = 43158;",
                "var CARD_VARIABLE = 'card';", "var SEPARATOR = ' · ';", "var BUYER = '买家 ';", "var ORDER = '订单 ';");
        assertThat(List.of(TaskCard.VARIABLE, TaskCard.SEPARATOR, TaskCard.BUYER, TaskCard.ORDER))
                .as("the card as TaskCard writes it").containsExactly("card", " · ", "买家 ", "订单 ");
        assertThat(Webjar.served("tasklist", "scripts/config.js")).containsPattern(OUR_CUSTOM_SCRIPTS);

        String tasklist = Webjar.shipped("tasklist", "camunda-tasklist-bootstrap.js");
        assertThat(tasklist).as("module 23972: the kinds of search, typed text searching task names by default")
                .contains("23972:function(e){\"use strict\";e.exports=JSON.parse('{\"types\":[",
                        "{\"id\":{\"key\":\"name\",\"value\":\"NAME\"},\"operators\":[{\"key\":\"Like\","
                                + "\"value\":\"LIKE\"},{\"key\":\"eq\",\"value\":\"=\"}],\"default\":true}");
        assertThat(tasklist).as("the search takes its kinds from module 23972 and its default kind from their flag")
                .contains("r=n(23972)", "e.types=u.types", "u.types.reduce((function(e,t){return e||(t.default?t:null)}),null)");
        assertThat(tasklist).as("a kind's search is sent as <key><Operator>, a Like search wrapped in %")
                .contains("-1!==[\"Like\",\"Before\",\"After\"].indexOf(a)&&(o+=a)", ":\"%\"+e+\"%\"");
        assertThat(tasklist).as("module 43158 is the Filter resource, and lists are fetched through its getTasks")
                .contains("43158:function(e,t,n){\"use strict\";var i=n(10123).extend();i.path=\"filter\"",
                        "i.getTasks=function(e,t)", "h.getTasks(i.copy(e)");
    }

    /**
     * styles/user-styles.css shows the task's card (one variable, {@link TaskCard#VARIABLE}) whole: it finds the
     * column by the label's tooltip (the variable's name) and undoes the half width, the cut and the folding that
     * Tasklist's card plugin and styles give every column.
     */
    @Test
    void theCardStyleFitsTasklistsCardColumns() {
        assertThat(Webjar.served("tasklist", "styles/user-styles.css")).contains(
                "[cam-tasklist-variables] .col-lg-6:has(.variable-label[uib-tooltip=\"" + TaskCard.VARIABLE + "\"])",
                "div.row:has(.variable-label[uib-tooltip=\"card\"]) span > span {\n  white-space: normal;\n  max-height: none;",
                ".task-card-details:has(.variable-label[uib-tooltip=\"card\"]) {\n  max-height: none;",
                ".task-card-details:has(.variable-label[uib-tooltip=\"card\"]) > .shutter {\n  display: none;");
        assertThat(Webjar.plugin("tasklist/app/plugin.js")).as("a column of the card, its label holding the name (the template is a JavaScript string: line breaks \\n)")
                .contains("class=\"col-xs-12 col-lg-6\">\\n\\n  <div class=\"row variable-item\">",
                        "<strong class=\"variable-label\"", "uib-tooltip=\"{{ info.name }}\">\\n        {{ info.label }}:",
                        "<span class=\"variable-value\"\\n            ng-switch-default");
        assertThat(Webjar.plugin("tasklist/app/plugin.css")).as("a column's value is cut at its width")
                .contains("[cam-tasklist-variables] div.row span > span,", "white-space: nowrap;", "max-height: 1.5em;");
        assertThat(Webjar.shipped("tasklist", "camunda-tasklist-bootstrap.css")).as("the card's columns fold at 45px")
                .contains(".task-card-details {\n  overflow: hidden;\n  margin-top: 5px;\n  max-height: 45px;");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome", "cockpit"})
    void theEndOfLifeBannerIsHiddenWhereStaffWork(String app) {
        assertThat(Webjar.shipped(app, "camunda-" + app + "-bootstrap.js"))
                .as("the %s header still renders the banner as div.ce-eol-banner", app).contains(BANNER_MARKUP);
        assertThat(Webjar.overridden(app, "styles/user-styles.css")).isTrue();
        assertThat(Webjar.served(app, "styles/user-styles.css")).containsPattern(BANNER_HIDDEN);
    }

    /** Whether and when to leave Camunda 7 CE is the administrators' decision: Admin keeps telling them. */
    @Test
    void administratorsStillSeeTheBannerInAdmin() {
        assertThat(Webjar.shipped("admin", "camunda-admin-bootstrap.js")).contains(BANNER_MARKUP);
        assertThat(Webjar.overridden("admin", "styles/user-styles.css")).isFalse();
    }

    private static String withoutComments(String script) {
        return script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
