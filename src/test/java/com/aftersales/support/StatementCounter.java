package com.aftersales.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements and commits the calling thread sends to the database, the engine's and the
 * application's alike: {@code @Import(StatementCounter.class)} wraps the context's data source, and
 * {@link #count(Runnable)} says what one piece of work cost. Other threads (job executor, outbox relay) are not
 * counted. A batched statement counts once per {@code addBatch}, as the database runs each.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    /** What a piece of work sent: statements executed (queries and changes) and commits. */
    public record Cost(long statements, long commits) {
        public Cost minus(Cost before) {
            return new Cost(statements - before.statements, commits - before.commits);
        }
    }

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "addBatch");
    private static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[2]);
    /** The same over every thread of the context (Tomcat's, the job executor's): what a node's database sees. */
    private static final java.util.concurrent.atomic.AtomicLongArray ALL_THREADS =
            new java.util.concurrent.atomic.AtomicLongArray(2);

    /** Statements and commits of every thread so far; the difference of two readings is what happened between. */
    public static Cost allThreads() {
        return new Cost(ALL_THREADS.get(0), ALL_THREADS.get(1));
    }

    public static Cost count(Runnable work) {
        return count(() -> {
            work.run();
            return null;
        }).cost();
    }

    public record Counted<T>(T result, Cost cost) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        Cost before = now();
        T result = work.get();
        return new Counted<>(result, now().minus(before));
    }

    private static Cost now() {
        long[] counts = COUNTS.get();
        return new Cost(counts[0], counts[1]);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }
    }

    private static final ThreadLocal<Map<String, Long>> TALLY = new ThreadLocal<>();

    /** The statements of a piece of work by kind ("insert into ACT_HI_DETAIL", "select from ACT_RU_JOB"), most first. */
    public static Map<String, Long> tally(Runnable work) {
        TALLY.set(new HashMap<>());
        try {
            work.run();
            Map<String, Long> sorted = new LinkedHashMap<>();
            TALLY.get().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
            return sorted;
        } finally {
            TALLY.remove();
        }
    }

    private static final ThreadLocal<java.util.List<String>> TRACE = new ThreadLocal<>();

    /** Every statement of a piece of work on this thread, in order, as sent (for finding repeated reads). */
    public static java.util.List<String> trace(Runnable work) {
        TRACE.set(new java.util.ArrayList<>());
        try {
            work.run();
            return TRACE.get();
        } finally {
            TRACE.remove();
        }
    }

    private static final Pattern KIND = Pattern.compile(
            "(?is)^\\s*(?:(update)\\s+([\\w.]+)|(select|insert|delete)\\b.*?\\b(?:from|into)\\s+([\\w.]+))");

    private static String kind(String sql) {
        Matcher matcher = KIND.matcher(sql);
        return matcher.find() ? matcher.group(1) != null ? "update " + matcher.group(2).toUpperCase()
                : matcher.group(3).toLowerCase() + " " + matcher.group(4).toUpperCase()
                : sql.strip().split("\\s+")[0].toLowerCase();
    }

    private static Connection counted(Connection connection) {
        return proxy(Connection.class, connection, (method, args, result) -> {
            if (method.getName().equals("commit")) {
                COUNTS.get()[1]++;
                ALL_THREADS.incrementAndGet(1);
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return result instanceof Statement statement ? countedStatement(statement, sql) : result;
        });
    }

    private static Statement countedStatement(Statement statement, String preparedSql) {
        Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, statement, (method, args, result) -> {
            if (EXECUTIONS.contains(method.getName())) {
                COUNTS.get()[0]++;
                ALL_THREADS.incrementAndGet(0);
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                if (TALLY.get() != null && sql != null) {
                    TALLY.get().merge(kind(sql), 1L, Long::sum);
                }
                if (TRACE.get() != null && sql != null) {
                    TRACE.get().add(sql.strip().replaceAll("\\s+", " "));
                }
            }
            return result;
        });
    }

    private interface AfterCall {
        Object after(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(target)) {
                return target;
            }
            try {
                return after.after(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
