package com.aftersales.metrics;

import com.aftersales.refund.PaymentGateway;
import com.aftersales.refund.RefundReceipt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code aftersales_refunds_paid_total} and {@code aftersales_refunds_paid_amount_yuan_total}: every
 * payment gateway is wrapped so that each refund it pays is counted once its transaction commits. The
 * gateway is asked only for refunds not paid yet ({@code Refunds} answers repeats from the ledger), so a
 * retried step or a repeated verdict counts nothing, whichever process step paid.
 */
@Component
class RefundMetrics implements BeanPostProcessor {

    private final ObjectProvider<MeterRegistry> registry;

    RefundMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof PaymentGateway)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true); // the bean stays of its own class for whoever injects that class
        proxy.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            if (result instanceof RefundReceipt receipt && "refund".equals(invocation.getMethod().getName())) {
                afterCommit(() -> paid(receipt));
            }
            return result;
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    private void paid(RefundReceipt receipt) {
        MeterRegistry meters = registry.getObject();
        count(meters).increment();
        amount(meters).increment(receipt.amount().doubleValue());
    }

    static Counter count(MeterRegistry meters) {
        return Counter.builder("aftersales.refunds.paid").description("Refunds paid").register(meters);
    }

    static Counter amount(MeterRegistry meters) {
        return Counter.builder("aftersales.refunds.paid.amount").baseUnit("yuan").description("Amount of the refunds paid")
                .register(meters);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
