package org.foodtrace.api.batch.imports;

/**
 * Where an import job stands. QUEUED: accepted, no row processed yet. RUNNING: rows are being registered (also a
 * job cut short by a restart, until it is resumed). COMPLETED: every row has its outcome. FAILED: the stored
 * file could not be read again; the rows already done keep their outcomes.
 */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED
}
