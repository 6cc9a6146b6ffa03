package org.foodtrace.api.alert;

import java.util.List;

import org.foodtrace.projections.alert.Alert;

/** A page of alerts, newest first, with the paging it was asked for. */
public record AlertList(List<Alert> alerts, int limit, int offset) {
}
