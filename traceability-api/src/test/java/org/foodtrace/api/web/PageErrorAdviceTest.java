package org.foodtrace.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** A page that cannot reach the database says "try again shortly" (503), not "something broke" (500). */
class PageErrorAdviceTest {

    private final PageErrorAdvice advice = new PageErrorAdvice();

    @Test
    void a_database_outage_is_a_503_page_with_retry_after() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = advice.unexpected(new CannotGetJdbcConnectionException("pool timed out"), response);

        assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(page.getModel()).containsEntry("status", 503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void anything_else_unexpected_is_a_500_page() {
        ModelAndView page = advice.unexpected(new IllegalStateException("bug"), new MockHttpServletResponse());

        assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
