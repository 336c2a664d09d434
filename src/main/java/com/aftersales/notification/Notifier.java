package com.aftersales.notification;

import java.util.Map;

/** Sends a phrase to a buyer or to staff. Implementations must join the caller's transaction. */
public interface Notifier {

    void send(String caseId, Audience audience, String recipient, Phrase phrase, Map<String, String> values);
}
