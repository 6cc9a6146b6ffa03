package org.foodtrace.api.export.epcis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An EPCIS 2.0 JSON-LD {@code EPCISDocument}: master data in the header, events in the body. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EpcisDocument(@JsonProperty("@context") List<String> context, String type, String schemaVersion,
                            String creationDate, Header epcisHeader, Body epcisBody) {

    public static final String CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";

    public static EpcisDocument of(String creationDate, List<Vocabulary> masterData, List<EpcisEvent> events) {
        return new EpcisDocument(List.of(CONTEXT), "EPCISDocument", "2.0", creationDate,
                masterData.isEmpty() ? null : new Header(new MasterData(masterData)), new Body(events));
    }

    public record Header(MasterData epcisMasterData) {
    }

    public record MasterData(List<Vocabulary> vocabularyList) {
    }

    /** One vocabulary of master data, e.g. {@code urn:epcglobal:epcis:vtype:BusinessLocation}. */
    public record Vocabulary(String type, List<VocabularyElement> vocabularyElementList) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record VocabularyElement(String id, List<Attribute> attributes) {
    }

    public record Attribute(String id, Object attribute) {
    }

    /** {@code eventList} is always written, also when empty, as the schema requires. */
    public record Body(@JsonInclude(JsonInclude.Include.ALWAYS) List<EpcisEvent> eventList) {
    }
}
