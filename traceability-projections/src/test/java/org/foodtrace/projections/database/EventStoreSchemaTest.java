package org.foodtrace.projections.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class EventStoreSchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TokenStore tokenStore;

    @Test
    void axon_stores_events_and_tokens_with_the_jdbc_engine() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void serialized_columns_are_bytea_never_large_objects() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'public'
                  AND column_name IN ('payload', 'metadata', 'token', 'serializedsaga', 'diagnostics')
                """);
        assertThat(columns).hasSizeGreaterThanOrEqualTo(10);
        assertThat(columns).allSatisfy(column -> assertThat(column.get("data_type")).isEqualTo("bytea"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND data_type = 'oid'", Long.class)).isZero();
    }

    @Test
    void global_index_sequence_allocates_one_number_at_a_time() {
        Long cache = jdbc.queryForObject("""
                SELECT s.seqcache FROM pg_sequence s
                JOIN pg_class c ON c.oid = s.seqrelid
                WHERE c.relname = pg_get_serial_sequence('domainevententry', 'globalindex')::regclass::text
                """, Long.class);
        Long increment = jdbc.queryForObject("""
                SELECT s.seqincrement FROM pg_sequence s
                WHERE s.seqrelid = pg_get_serial_sequence('domainevententry', 'globalindex')::regclass
                """, Long.class);
        assertThat(cache).isEqualTo(1L);
        assertThat(increment).isEqualTo(1L);
    }

    @Test
    void schema_comes_from_flyway_migrations() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Long.class))
                .isGreaterThanOrEqualTo(2L);
        assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", String.class))
                .contains("domainevententry", "snapshotevententry", "tokenentry", "sagaentry",
                        "associationvalueentry", "deadletterentry");
    }
}
