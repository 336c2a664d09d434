package com.aftersales.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL a node sends: every statement executed and every entry of a JDBC batch, and every commit, over
 * all threads of the node (the driver, the job executor, Tomcat's). The node's {@code DataSource} bean is wrapped
 * after every other post-processor has seen the pool (the PostgreSQL session settings look for Hikari itself).
 * Registered as an initializer, not a component: the bench package is under the application's component scan.
 */
final class SqlCounter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();

    /** Statements and commits so far. */
    record Count(long statements, long commits) {
        Count minus(Count earlier) {
            return new Count(statements - earlier.statements, commits - earlier.commits);
        }

        Count plus(Count other) {
            return new Count(statements + other.statements, commits + other.commits);
        }
    }

    Count now() {
        return new Count(statements.get(), commits.get());
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // the wrapper's definition is added after component scan and auto-configuration, so it runs last
        context.addBeanFactoryPostProcessor(factory -> ((BeanDefinitionRegistry) factory).registerBeanDefinition(
                "benchSqlCounter", BeanDefinitionBuilder.genericBeanDefinition(Wrapper.class, () -> new Wrapper(this))
                        .getBeanDefinition()));
    }

    static final class Wrapper implements BeanPostProcessor {
        private final SqlCounter counter;

        Wrapper(SqlCounter counter) {
            this.counter = counter;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource, counter) : bean;
        }
    }

    /** The pool, with connections that count. {@code unwrap} still reaches the pool. */
    static final class Counting extends DelegatingDataSource {
        private final SqlCounter counter;

        Counting(DataSource pool, SqlCounter counter) {
            super(pool);
            this.counter = counter;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counter.connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counter.connection(super.getConnection(username, password));
        }
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            switch (method.getName()) {
                case "commit" -> commits.incrementAndGet();
                case "createStatement" -> result = statement(Statement.class, (Statement) result);
                case "prepareStatement" -> result = statement(PreparedStatement.class, (PreparedStatement) result);
                case "prepareCall" -> result = statement(CallableStatement.class, (CallableStatement) result);
                default -> { }
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S target) {
        return proxy(type, target, (method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch")
                    && !name.equals("executeLargeBatch"))) {
                statements.incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> call.handle(method, args);
        };
        return type.cast(Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
