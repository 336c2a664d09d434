package com.aftersales.history;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param events which history the engine writes: {@code lean} (default) or {@code full}, see {@link LeanHistory} */
@Validated
@ConfigurationProperties("aftersales.history")
public record HistoryProperties(@NotNull @DefaultValue("LEAN") HistoryEvents events) {
}
