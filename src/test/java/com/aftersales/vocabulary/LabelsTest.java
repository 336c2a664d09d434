package com.aftersales.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every code people read has a label in Chinese and in English, and a code without one stops the application. */
class LabelsTest {

    @Test
    void everyCodeOfTheVocabularyHasBothLabels() {
        Labels labels = new Labels();
        assertThat(labels.missing()).isEmpty();
        assertThat(labels.of(Resolution.EXCHANGE)).isEqualTo("换货 Exchange");
        assertThat(labels.of(Outcome.NO_RESPONSE, Language.ZH)).isEqualTo("买家未回复");
    }

    @Test
    void everyEnumerationOfTheVocabularyIsInTheCatalogue() {
        var enums = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Labels.class.getPackageName()).stream()
                .filter(JavaClass::isEnum).filter(type -> type.getEnclosingClass().isEmpty())
                .map(JavaClass::getName).filter(name -> !name.equals(Language.class.getName())).toList();
        assertThat(Labels.VOCABULARY.stream().map(Class::getName).toList()).containsExactlyInAnyOrderElementsOf(enums);
    }

    @Test
    void aCodeWithoutALabelStopsTheApplication() throws Exception {
        // the real catalogue with one label left out, on the test class path
        Path catalogue = Path.of(LabelsTest.class.getResource("/" + Labels.RESOURCE).toURI());
        List<String> lines = Files.readAllLines(catalogue, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("Resolution.REPAIR.en")).toList();
        Path withoutOne = Path.of(LabelsTest.class.getResource("/").toURI()).resolve("labels-without-one.properties");
        Files.write(withoutOne, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Labels("labels-without-one.properties"))
                .hasMessage("labels-without-one.properties has no label for [Resolution.REPAIR.en]");
    }
}
