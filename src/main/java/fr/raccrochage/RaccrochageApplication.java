package fr.raccrochage;

import fr.raccrochage.cli.CliLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RaccrochageApplication {

    public static void main(String[] args) {
        // H2's value cache hashes every string inserted: 10% of a bulk import, for no gain here.
        System.setProperty("h2.objectCache", System.getProperty("h2.objectCache", "false"));
        System.exit(CliLauncher.launch(args, RaccrochageApplication.class));
    }
}
