package com.aftersales.delivery;

import com.aftersales.vocabulary.Audience;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which active adapters each audience's messages go through, from {@code aftersales.delivery.routes}. An audience
 * whose adapters are all off is not routable: its messages stay {@code PENDING} until one is switched on.
 */
@Component
public class DeliveryRoutes {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRoutes.class);

    private final Map<Adapter, MessageAdapter> active = new EnumMap<>(Adapter.class);
    private final Map<Audience, List<Adapter>> routes = new EnumMap<>(Audience.class);

    DeliveryRoutes(List<MessageAdapter> adapters, DeliveryProperties properties) {
        for (MessageAdapter adapter : adapters) {
            if (adapter.active()) {
                active.put(adapter.kind(), adapter);
            }
        }
        properties.routes().forEach((audience, through) -> {
            List<Adapter> on = through.stream().distinct().filter(active::containsKey).toList();
            if (!on.isEmpty()) {
                routes.put(audience, on);
            }
        });
        log.info(summary());
    }

    /** The audiences whose messages this node delivers. */
    public EnumSet<Audience> routable() {
        EnumSet<Audience> audiences = EnumSet.noneOf(Audience.class);
        audiences.addAll(routes.keySet());
        return audiences;
    }

    List<Adapter> adaptersFor(Audience audience) {
        return routes.getOrDefault(audience, List.of());
    }

    MessageAdapter adapter(Adapter kind) {
        return active.get(kind);
    }

    /** The start-up log line: which adapters are on, which audience goes where, what stays pending. */
    String summary() {
        if (active.isEmpty()) {
            return "Message delivery: no adapter configured, messages stay PENDING in the outbox "
                    + "(set aftersales.delivery.webhook.url, aftersales.delivery.mail.enabled or "
                    + "aftersales.delivery.dingtalk.webhook-url; see the README, Delivering messages)";
        }
        List<String> parts = new ArrayList<>();
        active.values().forEach(adapter -> parts.add(adapter.describe()));
        String where = routes.entrySet().stream().map(route -> route.getKey() + " → " + route.getValue().stream()
                .map(adapter -> adapter.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        EnumSet<Audience> pending = EnumSet.complementOf(EnumSet.copyOf(routable()));
        return "Message delivery: active adapters " + String.join(", ", parts) + "; routes " + where
                + (pending.isEmpty() ? "" : "; no adapter for " + pending + ": their messages stay PENDING");
    }
}
