package com.aftersales.notification;

import com.aftersales.vocabulary.Audience;
import java.util.Map;

/**
 * Sends a phrase to a buyer or to staff, filled from {@code values} (see {@link PhraseBook} for what a value may
 * be). Implementations must join the caller's transaction.
 */
public interface Notifier {

    void send(String caseId, Audience audience, String recipient, Phrase phrase, Map<String, ?> values);
}
