package com.aftersales.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Configuration properties as the application binds them, from its application.yaml and a few overrides, for tests
 * that need them without starting the application.
 */
public final class Configured {

    private Configured() {
    }

    public static <T> T bind(String prefix, Class<T> type, Map<String, String> overrides) {
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        sources.add(new MapConfigurationPropertySource(overrides));
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                    .load("application.yaml", new ClassPathResource("application.yaml"));
            ConfigurationPropertySources.from(yaml).forEach(sources::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Binder(sources).bind(prefix, type).get();
    }
}
