package com.aftersales.vocabulary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The label catalogue: every code a person may read (a resolution, an issue type, an outcome …) in Chinese and
 * in English, from {@code messages/labels.properties}. Buyer messages, staff notices, the KPI plugin and the
 * forms' select lists all take their words from here, so a code is named the same way everywhere and a shop
 * rewords it in one place. A code without both labels stops the application at start-up.
 */
@Component
public class Labels {

    /** The enumerations people read; each constant has a label in both languages. */
    public static final List<Class<? extends Enum<?>>> VOCABULARY = List.of(
            Channel.class, RequestedOutcome.class, IssueType.class, Resolution.class, ShippingPayer.class,
            CustomerDecision.class, ReturnCondition.class, LeadReturnDecision.class, PolicyRoute.class, Outcome.class,
            Step.class, CaseStatus.class, OpenedBy.class, ResponsibleParty.class, DisputeTrigger.class,
            ReviewRating.class, RevisedRating.class, ReviewCause.class, Audience.class, AlternativeDecision.class,
            TakeOverDecision.class, CustomerTier.class, RemedyKind.class, RemedyStatus.class, ShippingState.class,
            LogisticsEventType.class, KeepOrderDecision.class);

    static final String RESOURCE = "messages/labels.properties";

    private final Properties texts = new Properties();

    public Labels() {
        this(RESOURCE);
    }

    /** A catalogue read from another resource (tests). */
    Labels(String resource) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(resource + " has no label for " + missing);
        }
    }

    /** The keys of every code that lacks a label in one of the languages. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : VOCABULARY) {
            for (Enum<?> code : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    if (blank(texts.getProperty(key(code, language)))) {
                        missing.add(key(code, language));
                    }
                }
            }
        }
        return missing;
    }

    /** The code's label in one language. */
    public String of(Enum<?> code, Language language) {
        return texts.getProperty(key(code, language));
    }

    /** The code's label in both languages, Chinese first: "换货 Exchange". */
    public String of(Enum<?> code) {
        return of(code, Language.ZH) + " " + of(code, Language.EN);
    }

    /** A label that is not a code (a deadline's name, say), by its key in the catalogue, in one language. */
    public String text(String key, Language language) {
        String text = texts.getProperty(key + "." + language.name().toLowerCase(Locale.ROOT));
        if (blank(text)) {
            throw new IllegalArgumentException(RESOURCE + " has no " + language + " label for " + key);
        }
        return text;
    }

    /** Every code's bilingual label by type and code, for clients that show codes (the KPI plugin). */
    public Map<String, Map<String, String>> catalogue() {
        Map<String, Map<String, String>> catalogue = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : VOCABULARY) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Enum<?> code : type.getEnumConstants()) {
                labels.put(code.name(), of(code));
            }
            catalogue.put(type.getSimpleName(), labels);
        }
        return catalogue;
    }

    static String key(Enum<?> code, Language language) {
        return code.getDeclaringClass().getSimpleName() + "." + code.name() + "." + language.name().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
