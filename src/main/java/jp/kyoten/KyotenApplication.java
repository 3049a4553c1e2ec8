package jp.kyoten;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Kyoten", sharedModules = "platform")
public class KyotenApplication {

	public static void main(String[] args) {
		SpringApplication.run(KyotenApplication.class, args);
	}

}
