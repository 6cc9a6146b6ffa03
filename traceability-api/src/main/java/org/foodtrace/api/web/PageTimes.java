package org.foodtrace.api.web;

import java.time.Instant;

import org.foodtrace.api.web.trace.TracePage;
import org.springframework.stereotype.Component;

/** Times as the pages print them, for templates: {@code ${@pageTimes.time(instant)}}. */
@Component("pageTimes")
public class PageTimes {

    public String time(Instant at) {
        return TracePage.time(at);
    }
}
