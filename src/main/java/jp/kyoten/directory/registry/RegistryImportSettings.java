package jp.kyoten.directory.registry;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where uploaded registry files wait for their import (a volume every app node shares, in a
 * cluster)
 * @param batchSize registry lines applied per transaction
 * @param writers connections applying one file at once; PostgreSQL's index maintenance is the import's cost, and
 * each connection is one core's worth of it. Rows of one corporate number always go to the same writer, in file
 * order.
 */
@ConfigurationProperties("kyoten.registry-import")
record RegistryImportSettings(@DefaultValue("data/imports") Path directory, @DefaultValue("5000") int batchSize,
		@DefaultValue("2") int writers) {

	RegistryImportSettings {
		if (batchSize < 1 || writers < 1) {
			throw new IllegalArgumentException("kyoten.registry-import.batch-size and writers must be at least 1");
		}
	}

}
