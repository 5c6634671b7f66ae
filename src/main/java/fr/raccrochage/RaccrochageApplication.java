package fr.raccrochage;

import fr.raccrochage.cli.CliLauncher;
import fr.raccrochage.portal.PortalLaunch;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RaccrochageApplication {

    public static void main(String[] args) {
        // H2's value cache hashes every string inserted: 10% of a bulk import, for no gain here.
        System.setProperty("h2.objectCache", System.getProperty("h2.objectCache", "false"));
        // Only `raccrochage portail` is a web application; every other command stays a plain CLI.
        PortalLaunch.prepare(args);
        System.exit(CliLauncher.launch(args, RaccrochageApplication.class));
    }
}
