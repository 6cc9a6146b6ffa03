-- One transaction per request: insert one event-sized row (payload of :size bytes) into a copy of the event
-- table (same columns, primary key, identity and unique indexes as domainevententry).
INSERT INTO baseline_event (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                            payloadrevision, payloadtype, timestamp)
VALUES (gen_random_uuid()::text, 0, 'VegetableBatch', gen_random_uuid()::text, '\x7b7d'::bytea,
        convert_to(repeat('x', :size), 'UTF8'), '1', 'org.foodtrace.core.batch.api.BatchRegistered',
        clock_timestamp()::text);
