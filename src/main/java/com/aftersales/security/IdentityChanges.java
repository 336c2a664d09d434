package com.aftersales.security;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes of the engine's identity data that make a remembered login ({@link VerifiedLogins}) wrong: every
 * write of the identity service (users, passwords, groups, tenants, memberships, whoever makes it: the application,
 * the Admin app, engine REST) and every refused password (the user may now be delayed or locked, on any door).
 * A login remembered under an older count is not used.
 */
@Component
class IdentityChanges extends AbstractProcessEnginePlugin {

    private final AtomicLong count = new AtomicLong();

    long count() {
        return count.get();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (!(command instanceof AbstractWritableIdentityServiceCmd<?>) && !(command instanceof CheckPassword)) {
                    return next.execute(command);
                }
                T result;
                try {
                    result = next.execute(command);
                } catch (RuntimeException e) {
                    changed();
                    throw e;
                }
                if (!(command instanceof CheckPassword) || Boolean.FALSE.equals(result)) {
                    changed();
                }
                return result;
            }
        });
    }

    /**
     * Counted at once and, inside a surrounding transaction, once more when it ends: a login looked up between the
     * two read the data from before the commit.
     */
    private void changed() {
        count.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    count.incrementAndGet();
                }
            });
        }
    }
}
