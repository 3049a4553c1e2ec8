package jp.kyoten.directory.registry;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where uploaded registry files wait for their import (a volume every app node shares, in a
 * cluster)
 * @param batchSize registry lines applied per transaction
 */
@ConfigurationProperties("kyoten.registry-import")
record RegistryImportSettings(@DefaultValue("data/imports") Path directory, @DefaultValue("5000") int batchSize) {
}
