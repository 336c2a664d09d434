package com.aftersales.model;

import com.aftersales.AfterSalesApplication;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** The application's Spring components by the names Spring gives them, found without starting the application. */
final class ApplicationBeans {

    private ApplicationBeans() {
    }

    static Map<String, Class<?>> byName() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Map<String, Class<?>> beans = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(AfterSalesApplication.class.getPackageName())) {
            beans.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry),
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), ApplicationBeans.class.getClassLoader()));
        }
        return beans;
    }
}
