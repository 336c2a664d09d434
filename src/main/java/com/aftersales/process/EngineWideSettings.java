package com.aftersales.process;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Settings of the JVM that every case pays for, made before the engine exists: Spring Boot runs this for the
 * application's {@code main}, for every test context and for the benchmark alike (META-INF/spring.factories).
 */
public class EngineWideSettings implements EnvironmentPostProcessor {

    static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";
    static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The engine calls DatatypeFactory.newInstance() for every timer's due date (an ISO-8601 duration); unnamed,
        // the factory is searched for on the whole class path (ServiceLoader) each time: 62 µs a call, 5 µs named.
        // A factory the operator named (-Djavax.xml.datatype.DatatypeFactory=...) stays.
        if (System.getProperty(DATATYPE_FACTORY) == null) {
            System.setProperty(DATATYPE_FACTORY, JDK_DATATYPE_FACTORY);
        }
    }
}
