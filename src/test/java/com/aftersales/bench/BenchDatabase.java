package com.aftersales.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A database of the benchmark's own, thrown away afterwards: an H2 file in a temporary folder (as the
 * default mode runs), or a PostgreSQL database with a random name on the server named by
 * {@code bench.postgres.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}).
 * With {@code -Dbench.keep=true} the PostgreSQL database stays, to look at its query plans afterwards.
 */
abstract class BenchDatabase implements AutoCloseable {

    abstract String name();

    abstract List<String> springArgs();

    /** The connection only, without the application's URL options: for the stock-configured engine. */
    abstract List<String> stockSpringArgs();

    /** Another database of the same kind, empty. */
    abstract BenchDatabase another() throws SQLException;

    static BenchDatabase h2() {
        try {
            return new H2(Files.createTempDirectory("aftersales-bench"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new PostgreSQL database, or an exception saying why there is none. */
    static BenchDatabase postgres() throws SQLException {
        String adminUrl = System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("bench.postgres.user", "postgres");
        String password = System.getProperty("bench.postgres.password", "");
        String database = "aftersales_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password)) {
            connection.createStatement().execute("create database " + database);
        }
        return new Postgres(adminUrl, user, password, database);
    }

    /** A property of the application's own configuration (application.yaml), as the default mode reads it. */
    static String applicationProperty(String name) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject().getProperty(name);
    }

    private static final class H2 extends BenchDatabase {
        private final Path folder;

        H2(Path folder) {
            this.folder = folder;
        }

        @Override
        String name() {
            return "H2 (file)";
        }

        /** The default mode's URL with its options (lock timeout, caches), on the benchmark's own file. */
        @Override
        List<String> springArgs() {
            String configured = applicationProperty("spring.datasource.url");
            String options = configured.contains(";") ? configured.substring(configured.indexOf(';')) : ";DB_CLOSE_ON_EXIT=FALSE";
            return List.of("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("aftersales") + options);
        }

        @Override
        List<String> stockSpringArgs() {
            return List.of("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("aftersales") + ";DB_CLOSE_ON_EXIT=FALSE");
        }

        @Override
        BenchDatabase another() {
            return h2();
        }

        @Override
        public void close() throws IOException {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static final class Postgres extends BenchDatabase {
        private final String adminUrl;
        private final String user;
        private final String password;
        private final String database;

        Postgres(String adminUrl, String user, String password, String database) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
            this.database = database;
        }

        @Override
        String name() {
            return "PostgreSQL";
        }

        String url() {
            return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        }

        @Override
        List<String> springArgs() {
            List<String> args = new ArrayList<>();
            args.add("--spring.datasource.url=" + url());
            args.add("--spring.datasource.username=" + user);
            args.add("--spring.datasource.password=" + password);
            return args;
        }

        @Override
        List<String> stockSpringArgs() {
            return springArgs();
        }

        @Override
        BenchDatabase another() throws SQLException {
            return postgres();
        }

        @Override
        public void close() throws SQLException {
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("bench.keep: PostgreSQL database " + url() + " kept for inspection");
                return;
            }
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password)) {
                connection.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }
}
