package com.aftersales.notification;

import com.aftersales.process.DeadlineNames;
import com.aftersales.refund.Money;
import com.aftersales.vocabulary.DurationText;
import com.aftersales.vocabulary.Labels;
import com.aftersales.vocabulary.Language;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 话术 texts of {@code messages/phrases.properties}, filled from the case in each language: a code becomes its
 * label, an amount "12.50", {@code {deadline.x}} the configured length of that deadline, a {@link Text} (a piece
 * rendered before) its words in that language. A placeholder without a value is an error, never a blank in a
 * message.
 */
@Component
public class PhraseBook {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w.]+)}");
    private static final String DEADLINE = "deadline.";

    private final Properties texts = new Properties();
    private final Labels labels;
    private final DeadlineNames deadlines;

    public PhraseBook(Labels labels, DeadlineNames deadlines) {
        this.labels = labels;
        this.deadlines = deadlines;
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("messages/phrases.properties").getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read messages/phrases.properties", e);
        }
        for (Phrase phrase : Phrase.values()) {
            for (Language language : Language.values()) {
                if (!texts.containsKey(key(phrase, language))) {
                    throw new IllegalStateException("messages/phrases.properties has no " + key(phrase, language));
                }
            }
        }
    }

    /** Words in both languages: a rendered phrase, or a piece of one. */
    public record Text(String zh, String en) {

        public static final Text NONE = new Text("", "");

        public String in(Language language) {
            return language == Language.ZH ? zh : en;
        }

        /** As a message carries it: Chinese first, English on the next line (when there is English). */
        public String message() {
            return en.isEmpty() ? zh : zh + "\n" + en;
        }
    }

    /** The phrase in both languages, its placeholders filled from {@code values}. */
    public Text render(Phrase phrase, Map<String, ?> values) {
        return new Text(render(phrase, Language.ZH, values), render(phrase, Language.EN, values));
    }

    private String render(Phrase phrase, Language language, Map<String, ?> values) {
        String template = texts.getProperty(key(phrase, language));
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value(phrase, name, language, values)));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    private String value(Phrase phrase, String name, Language language, Map<String, ?> values) {
        if (name.startsWith(DEADLINE)) {
            return deadlines.length(name.substring(DEADLINE.length()), language);
        }
        Object value = values.get(name);
        String text;
        if (value == null) {
            text = null;
        } else if (value instanceof Text words) {
            text = words.in(language);
        } else if (value instanceof Enum<?> code) {
            text = labels.of(code, language);
        } else if (value instanceof BigDecimal amount) {
            text = Money.text(amount);
        } else if (value instanceof Duration duration) {
            text = DurationText.of(duration, language);
        } else {
            text = value.toString().trim();
        }
        if (text == null || text.isEmpty() && !(value instanceof Text)) {
            throw new IllegalArgumentException("phrase " + phrase + " needs a value for {" + name + "}");
        }
        return text;
    }

    private static String key(Phrase phrase, Language language) {
        return phrase.name() + "." + language.name().toLowerCase(Locale.ROOT);
    }
}
