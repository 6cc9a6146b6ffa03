#!/usr/bin/env bash
# Recomputes one batch's hash chain straight from the event store with psql, jq and sha256sum, independently of
# the service (docs/tamper-evidence.md). Usage:
#
#   scripts/verify-chain.sh <batchId> [psql connection string]
#
# Without a connection string psql uses the usual PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD.
# Prints one line per event (sequence number, type, ok | unhashed | MISMATCH with both hashes), then the head
# hash; exits 1 when an event does not match.
set -euo pipefail

batch="${1:?usage: verify-chain.sh <batchId> [connection string]}"
connection="${2:-}"

# The canonical form from the stored JSON: keys sorted, compact, members whose value is null left out, numbers
# printed as jq prints doubles (exact for amounts of up to 15 significant digits and not below 0.0001).
canonical='walk(if type == "object" then with_entries(select(.value != null))
               elif type == "number" then . + 0 else . end)'

head=""
status=0
while IFS=$'\t' read -r sequence payload_type payload metadata; do
    type="${payload_type##*.}"
    json=$(printf '%s' "$payload" | base64 -d | jq -cS "$canonical")
    meta=$(printf '%s' "$metadata" | base64 -d)
    stored=$(jq -r '.chainHash // ""' <<<"$meta")
    previous=$(jq -r '.previousHash // ""' <<<"$meta")
    parents=$(jq -r '.parentHashes // ""' <<<"$meta")
    if [[ -z "$stored" ]]; then
        if [[ -n "$head" ]]; then
            echo "$sequence $type MISMATCH expected=<a hash> stored=<none>"
            status=1
        else
            echo "$sequence $type unhashed"
        fi
        continue
    fi
    expected=$(printf 'foodtrace-chain/1\nprevious:%s\nparents:%s\ntype:%s\n%s' "$head" "$parents" "$type" "$json" \
        | sha256sum | cut -d' ' -f1)
    if [[ "$expected" == "$stored" && "$previous" == "$head" ]]; then
        echo "$sequence $type ok"
    else
        echo "$sequence $type MISMATCH expected=$expected stored=$stored"
        status=1
    fi
    head="$stored"
done < <(psql ${connection:+"$connection"} -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 -v batch="$batch" <<'SQL'
SELECT sequencenumber, payloadtype,
       translate(encode(payload, 'base64'), E'\n', ''),
       translate(encode(metadata, 'base64'), E'\n', '')
FROM domainevententry
WHERE aggregateidentifier = :'batch'
ORDER BY sequencenumber;
SQL
)
echo "head ${head:-<none>}"
exit "$status"
