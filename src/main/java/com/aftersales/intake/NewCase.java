package com.aftersales.intake;

import com.aftersales.vocabulary.Channel;
import com.aftersales.vocabulary.RequestedOutcome;
import java.util.List;

/** A buyer's inquiry as an integrator or the Tasklist start form reports it. */
public record NewCase(String orderId, String buyerId, Channel channel, String description,
                      RequestedOutcome requestedOutcome, List<String> evidenceUrls) {
}
