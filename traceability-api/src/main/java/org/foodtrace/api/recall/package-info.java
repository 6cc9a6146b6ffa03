/**
 * Recalls (召回) over HTTP: the regulator opens a recall of a batch and every batch derived from it, follows it,
 * and sets operators' webhooks; an operator reads its recall inbox.
 */
package org.foodtrace.api.recall;
