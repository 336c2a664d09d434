package com.aftersales.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.AfterSalesTest;
import com.aftersales.support.Http;
import com.aftersales.support.Statements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a REST call costs the database, counted by H2 (issue 22: the HTTP path). */
@AfterSalesTest
class StatementsPerCallTest {

    private static final String CASE = "{\"orderId\":\"TB20261002\",\"buyerId\":\"buyer-002\",\"channel\":\"PLATFORM\","
            + "\"description\":\"清洗粉结块\"}";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRememberedLoginReadsNoIdentityTables() {
        Http http = new Http(port);
        assertThat(http.get("/engine-rest/task/count", "agent1").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/cases?buyerId=nobody", "agent1").statusCode()).isEqualTo(200);

        Statements engineRest = Statements.during(jdbc, () -> http.get("/engine-rest/task/count", "agent1"));
        Statements api = Statements.during(jdbc, () -> http.get("/api/cases?buyerId=nobody", "agent1"));

        assertThat(engineRest.matching("ACT_ID_")).isZero();
        assertThat(api.matching("ACT_ID_")).isZero();
    }

    @Test
    void openingACaseAnswersFromTheStartsOwnTransaction() {
        Http http = new Http(port);
        assertThat(http.postJson("/api/cases", "integration", CASE).statusCode()).isEqualTo(201);

        Statements opening = Statements.during(jdbc, () -> http.postJson("/api/cases", "integration", CASE));

        // the start and its answer in one transaction: no commit per engine query (16 commits before)
        assertThat(opening.matching("COMMIT")).isLessThanOrEqualTo(2);
        // the timers' deadline names are known from earlier cases of the same definition
        assertThat(opening.matching("from ACT_RU_JOBDEF RES")).isZero();
    }
}
