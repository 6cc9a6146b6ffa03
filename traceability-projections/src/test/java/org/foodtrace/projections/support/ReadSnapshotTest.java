package org.foodtrace.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
@Import(ReadSnapshotTest.Read.class)
class ReadSnapshotTest {

    /** A read as the query services make one: a read-only transactional method that asks for one snapshot. */
    static class Read {

        private final JdbcClient jdbc;

        Read(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        public String isolation() {
            ReadSnapshot.repeatableRead(jdbc);
            return jdbc.sql("SHOW transaction_isolation").query(String.class).single();
        }
    }

    @Autowired
    Read read;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_read_in_a_transaction_of_its_own_sees_one_snapshot() {
        assertThat(read.isolation()).isEqualTo("repeatable read");
    }

    @Test
    void the_level_does_not_outlive_the_read() {
        read.isolation();

        String afterwards = transaction.execute(status -> jdbc.sql("SHOW transaction_isolation")
                .query(String.class).single());

        assertThat(afterwards).isEqualTo("read committed");
    }

    @Test
    void inside_a_callers_transaction_the_callers_level_holds() {
        String level = transaction.execute(status -> {
            jdbc.sql("SELECT 1").query(Integer.class).single();
            return read.isolation();
        });

        assertThat(level).isEqualTo("read committed");
    }
}
