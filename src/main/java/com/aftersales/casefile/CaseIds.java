package com.aftersales.casefile;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Case ids such as {@code AS-20261123-7KQ2M9XD}: the day it was opened and a random, unguessable part. */
@Component
public class CaseIds {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public CaseIds(Clock clock) {
        this.clock = clock;
    }

    /** A new case id, {@code AS-yyyyMMdd-XXXXXXXX}. */
    public String next() {
        return next("AS-");
    }

    /** A new id with another prefix, for the review cases ({@code RV-…}). */
    public String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append(LocalDate.now(clock).format(DAY)).append('-');
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
