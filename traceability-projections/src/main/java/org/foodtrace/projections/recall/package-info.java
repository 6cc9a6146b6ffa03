/**
 * Recalls (召回) on the read and process side: the recall process that marks every affected batch
 * ({@code process}), the recall-progress read model that follows each holder until what is left is disposed of
 * ({@code progress}), and the signed webhooks that tell holders a batch they hold was recalled ({@code webhook}).
 * Their tables live in the PostgreSQL schema {@code recall}.
 */
package org.foodtrace.projections.recall;
