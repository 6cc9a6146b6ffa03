/**
 * The pages people look at: the consumer's trace page ({@code /t/{traceCode}}) and the regulator's dashboard
 * ({@code /regulator}). Server-rendered with Thymeleaf, plain CSS, inline SVG; no script, no build step. Every
 * text comes from {@code messages*.properties} (zh-CN by default, English on request).
 */
package org.foodtrace.api.web;
