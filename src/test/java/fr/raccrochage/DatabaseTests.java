package fr.raccrochage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The set-up shared by the tests that run the stages on a real database: a home folder for the
 * class (its data and output folders, where the H2 file database goes too), a folder for each
 * test's input files, and the {@link JdbcTemplate} to seed and read the tables.
 * <p>
 * The concrete class picks the database with a {@code @DynamicPropertySource} of its own
 * ({@link TestDatabase#registerH2} with {@link #home}, or {@link TestPostgres#register} with its
 * database's name): that method is part of Spring's context cache key, so every concrete class
 * keeps a context of its own, and no class is ever handed a context whose home JUnit already
 * deleted with the class that made it. The static {@link #home} is set anew for each class before
 * its context starts (test classes run one after the other).
 */
public abstract class DatabaseTests {

    @TempDir
    protected static Path home;

    @TempDir
    protected Path files;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestDatabase.registerFolders(registry, home);
    }
}
