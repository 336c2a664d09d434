package com.aftersales;

import com.aftersales.cluster.MigrateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AfterSalesApplication {

    public static void main(String[] args) {
        if (MigrateCommand.requested(args)) {
            System.exit(MigrateCommand.run(args));
        }
        SpringApplication.run(AfterSalesApplication.class, args);
    }
}
