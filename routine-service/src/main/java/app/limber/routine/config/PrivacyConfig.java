package app.limber.routine.config;

import app.limber.platform.privacy.MasterKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The master key comes from deployment configuration, as a file, like the token verification key. */
@ApplicationScoped
public class PrivacyConfig {

    @Produces
    @Singleton
    MasterKey masterKey(@ConfigProperty(name = "limber.privacy.master-key-location") String location) {
        return MasterKey.fromLocation(location);
    }
}
