package org.foodtrace.api.command;

import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With per-batch locks (the default), concurrent sales queue up: none oversells, none fails with 5xx. */
@FullStackTest
class ConcurrentWritesTest {

    @LocalServerPort
    int port;

    @Test
    void ten_concurrent_one_kilogram_sales_on_five_kilograms_sell_exactly_five() throws Exception {
        ConcurrentSales.tenOneKilogramSalesOnFiveKilograms(new Api(port));
    }
}
