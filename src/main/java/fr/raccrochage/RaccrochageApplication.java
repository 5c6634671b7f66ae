package fr.raccrochage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RaccrochageApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(RaccrochageApplication.class, args)));
    }
}
