package jp.kyoten.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the directory module.
 *
 * @param countCap a search counts its matches up to this number and then says 「1,000件以上」:
 * counting further costs a heap visit per match (bench/company-search/README.md)
 * @param orderedScanBudget how many companies, in kana order, a broad name search looks
 * at first before it falls back to collecting and sorting all its matches
 */
@Validated
@ConfigurationProperties("kyoten.directory")
public record DirectorySettings(@DefaultValue("1000") @Min(100) @Max(100_000) int countCap,
		@DefaultValue("5000") @Min(0) @Max(1_000_000) int orderedScanBudget) {
}
