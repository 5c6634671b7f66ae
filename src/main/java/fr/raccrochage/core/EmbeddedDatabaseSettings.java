package fr.raccrochage.core;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 default's URL, finished before the pool opens:
 * <ul>
 * <li>an absolute data folder ({@code RACCROCHAGE_DONNEES=/srv/raccrochage/donnees}) after the
 * default's {@code ./} would put the database under the working directory, outside the owner-only
 * data folder: {@code .//srv/...} becomes {@code /srv/...};</li>
 * <li>with a key in {@code RACCROCHAGE_CLE_BASE} ({@code raccrochage.base.cle}), H2's file encryption:
 * {@code CIPHER=AES}, H2 then taking "file key, space, user password" as the password. The key is
 * never written anywhere by the software. PostgreSQL (production) is left alone: it is encrypted at
 * the disk or by the server.</li>
 * </ul>
 */
@Component
class EmbeddedDatabaseSettings implements BeanPostProcessor {

    static final String CIPHER = ";CIPHER=AES";
    private static final String H2_FILE = "jdbc:h2:file:";

    private final String key;

    EmbeddedDatabaseSettings(@Value("${raccrochage.base.cle:}") String key) {
        this.key = key;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith(H2_FILE)) {
            String url = absoluteFolder(dataSource.getJdbcUrl());
            // H2's own trace goes to the log (owner-only), never to a trace.db file of its own making.
            if (!url.toUpperCase(Locale.ROOT).contains(";TRACE_LEVEL_FILE=")) {
                url = url + ";TRACE_LEVEL_FILE=4";
            }
            if (!key.isBlank() && !url.toUpperCase(Locale.ROOT).contains(";CIPHER=")) {
                url = url + CIPHER;
                String password = dataSource.getPassword();
                dataSource.setPassword(key + " " + (password == null ? "" : password));
            }
            dataSource.setJdbcUrl(url);
        }
        return bean;
    }

    static String absoluteFolder(String url) {
        String path = url.substring(H2_FILE.length());
        return path.startsWith(".//") ? H2_FILE + path.substring(2) : url;
    }

    static boolean hasSpace(String key) {
        return key.indexOf(' ') >= 0;
    }
}
