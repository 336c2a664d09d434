package com.aftersales.process;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The JVM-wide settings made before the engine starts. */
class EngineWideSettingsTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(EngineWideSettings.DATATYPE_FACTORY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(EngineWideSettings.DATATYPE_FACTORY);
        } else {
            System.setProperty(EngineWideSettings.DATATYPE_FACTORY, before);
        }
    }

    @Test
    void timersGetTheJdksDatatypeFactoryWithoutASearchOfTheClassPath() throws Exception {
        System.clearProperty(EngineWideSettings.DATATYPE_FACTORY);
        new EngineWideSettings().postProcessEnvironment(new MockEnvironment(), null);

        assertThat(System.getProperty(EngineWideSettings.DATATYPE_FACTORY))
                .isEqualTo(EngineWideSettings.JDK_DATATYPE_FACTORY);
        assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(EngineWideSettings.JDK_DATATYPE_FACTORY);
        assertThat(DatatypeFactory.newInstance().newDuration("P7D").getDays()).isEqualTo(7);
    }

    @Test
    void aFactoryTheOperatorNamedStays() {
        System.setProperty(EngineWideSettings.DATATYPE_FACTORY, "org.example.OwnDatatypeFactory");
        new EngineWideSettings().postProcessEnvironment(new MockEnvironment(), null);

        assertThat(System.getProperty(EngineWideSettings.DATATYPE_FACTORY)).isEqualTo("org.example.OwnDatatypeFactory");
    }
}
