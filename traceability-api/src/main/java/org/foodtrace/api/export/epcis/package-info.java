/**
 * The EPCIS 2.0 export: each domain event of a lineage becomes at most one ObjectEvent or TransformationEvent
 * with CBV 2.0 bizStep and disposition, quantities in UN/CEFACT units, and the operators and products it
 * names described once in the document's master data.
 */
package org.foodtrace.api.export.epcis;
