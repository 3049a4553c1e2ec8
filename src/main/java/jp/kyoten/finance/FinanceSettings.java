package jp.kyoten.finance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The finance module's settings ({@code kyoten.finance.*}): the largest evidence file (10
 * MB by default; a scanned receipt is well under) and how many years the books are kept
 * after the fiscal year following the contract's (seed 000 §5(3): 5 years).
 */
@Validated
@ConfigurationProperties("kyoten.finance")
record FinanceSettings(@DefaultValue("10485760") @Min(1024) @Max(104857600) int maxEvidenceBytes,
		@DefaultValue("5") @Min(5) @Max(30) int retentionYears) {
}
