package com.aftersales.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The 话术 texts, with {@code {name}} placeholders filled from the case. */
@Component
public class PhraseBook {

    private final Properties texts = new Properties();

    public PhraseBook() {
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("messages/phrases.properties").getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read messages/phrases.properties", e);
        }
        for (Phrase phrase : Phrase.values()) {
            if (!texts.containsKey(phrase.name())) {
                throw new IllegalStateException("messages/phrases.properties has no text for " + phrase);
            }
        }
    }

    public String text(Phrase phrase, Map<String, String> values) {
        String text = texts.getProperty(phrase.name());
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        return text;
    }
}
