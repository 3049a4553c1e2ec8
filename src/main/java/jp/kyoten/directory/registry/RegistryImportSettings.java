package jp.kyoten.directory.registry;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory where uploaded registry files wait for their import (a volume every
 * app node shares, in a cluster)
 * @param batchSize registry lines applied per transaction
 * @param writers connections applying one file at once; PostgreSQL's index maintenance is
 * the import's cost, and each connection is one core's worth of it. Rows of one corporate
 * number always go to the same writer, in file order.
 * @param maxLineLength longest line a file may have (the registry's are under 2 KB)
 * @param maxUnpacked most a zip may unpack to (the national 全件 file unpacks to about 2
 * GB)
 * @param maxCompressionRatio most bytes a zip may unpack to per byte of it (the
 * registry's compress 5 to 8 times)
 * @param maxArchiveEntries most entries a zip may hold (the registry's hold the CSV and
 * perhaps a readme)
 * @param maxRejectionsKept rejected lines stored with their reason; the rest are only
 * counted. A file with more rejections than that and more rejected lines than good ones
 * is not registry data: its import fails.
 */
@ConfigurationProperties("kyoten.registry-import")
record RegistryImportSettings(@DefaultValue("data/imports") Path directory, @DefaultValue("5000") int batchSize,
		@DefaultValue("2") int writers, @DefaultValue("16KB") DataSize maxLineLength,
		@DefaultValue("8GB") DataSize maxUnpacked, @DefaultValue("100") int maxCompressionRatio,
		@DefaultValue("16") int maxArchiveEntries, @DefaultValue("1000") int maxRejectionsKept) {

	RegistryImportSettings {
		if (batchSize < 1 || writers < 1) {
			throw new IllegalArgumentException("kyoten.registry-import.batch-size and writers must be at least 1");
		}
		if (maxLineLength.toBytes() < 1024 || maxCompressionRatio < 2 || maxArchiveEntries < 1
				|| maxRejectionsKept < 1) {
			throw new IllegalArgumentException(
					"kyoten.registry-import limits are too small to import any registry file");
		}
	}

	RegistryFileReader.Limits limits() {
		return new RegistryFileReader.Limits(Math.toIntExact(maxLineLength.toBytes()), maxUnpacked.toBytes(),
				maxCompressionRatio, maxArchiveEntries);
	}

}
