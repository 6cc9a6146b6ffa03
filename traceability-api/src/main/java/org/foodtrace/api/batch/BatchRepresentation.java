package org.foodtrace.api.batch;

import org.foodtrace.projections.batch.BatchView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The batch view as the API shows it: each event's details flattened into the event object. */
@Component
public class BatchRepresentation {

    private final JsonMapper json;

    public BatchRepresentation(JsonMapper json) {
        this.json = json;
    }

    public JsonNode of(BatchView view) {
        ObjectNode batch = json.valueToTree(view);
        JsonNode events = batch.get("events");
        if (events != null && events.isArray()) {
            for (JsonNode event : events) {
                if (event instanceof ObjectNode object && object.get("details") instanceof ObjectNode details) {
                    object.remove("details");
                    details.properties().forEach(entry -> {
                        if (!object.has(entry.getKey())) {
                            object.set(entry.getKey(), entry.getValue());
                        }
                    });
                }
            }
        }
        return batch;
    }
}
