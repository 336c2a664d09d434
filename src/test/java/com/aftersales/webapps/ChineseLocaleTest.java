package com.aftersales.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Our Chinese ({@code zh.json}) for Tasklist, Welcome, Cockpit and Admin against the English the 7.24 webjar
 * ships: every English text has a Chinese one, keeps its placeholders and links, and leaves no English behind
 * but names and abbreviations a Chinese screen keeps as they are. A Camunda upgrade that adds or renames texts
 * fails here, key by key, instead of showing agents English in the middle of a Chinese page.
 */
class ChineseLocaleTest {

    static final List<String> APPS = Webjar.APPS;

    /**
     * Latin words a Chinese text may keep: the products' names, standards and file formats, keys on the
     * keyboard, values as typed ({@code null}, {@code true}), Camunda's metric abbreviations (shown after their
     * Chinese names), the application ids of an authorization, and the words of a developer's error message.
     */
    private static final Set<String> KEPT_AS_THEY_ARE = Set.of(
            "Camunda", "Cockpit", "Tasklist", "Admin", "Optimize",
            "BPMN", "DMN", "DRD", "XML", "JSON", "CSV", "ID", "API", "LDAP",
            "CTRL", "F5", "null", "true",
            "PI", "DI", "TU", "FNI", "EDE",
            "cockpit", "tasklist", "resolve", "Promise");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*\\}\\}|\\{\\}");
    private static final Pattern MARKUP = Pattern.compile("</?(a|br|strong)\\b[^>]*>");
    /** What is not language: placeholders, markup, entities, values such as {@code <null>}, date patterns. */
    private static final Pattern NOT_LANGUAGE = Pattern.compile(
            "\\{\\{[^}]*\\}\\}|\\{\\}|<[^>]*>|&[a-z]+;|[yY]{4}-MM-[dD]{2}T?HH:mm:ss");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private static final Map<String, String> COVERAGE = new TreeMap<>();

    @ParameterizedTest(name = "{0}")
    @FieldSource("APPS")
    void everyEnglishTextHasAChineseOne(String app) {
        Map<String, JsonNode> english = Webjar.locale(app, "en");
        Map<String, JsonNode> chinese = Webjar.locale(app, "zh");

        List<String> missing = new ArrayList<>();
        int labels = 0;
        int translated = 0;
        int keptAsInEnglish = 0;
        for (Map.Entry<String, JsonNode> text : english.entrySet()) {
            String key = text.getKey();
            JsonNode zh = chinese.get(key);
            boolean label = key.startsWith("labels.");
            labels += label ? 1 : 0;
            if (zh == null || !zh.getNodeType().equals(text.getValue().getNodeType())) {
                missing.add(key + " (English: " + text.getValue() + ")");
            } else if (zh.isTextual() && zh.asText().isEmpty() && !nothingToSay(text.getValue().asText())) {
                missing.add(key + " is empty (English: " + text.getValue() + ")");
            } else if (label) {
                translated++;
                keptAsInEnglish += zh.asText().equals(text.getValue().asText()) ? 1 : 0;
            }
        }
        COVERAGE.put(app, "%d of %d labels in Chinese (%d kept as in English: names, IDs, symbols)"
                .formatted(translated, labels, keptAsInEnglish));

        assertThat(missing).as("texts of the 7.24 English %s without Chinese in our zh.json", app).isEmpty();
        assertThat(chinese.keySet()).as("keys of our %s zh.json that the English file no longer has", app)
                .isSubsetOf(english.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("APPS")
    void theChineseKeepsThePlaceholdersAndLinksOfTheEnglish(String app) {
        Map<String, JsonNode> english = Webjar.locale(app, "en");
        Map<String, JsonNode> chinese = Webjar.locale(app, "zh");

        List<String> broken = new ArrayList<>();
        english.forEach((key, en) -> {
            JsonNode zh = chinese.get(key);
            if (zh == null || !en.isTextual()) {
                return;
            }
            if (!all(PLACEHOLDER, zh.asText()).equals(all(PLACEHOLDER, en.asText()))) {
                broken.add(key + ": placeholders " + all(PLACEHOLDER, en.asText()) + " became " + all(PLACEHOLDER, zh.asText()));
            }
            if (!all(MARKUP, zh.asText()).equals(all(MARKUP, en.asText()))) {
                broken.add(key + ": markup " + all(MARKUP, en.asText()) + " became " + all(MARKUP, zh.asText()));
            }
        });
        assertThat(broken).as("%s texts whose placeholders or links differ from the English", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("APPS")
    void noEnglishIsLeftInTheChinese(String app) {
        List<String> english = new ArrayList<>();
        Webjar.locale(app, "zh").forEach((key, zh) -> {
            if (key.startsWith("labels.")) {
                List<String> words = all(LATIN_WORD, NOT_LANGUAGE.matcher(zh.asText()).replaceAll(" ")).stream()
                        .filter(word -> !KEPT_AS_THEY_ARE.contains(word)).toList();
                if (!words.isEmpty()) {
                    english.add(key + " = " + zh.asText() + " " + words);
                }
            } else if (zh.isTextual() && !key.startsWith("dateLocales.longDateFormat.")
                    && !key.equals("dateLocales.calendar.sameElse") && !CHINESE.matcher(zh.asText()).find()) {
                // month and day names, "today", "3 days ago": the rest are patterns (YYYY-MM-DD, HH:mm)
                english.add(key + " = " + zh.asText());
            }
        });
        assertThat(english).as("%s zh.json texts that are (partly) still English", app).isEmpty();
    }

    @AfterAll
    static void reportCoverage() {
        COVERAGE.forEach((app, coverage) -> System.out.println("zh.json " + app + ": " + coverage));
    }

    /** The English plural ending ("instance" + "s"), which Chinese does not have. */
    private static boolean nothingToSay(String english) {
        return english.isEmpty() || english.equals("s");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }
}
