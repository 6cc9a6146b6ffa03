package org.foodtrace.api.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.validation.Ids;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The regulator's check that a batch's recorded history, and its ancestors', is as it was written. */
@RestController
@Tag(name = "Verification", description = "Regulator only: recompute hash chains from the event store.")
public class VerificationController {

    private final ChainVerifier verifier;

    public VerificationController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/v1/batches/{batchId}/verification")
    @Operation(summary = "Verify a batch's history", description = "Recomputes the SHA-256 chain of every event of "
            + "the batch and of each ancestor from the event store and records the verdict, which the public trace "
            + "view then shows. Regulator only; an unknown batch is 404.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchVerification.class),
            examples = @ExampleObject("""
            {"batchId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "verified": false, "events": 3,
             "unhashedEvents": 0,
             "headHash": "5b0f3c1e8a7d6f4b2c9e0a1d3f5b7c9e1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d",
             "firstMismatch": {"sequenceNumber": 1, "eventType": "BatchSold", "at": "2026-11-23T02:00:00Z",
                               "expectedHash": "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d",
                               "storedHash": "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"},
             "parents": [{"batchId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7",
                          "linkedHash": "3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d",
                          "linkFound": true, "verified": true,
                          "headHash": "7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b",
                          "firstMismatch": null}],
             "checkedAt": "2026-11-23T09:00:00Z"}""")))
    public BatchVerification verify(@PathVariable String batchId) {
        String id = Ids.fromPath(batchId);
        return verifier.verify(id).orElseThrow(() -> ApiProblem.notFound("No batch with id " + batchId + "."));
    }
}
