package org.foodtrace.api.batch.imports;

import org.foodtrace.api.error.LargerBodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import upload's own body limit, {@code trace.imports.max-file-size}, instead of the API-wide 1 MiB. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean
    LargerBodyLimit importFileLimit(ImportProperties properties) {
        return new LargerBodyLimit("POST", BatchImportController.PATH, properties.maxFileSize());
    }
}
