package com.claimboard.shared.search;

import com.claimboard.shared.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The search index as a whole: how many documents each kind of entity has in it, and a rebuild from the database
 * (the truth) for an admin, after a restore or when results look wrong; {@code java -jar claimboard.jar reindex}
 * does the same from the command line. Searches go on meanwhile, on what the index held.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagers;

    SearchIndex(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    /** What a rebuild did: documents per kind of entity, and how long it took. */
    public record Rebuilt(Map<String, Long> documents, Duration took) {}

    /** Documents in the index per kind of entity (its JPA name). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Map<String, Long> counts() {
        return countAll();
    }

    /** Drops every document and indexes the database again; returns when done. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Rebuilt rebuild() throws InterruptedException {
        return rebuildAll();
    }

    /** The rebuild itself, for the admin's button and for the command line (which runs with no one signed in). */
    Rebuilt rebuildAll() throws InterruptedException {
        long start = System.nanoTime();
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            Search.session(entityManager).massIndexer().threadsToLoadObjects(2).startAndWait();
        } finally {
            entityManager.close();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Long> documents = countAll();
        log.info("Search index rebuilt in {} ms: {}", took.toMillis(), documents);
        return new Rebuilt(documents, took);
    }

    private Map<String, Long> countAll() {
        Map<String, Long> counts = new LinkedHashMap<>();
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            for (SearchIndexedEntity<?> entity : Search.mapping(entityManagers).allIndexedEntities()) {
                counts.put(
                        entity.jpaName(),
                        Search.session(entityManager)
                                .search(entity.javaClass())
                                .where(f -> f.matchAll())
                                .fetchTotalHitCount());
            }
        } finally {
            entityManager.close();
        }
        return counts;
    }
}
