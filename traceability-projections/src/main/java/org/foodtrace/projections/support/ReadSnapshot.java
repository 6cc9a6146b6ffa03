package org.foodtrace.projections.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * One snapshot for the statements of a read made of several: the first call in a {@code @Transactional(readOnly =
 * true)} method. {@code SET TRANSACTION ISOLATION LEVEL REPEATABLE READ} goes out with the transaction's
 * {@code BEGIN}; the isolation attribute of {@code @Transactional} would set the session's level before the
 * transaction and reset it after, two round trips more per read (benchmarks.md). Inside a caller's transaction
 * the caller's isolation holds, as it would with the attribute.
 */
public final class ReadSnapshot {

    private ReadSnapshot() {
    }

    public static void repeatableRead(JdbcClient jdbc) {
        if (TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
            jdbc.sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").update();
        }
    }
}
