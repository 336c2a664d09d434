package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.intake.CaseIntake;
import com.aftersales.intake.NewCase;
import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.StatementCounter;
import com.aftersales.vocabulary.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * What opening a case through the domain API costs the database (issue 22: the HTTP path). A context of its own (the
 * counting data source) with an engine of its own name, so that engine REST of the shared test context keeps
 * serving the shared engine.
 */
@AfterSalesTest
@Import(StatementCounter.class)
@TestPropertySource(properties = "camunda.bpm.generate-unique-process-engine-name=true")
class StatementsPerCallTest {

    @Autowired CaseIntake intake;

    @Test
    void openingACaseAnswersFromTheStartsOwnTransaction() {
        NewCase request = new NewCase("TB20261002", "buyer-002", Channel.PLATFORM, "清洗粉结块", null, List.of());
        intake.openAndView(request, "integration");

        StatementCounter.Cost opening = StatementCounter.count(() -> intake.openAndView(request, "integration")).cost();

        // the case row, the start and the 201 body in one transaction: before, each engine query of the body
        // committed on its own (16 commits for POST /api/cases)
        assertThat(opening.commits()).isEqualTo(1);
    }
}
