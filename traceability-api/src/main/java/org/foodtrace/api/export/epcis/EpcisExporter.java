package org.foodtrace.api.export.epcis;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.foodtrace.api.export.BatchFacts;
import org.foodtrace.api.export.Identifiers;
import org.foodtrace.api.export.LineageEvent;
import org.foodtrace.api.export.LineageHistory;
import org.foodtrace.api.export.OperatorSummary;
import org.foodtrace.api.export.epcis.EpcisDocument.Attribute;
import org.foodtrace.api.export.epcis.EpcisDocument.Vocabulary;
import org.foodtrace.api.export.epcis.EpcisDocument.VocabularyElement;
import org.foodtrace.api.export.epcis.EpcisEvent.Place;
import org.foodtrace.core.shared.TraceZone;

/**
 * Turns a lineage into one EPCIS document: its events in time order, and master data naming every operator
 * (business location) and every lot class the events mention.
 */
public final class EpcisExporter {

    static final String LOCATION_VOCABULARY = "urn:epcglobal:epcis:vtype:BusinessLocation";
    static final String CLASS_VOCABULARY = "urn:epcglobal:epcis:vtype:EPCClass";
    static final String MDA = "urn:epcglobal:cbv:mda#";
    static final String PRIVATE_MDA = Identifiers.NAMESPACE + "mda:";

    private EpcisExporter() {
    }

    public static EpcisDocument export(LineageHistory lineage, Clock clock) {
        EpcisEventMapper mapper = new EpcisEventMapper(lineage);
        List<EpcisEvent> events = new ArrayList<>();
        for (LineageEvent event : lineage.events()) {
            mapper.map(event).ifPresent(events::add);
        }
        String created = EpcisEventMapper.EVENT_TIME.format(OffsetDateTime.ofInstant(clock.instant(), TraceZone.ZONE));
        return EpcisDocument.of(created, masterData(lineage, events), events);
    }

    private static List<Vocabulary> masterData(LineageHistory lineage, List<EpcisEvent> events) {
        List<Vocabulary> vocabularies = new ArrayList<>();
        List<VocabularyElement> locations = locations(lineage, events);
        if (!locations.isEmpty()) {
            vocabularies.add(new Vocabulary(LOCATION_VOCABULARY, locations));
        }
        List<VocabularyElement> classes = classes(lineage, events);
        if (!classes.isEmpty()) {
            vocabularies.add(new Vocabulary(CLASS_VOCABULARY, classes));
        }
        return vocabularies;
    }

    private static List<VocabularyElement> locations(LineageHistory lineage, List<EpcisEvent> events) {
        Set<String> uris = new LinkedHashSet<>();
        for (EpcisEvent event : events) {
            Stream.of(event.readPoint(), event.bizLocation()).filter(p -> p != null).map(Place::id).forEach(uris::add);
            if (event.sourceList() != null) {
                event.sourceList().forEach(s -> uris.add(s.source()));
            }
            if (event.destinationList() != null) {
                event.destinationList().forEach(d -> uris.add(d.destination()));
            }
        }
        List<VocabularyElement> elements = new ArrayList<>();
        for (OperatorSummary operator : lineage.operators().values()) {
            String uri = Identifiers.operator(operator.operatorId());
            if (uris.contains(uri)) {
                elements.add(new VocabularyElement(uri, List.of(
                        new Attribute(MDA + "name", operator.name()),
                        new Attribute(MDA + "countryCode", "CN"),
                        new Attribute(PRIVATE_MDA + "region", operator.region()))));
            }
        }
        return elements;
    }

    /** One element per lot class, described by the product name of the first batch in the lineage with it. */
    private static List<VocabularyElement> classes(LineageHistory lineage, List<EpcisEvent> events) {
        Set<String> used = new LinkedHashSet<>();
        for (EpcisEvent event : events) {
            Stream.of(event.quantityList(), event.inputQuantityList(), event.outputQuantityList())
                    .filter(list -> list != null)
                    .flatMap(List::stream)
                    .forEach(q -> used.add(q.epcClass()));
        }
        Map<String, BatchFacts> described = new LinkedHashMap<>();
        for (String batchId : lineage.batchIds()) {
            BatchFacts batch = lineage.facts(batchId);
            described.putIfAbsent(Identifiers.lotClass(batch), batch);
        }
        for (BatchFacts batch : lineage.histories().allRead()) {
            described.putIfAbsent(Identifiers.lotClass(batch), batch);
        }
        List<VocabularyElement> elements = new ArrayList<>();
        for (String uri : used) {
            BatchFacts batch = described.get(uri);
            if (batch == null) {
                continue;
            }
            List<Attribute> attributes = new ArrayList<>();
            attributes.add(new Attribute(MDA + "descriptionShort", batch.product()));
            attributes.add(new Attribute(PRIVATE_MDA + "category", batch.category().name()));
            if (batch.hasGs1Lot()) {
                attributes.add(new Attribute(MDA + "lotNumber", batch.lot()));
            } else {
                attributes.add(new Attribute(PRIVATE_MDA + "traceCode", batch.traceCode()));
            }
            elements.add(new VocabularyElement(uri, attributes));
        }
        return elements;
    }
}
