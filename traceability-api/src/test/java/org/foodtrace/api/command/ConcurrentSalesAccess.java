package org.foodtrace.api.command;

import java.util.List;
import java.util.concurrent.Callable;

/** Lets tests in other packages start the same task on many threads at once. */
public final class ConcurrentSalesAccess {

    private ConcurrentSalesAccess() {
    }

    public static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        return ConcurrentSales.race(threads, task);
    }
}
