package org.foodtrace.projections.operator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.OperatorStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the operator registry. */
@Service
public class OperatorRegistryQueries {

    private static final String COLUMNS = "SELECT operator_id, name, kind, license_number, region,"
            + " designated_slaughterhouse, status FROM operator_registry";

    private final JdbcClient jdbc;

    public OperatorRegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OperatorRecord> find(String operatorId) {
        return jdbc.sql(COLUMNS + " WHERE operator_id = :operatorId")
                .param("operatorId", operatorId)
                .query(OperatorRegistryQueries::record)
                .optional();
    }

    /** Operators matching every filter given (a null filter matches all), by name. */
    public List<OperatorRecord> list(OperatorKind kindOrNull, String regionOrNull, OperatorStatus statusOrNull) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (kindOrNull != null) {
            conditions.add("kind = :kind");
            params.put("kind", kindOrNull.name());
        }
        if (regionOrNull != null) {
            conditions.add("region = :region");
            params.put("region", regionOrNull);
        }
        if (statusOrNull != null) {
            conditions.add("status = :status");
            params.put("status", statusOrNull.name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql(COLUMNS + where + " ORDER BY name, operator_id")
                .params(params)
                .query(OperatorRegistryQueries::record)
                .list();
    }

    /** The operators among {@code ids} that are registered, by id. */
    public Map<String, OperatorRecord> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, OperatorRecord> byId = new LinkedHashMap<>();
        jdbc.sql(COLUMNS + " WHERE operator_id IN (:ids) ORDER BY operator_id")
                .param("ids", List.copyOf(ids))
                .query(OperatorRegistryQueries::record)
                .list()
                .forEach(record -> byId.put(record.operatorId(), record));
        return byId;
    }

    private static OperatorRecord record(ResultSet rs, int rowNum) throws SQLException {
        return new OperatorRecord(rs.getString("operator_id"), rs.getString("name"),
                OperatorKind.valueOf(rs.getString("kind")), rs.getString("license_number"), rs.getString("region"),
                rs.getBoolean("designated_slaughterhouse"), OperatorStatus.valueOf(rs.getString("status")));
    }
}
