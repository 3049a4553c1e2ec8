package jp.kyoten.moving;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where uploaded spreadsheets wait for their import and undo (a volume
 * every app node shares, in a cluster)
 */
@ConfigurationProperties("kyoten.moving-in")
record MovingInSettings(@DefaultValue("data/moving-in") Path directory) {
}
