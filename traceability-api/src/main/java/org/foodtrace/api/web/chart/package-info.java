/**
 * Charts and diagrams computed in Java and drawn as inline SVG by one Thymeleaf fragment
 * ({@code templates/charts.html}): no script, no chart library, and every label escaped like any other text.
 */
package org.foodtrace.api.web.chart;
