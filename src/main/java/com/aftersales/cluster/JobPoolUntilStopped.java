package com.aftersales.cluster;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Spring shuts a task pool down the moment the application starts to close, before anything is stopped. For the
 * job executor's pool that is too early: its acquisition thread would still hand it jobs, which the pool would
 * refuse, leaving them locked by this node until their lock expires. {@link JobsInFlight} stops the acquisition
 * first and then lets the pool finish.
 */
@Component
class JobPoolUntilStopped implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if ("camundaTaskExecutor".equals(beanName) && bean instanceof ThreadPoolTaskExecutor pool) {
            pool.setAcceptTasksAfterContextClose(true);
        }
        return bean;
    }
}
