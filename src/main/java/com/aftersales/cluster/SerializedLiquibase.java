package com.aftersales.cluster;

import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;

/**
 * Liquibase under the {@link MigrationLock}. Liquibase's own lock is not enough: it creates its
 * {@code databasechangelog} table before it takes that lock (liquibase/liquibase#5254), so two nodes
 * starting at once on an empty database may both try, and one fails to start.
 */
class SerializedLiquibase extends SpringLiquibase {

    @Override
    public void afterPropertiesSet() throws LiquibaseException {
        MigrationLock.holding(getDataSource(), super::afterPropertiesSet);
    }
}
