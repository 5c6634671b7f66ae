package fr.raccrochage.core;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * H2's file encryption for the embedded default: with a key in {@code RACCROCHAGE_CLE_BASE}
 * ({@code raccrochage.base.cle}), the database files are AES-encrypted ({@code CIPHER=AES}; H2 then
 * takes "file key, space, user password" as the password). The key is never written anywhere by the
 * software. PostgreSQL (production) encrypts at the disk or with its own means: left alone.
 */
@Component
class EmbeddedDatabaseKey implements BeanPostProcessor {

    static final String CIPHER = ";CIPHER=AES";

    private final String key;

    EmbeddedDatabaseKey(@Value("${raccrochage.base.cle:}") String key) {
        this.key = key;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && !key.isBlank()) {
            String url = dataSource.getJdbcUrl();
            if (url != null && url.startsWith("jdbc:h2:file:") && !url.toUpperCase(java.util.Locale.ROOT).contains(";CIPHER=")) {
                dataSource.setJdbcUrl(url + CIPHER);
                String password = dataSource.getPassword();
                dataSource.setPassword(key + " " + (password == null ? "" : password));
            }
        }
        return bean;
    }

    static boolean hasSpace(String key) {
        return key.indexOf(' ') >= 0;
    }
}
