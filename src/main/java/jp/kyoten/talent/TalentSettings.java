package jp.kyoten.talent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the talent module.
 *
 * @param countCap the talent search counts its matches up to this number and then says
 * 「1,000 件以上」: the exact count of a broad match (one common skill: ~9,000 of 100,000
 * profiles) was most of the search's time (bench/talent/README.md); the rows of a page
 * are the same either way
 */
@Validated
@ConfigurationProperties("kyoten.talent")
public record TalentSettings(@DefaultValue("1000") @Min(100) @Max(1_000_000) int countCap) {
}
