package org.foodtrace.api.command;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL transaction-scoped advisory locks keyed by aggregate id, taken in sorted order (no deadlock between
 * writes), released at commit or rollback. They make concurrent commands on one batch wait their turn.
 */
@Component
class AggregateLocks {

    private final JdbcClient jdbc;

    AggregateLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lock(List<String> sortedAggregateIds) {
        for (String id : sortedAggregateIds) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(id).query((rs, row) -> 1).list();
        }
    }
}
